package nl.pil.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import nl.pil.ContentFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choosing outputs by name: {@code html} (with the sitemap), {@code index}, {@code pdf}. */
class OutputFormatsTest {
    @TempDir
    Path dir;

    ContentFixture f;

    @BeforeEach
    void content() {
        f = new ContentFixture(dir)
                .leaflet("ct", "exam", "CT-scan", "", "## Voorbereiding\n\nNiet eten.\n")
                .translation("ct", "en", "CT scan", "", "## Preparation\n\nDo not eat.\n");
    }

    private Compiler compiler(Set<String> formats) {
        return new Compiler(f.options().withFormats(formats));
    }

    @Test
    void everyFormatByDefault() {
        assertEquals(
                BuildOptions.FORMATS,
                new BuildOptions(f.root(), java.util.List.of(), f.output(), ContentFixture.TODAY).formats());
        assertTrue(compiler(BuildOptions.FORMATS).formats().containsAll(Set.of("html", "index")));
    }

    @Test
    void htmlOnlyWritesPagesAndSitemapButNoIndex() throws Exception {
        assertTrue(compiler(Set.of("html")).build().published());
        assertTrue(Files.isRegularFile(f.output().resolve("nl/ct/index.html")));
        assertTrue(Files.isRegularFile(f.output().resolve("sitemap.xml")));
        assertFalse(Files.exists(f.output().resolve("_search/meta.json")), "no search index");
        assertFalse(Files.exists(f.output().resolve("_search/nl")), "no search index");
        // the search page's service shows its texts also without an index
        assertTrue(
                Files.isRegularFile(f.output().resolve("_search/texts-nl.properties")), "search texts with the pages");
        assertTrue(
                Files.isRegularFile(f.output().resolve("_search/texts-en.properties")), "search texts with the pages");
    }

    @Test
    void indexOnlyWritesNoPages() throws Exception {
        assertTrue(compiler(Set.of("index")).build().published());
        assertTrue(Files.isRegularFile(f.output().resolve("_search/meta.json")));
        assertTrue(Files.isDirectory(f.output().resolve("_search/nl")));
        assertFalse(Files.exists(f.output().resolve("nl/ct/index.html")));
        assertFalse(Files.exists(f.output().resolve("sitemap.xml")));
        assertFalse(
                Files.exists(f.output().resolve("_search/texts-nl.properties")),
                "search texts go with the pages, as before");
    }

    @Test
    void formatsTheCompilerHasNoOutputForAreLeftOutOfItsFormats() {
        Compiler compiler = compiler(Set.of("html", "pdf"));
        assertTrue(compiler.formats().contains("html"));
        assertFalse(compiler.formats().contains("index"));
    }

    @Test
    void unknownOrNoFormatsAreRejected() {
        var unknown =
                assertThrows(IllegalArgumentException.class, () -> f.options().withFormats(Set.of("html", "epub")));
        assertEquals("unknown output format 'epub'; choose from [html, index, pdf]", unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> f.options().withFormats(Set.of()));
    }
}
