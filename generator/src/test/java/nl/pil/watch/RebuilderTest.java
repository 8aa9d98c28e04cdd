package nl.pil.watch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** What a build writes is no change to rebuild for, wherever the output folder is. */
class RebuilderTest {
    @Test
    void theOutputFolderAndItsStagingAndReplacedCopiesAreTheBuildsOwn() {
        Path content = Path.of("/work/hospital/content").toAbsolutePath();
        Predicate<Path> builtBy = Rebuilder.builtBy(content.resolve("site"));
        assertTrue(builtBy.test(content.resolve("site")));
        assertTrue(builtBy.test(content.resolve("site/nl/ct-scan/index.html")));
        assertTrue(builtBy.test(content.resolve(".site.new-1a2b")));
        assertTrue(builtBy.test(content.resolve(".site.spare-3c4d")));
        assertFalse(builtBy.test(content.resolve("ct-scan/nl.md")), "a leaflet is content");
        assertFalse(builtBy.test(content.resolve("site-plan/nl.md")), "nor is a leaflet whose name begins the same");
        assertFalse(builtBy.test(content.resolve("ct-scan/.site.new-1")), "a staging name elsewhere is not ours");
    }
}
