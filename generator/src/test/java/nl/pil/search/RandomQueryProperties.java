package nl.pil.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import nl.pil.ContentFixture;
import nl.pil.publish.Publisher;

/** Whatever a patient (or an attacker) types, the searcher answers, and snippets carry no markup but {@code <mark>}. */
class RandomQueryProperties {
    private static final Pattern TAG = Pattern.compile("<(?!/?mark>)");
    static Path dir;
    static LeafletSearcher searcher;

    @BeforeContainer
    static void build() throws IOException {
        dir = Files.createTempDirectory("pil-query");
        ContentFixture f = new ContentFixture(dir)
                .leaflet("liver", "condition", "Levermetastasen <b>", "", "Kanker & <i>cellen</i> in de lever, \"quotes\" en 'apostrof'.\n")
                .leaflet("ct", "exam", "CT-scan", "", "Een scan met röntgenstraling.\n");
        f.build();
        searcher = LeafletSearcher.open(f.output());
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        searcher.close();
        Publisher.deleteTree(dir);
    }

    @Property(tries = 200)
    void anyQueryIsAnsweredSafely(@ForAll("queries") String query) throws IOException {
        SearchResponse r = searcher.search(new SearchRequest(query, "nl", null, null, 10));
        assertTrue(r.total() >= 0);
        for (SearchResponse.Hit hit : r.results()) {
            assertTrue(!TAG.matcher(hit.snippet()).find(), hit.snippet());
        }
        searcher.suggest(query, "nl", 5);
    }

    @Provide
    Arbitrary<String> queries() {
        Arbitrary<String> words = Arbitraries.of("lever", "kanker", "cellen", "scan", "röntgen", "<", ">", "&", "\"", "(", ")", "*", "?",
                "~", "^", "\\", ":", "AND", "OR", "NOT", "-", "+", "/", "[", "]", "{", "}", "mark", "<mark>", "</mark>", "%", "'");
        return Arbitraries.oneOf(
                words.list().ofMaxSize(20).map(l -> String.join(" ", l)),
                words.list().ofMaxSize(20).map(l -> String.join("", l)),
                Arbitraries.strings().all().ofMaxLength(300));
    }
}
