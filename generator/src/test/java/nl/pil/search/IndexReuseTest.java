package nl.pil.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import nl.pil.ContentFixture;
import nl.pil.link.LinkedSite;
import nl.pil.link.Linker;
import nl.pil.load.ContentLoader;
import nl.pil.model.Diagnostics;
import nl.pil.publish.Publisher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A language's index is only rebuilt when something indexed in that language changed. */
class IndexReuseTest {
    @TempDir
    Path dir;

    private Set<String> rebuildAndReport(ContentFixture f) throws IOException {
        Diagnostics d = new Diagnostics();
        LinkedSite site = new Linker(ContentFixture.TODAY).link(new ContentLoader(f.root()).load(d).orElseThrow(), d);
        SearchIndexOutput output = new SearchIndexOutput(f.output());
        new Publisher().publish(f.output(), folder -> output.render(site, folder, d));
        return output.reusedLanguages();
    }

    @Test
    void onlyChangedLanguagesAreIndexedAgain() throws IOException {
        ContentFixture f = new ContentFixture(dir)
                .leaflet("ct", "exam", "CT-scan", "", "Niet eten.\n")
                .translation("ct", "en", "CT scan", "", "Do not eat.\n");
        assertEquals(Set.of(), rebuildAndReport(f), "first build: nothing to reuse");
        assertEquals(Set.of("nl", "en"), rebuildAndReport(f), "nothing changed");
        f.translation("ct", "en", "CT scan", "", "Do not eat or drink.\n");
        assertEquals(Set.of("nl"), rebuildAndReport(f), "only English changed");
        f.write("_search/synonyms-nl.txt", "eten, voeding\n");
        assertEquals(Set.of("en"), rebuildAndReport(f), "Dutch synonyms changed");
        try (LeafletSearcher s = LeafletSearcher.open(f.output())) {
            assertEquals("ct", s.search(SearchRequest.of("drink", "en")).results().getFirst().id());
            assertEquals("ct", s.search(SearchRequest.of("voeding", "nl")).results().getFirst().id());
        }
    }
}
