package nl.pil.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import nl.pil.ContentFixture;
import nl.pil.compile.BuildResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cost bounds of one search: few typo-tolerant words, a time budget, a partial answer rather than an error. */
class SearchBudgetTest {
    @TempDir
    static Path dir;

    static LeafletSearcher searcher;

    @BeforeAll
    static void build() throws IOException {
        ContentFixture f = new ContentFixture(dir)
                .leaflet(
                        "liver",
                        "condition",
                        "Levermetastasen",
                        "keywords: [uitzaaiing]",
                        "Kankercellen in de lever.\n")
                .translation("liver", "en", "Liver metastases", "", "Cancer cells in the liver.\n")
                .leaflet(
                        "radio",
                        "treatment",
                        "Radiotherapie",
                        "",
                        "Behandeling met straling voor metastasen in de lever.\n");
        BuildResult result = f.build();
        assertTrue(result.published(), result.diagnostics()::toString);
        searcher = LeafletSearcher.open(f.output());
        // the first searches of a JVM load classes and compile: they could spend the budget by themselves
        for (int i = 0; i < 3; i++) {
            searcher.search(SearchRequest.of("levermetastasn radioterapie", "nl"), Duration.ofSeconds(30));
        }
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    static String unknownWords(Random random, int words, int letters) {
        StringBuilder q = new StringBuilder();
        for (int w = 0; w < words; w++) {
            for (int i = 0; i < letters; i++) {
                q.append((char) ('a' + random.nextInt(26)));
            }
            q.append(' ');
        }
        return q.toString();
    }

    @Test
    void twelveUnknownLongWordsCostFewTypoLookupsAndAnswerWithoutError() throws IOException {
        Random random = new Random(12);
        long fastest = Long.MAX_VALUE;
        for (int round = 0; round < 6; round++) {
            String q = unknownWords(random, 12, 15);
            long start = System.nanoTime();
            SearchResponse response = searcher.search(SearchRequest.of(q, "nl"));
            fastest = Math.min(fastest, System.nanoTime() - start);
            assertEquals(0, response.total());
            assertTrue(
                    response.partial(),
                    "words past the first " + LeafletSearcher.MAX_TOLERANT_WORDS + " get no typo tolerance");
        }
        // without the bound every word builds its own Levenshtein automata, per field and again for the spelling
        // suggestion: about 0.4 s a query; bounded it is well under 0.1 s on an idle machine
        assertTrue(fastest < Duration.ofMillis(250).toNanos(), "fastest of 6: " + fastest / 1_000_000 + " ms");
    }

    @Test
    void aSpentBudgetGivesAPartialAnswerNotAnError() throws IOException {
        SearchRequest request = SearchRequest.of("levermetastasen lever", "nl");
        SearchResponse full = searcher.search(request);
        assertFalse(full.partial());
        assertEquals("liver", full.results().getFirst().id());
        assertTrue(
                full.results().getFirst().snippet().contains("<mark>"),
                full.results().getFirst().snippet());

        SearchResponse spent = searcher.search(request, Duration.ZERO);
        assertTrue(spent.partial());
        assertEquals(null, spent.suggestion());
        for (SearchResponse.Hit hit : spent.results()) {
            assertFalse(hit.snippet().contains("<mark>"), "no time for snippets: the summary stands in");
        }
    }

    @Test
    void aTypoInAFewWordsIsStillTolerated() throws IOException {
        SearchResponse response = searcher.search(SearchRequest.of("levermetastasn radioterapie", "nl"));
        assertFalse(response.partial());
        assertEquals(2, response.results().size(), response.results()::toString);
    }
}
