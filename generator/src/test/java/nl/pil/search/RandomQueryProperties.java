package nl.pil.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import nl.pil.ContentFixture;
import nl.pil.publish.Publisher;

/**
 * Whatever a patient (or an attacker) types, the searcher answers with leaflets that exist, in score order, counted
 * right, and snippets carry no markup but {@code <mark>}.
 */
class RandomQueryProperties {
    private static final Pattern TAG = Pattern.compile("<(?!/?mark>)");
    /** An ampersand that does not start an entity: text that was not escaped. */
    private static final Pattern BARE_AMPERSAND = Pattern.compile("&(?!(?:[a-zA-Z]+|#[0-9]+|#x[0-9a-fA-F]+);)");

    private static final Pattern MARK = Pattern.compile("</?mark>");
    private static final int LIMIT = 10;
    private static final int SUGGEST_LIMIT = 5;
    /** The leaflets of the fixture, id to title: the only answers there can be. */
    private static final Map<String, String> TITLES = Map.of("liver", "Levermetastasen <b>", "ct", "CT-scan");

    static Path dir;
    static LeafletSearcher searcher;

    @BeforeContainer
    static void build() throws IOException {
        dir = Files.createTempDirectory("pil-query");
        ContentFixture f = new ContentFixture(dir)
                .leaflet(
                        "liver",
                        "condition",
                        TITLES.get("liver"),
                        "",
                        "Kanker & <i>cellen</i> in de lever, \"quotes\" en 'apostrof'.\n")
                .leaflet("ct", "exam", TITLES.get("ct"), "", "Een scan met röntgenstraling.\n");
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
        SearchResponse r = searcher.search(new SearchRequest(query, "nl", null, null, LIMIT), ContentFixture.UNHURRIED);
        List<SearchResponse.Hit> hits = r.results();
        assertTrue(r.total() <= TITLES.size(), () -> "more matches than leaflets: " + r);
        assertTrue(hits.size() <= LIMIT, () -> "more results than the limit: " + r);
        if (!r.partial()) {
            // Dutch is the source language: every match is listed, and nothing else (no fallback)
            assertEquals(Math.min(r.total(), LIMIT), hits.size(), () -> "total and results disagree: " + r);
        }
        Set<String> ids = new HashSet<>();
        float previous = Float.POSITIVE_INFINITY;
        for (SearchResponse.Hit hit : hits) {
            assertTrue(TITLES.containsKey(hit.id()), () -> "no such leaflet: " + hit);
            assertTrue(ids.add(hit.id()), () -> "listed twice: " + hit.id() + " in " + r);
            assertEquals(TITLES.get(hit.id()), hit.title(), hit::toString);
            assertEquals("nl", hit.lang());
            assertFalse(hit.fallback(), hit::toString);
            assertTrue(hit.url().endsWith("/nl/" + hit.id() + "/"), hit::toString);
            assertTrue(hit.score() <= previous, () -> "not sorted by score: " + hits);
            previous = hit.score();
            String snippet = hit.snippet();
            assertFalse(TAG.matcher(snippet).find(), snippet);
            assertMarksBalanced(snippet);
            String text = MARK.matcher(snippet).replaceAll("");
            assertFalse(text.contains(">"), () -> "unescaped '>' in " + snippet);
            assertFalse(BARE_AMPERSAND.matcher(text).find(), () -> "unescaped '&' in " + snippet);
        }
        List<SearchResponse.Hit> suggestions = searcher.suggest(query, "nl", SUGGEST_LIMIT);
        assertTrue(suggestions.size() <= Math.min(SUGGEST_LIMIT, TITLES.size()), suggestions::toString);
        Set<String> suggested = new HashSet<>();
        for (SearchResponse.Hit s : suggestions) {
            assertEquals(TITLES.get(s.id()), s.title(), () -> "only real titles are suggested: " + s);
            assertTrue(suggested.add(s.id()), suggestions::toString);
        }
    }

    /** The checks above see real hits too, not only empty answers: a plain query finds its leaflet. */
    @Example
    void aPlainQueryFindsItsLeaflet() throws IOException {
        anyQueryIsAnsweredSafely("lever & <i>");
        SearchResponse r =
                searcher.search(new SearchRequest("lever", "nl", null, null, LIMIT), ContentFixture.UNHURRIED);
        assertEquals(
                List.of("liver"),
                r.results().stream().map(SearchResponse.Hit::id).toList(),
                r::toString);
        assertTrue(r.results().getFirst().snippet().contains("<mark>"), r::toString);
        assertEquals(
                List.of("liver"),
                searcher.suggest("lever", "nl", SUGGEST_LIMIT).stream()
                        .map(SearchResponse.Hit::id)
                        .toList());
    }

    /** {@code <mark>} and {@code </mark>} alternate, starting with an opening one and ending closed. */
    private static void assertMarksBalanced(String snippet) {
        Matcher m = MARK.matcher(snippet);
        boolean open = false;
        while (m.find()) {
            boolean opening = m.group().equals("<mark>");
            assertEquals(!open, opening, () -> "marks not balanced: " + snippet);
            open = opening;
        }
        assertFalse(open, () -> "a mark left open: " + snippet);
    }

    @Provide
    Arbitrary<String> queries() {
        Arbitrary<String> words = Arbitraries.of(
                "lever", "kanker", "cellen", "scan", "röntgen", "<", ">", "&", "\"", "(", ")", "*", "?", "~", "^", "\\",
                ":", "AND", "OR", "NOT", "-", "+", "/", "[", "]", "{", "}", "mark", "<mark>", "</mark>", "%", "'");
        return Arbitraries.oneOf(
                words.list().ofMaxSize(20).map(l -> String.join(" ", l)),
                words.list().ofMaxSize(20).map(l -> String.join("", l)),
                Arbitraries.strings().all().ofMaxLength(300));
    }
}
