package nl.pil.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.pil.ContentFixture;
import nl.pil.compile.BuildResult;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysis chains and the searcher on a small fixture site. */
class SearchBehaviourTest {
    @TempDir
    static Path dir;

    static ContentFixture f;
    static LeafletSearcher searcher;

    @BeforeAll
    static void build() throws IOException {
        f = new ContentFixture(dir)
                .leaflet(
                        "liver",
                        "condition",
                        "Levermetastasen",
                        "keywords: [uitzaaiing]",
                        "## Wat zijn het?\n\nKankercellen in de lever.\n")
                .translation("liver", "en", "Liver metastases", "", "Cancer cells in the liver.\n")
                .leaflet(
                        "ct",
                        "exam",
                        "CT-scan",
                        "prepare-days: 1\nkeywords: [röntgen]",
                        "Een scan met röntgenstraling. Kom vóór 8 uur.\n")
                .leaflet(
                        "radio",
                        "treatment",
                        "Radiotherapie",
                        "",
                        "Behandeling met straling voor metastasen in de lever.\n")
                .write("_search/synonyms-nl.txt", "bestraling, radiotherapie\n")
                .write(
                        "ct/nl.md",
                        "---\ntype: exam\ntitle: CT-scan\nsummary: Over de CT-scan.\ncode: RAD-012\ndepartment: surgery\n"
                                + "reviewed: 2026-01-10\nreview-due: 2027-01-10\nauthors: [x]\nkeywords: [röntgen]\nprepare-days: 1\n---\n"
                                + "Een scan met röntgenstraling. Kom vóór 8 uur.\n");
        BuildResult result = f.build();
        assertTrue(result.published(), result.diagnostics()::toString);
        searcher = LeafletSearcher.open(f.output());
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    static List<String> ids(String query, String lang) throws IOException {
        return searcher.search(SearchRequest.of(query, lang), ContentFixture.UNHURRIED).results().stream()
                .map(SearchResponse.Hit::id)
                .toList();
    }

    static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("body", new StringReader(text))) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(t.toString());
            }
            ts.end();
        }
        return terms;
    }

    @Test
    void dutchFoldsDiacriticsStemsAndSplitsCompounds() throws IOException {
        var dict = SearchAnalyzers.compoundParts(List.of("lever", "metastasen"));
        Analyzer nl = SearchAnalyzers.text("nl", dict);
        assertEquals(terms(nl, "voor"), terms(nl, "vóór"));
        assertEquals(terms(nl, "uitzaaiing"), terms(nl, "uitzaaiingen"));
        List<String> compound = terms(nl, "levermetastasen");
        assertTrue(compound.containsAll(terms(nl, "lever metastasen")), compound::toString);
    }

    @Test
    void otherLanguagesHaveTheirChains() throws IOException {
        assertEquals(terms(SearchAnalyzers.text("en", null), "scan"), terms(SearchAnalyzers.text("en", null), "scans"));
        Analyzer ar = SearchAnalyzers.text("ar", null);
        assertEquals(terms(ar, "الكبد"), terms(ar, "كبد"), "Arabic stemmer drops the article");
        assertEquals(List.of("strasse"), terms(SearchAnalyzers.text("de", null), "Straße"));
        assertEquals(List.of("strasse"), terms(SearchAnalyzers.text("de", null), "STRASSE"));
        assertEquals(
                List.of("cafe"),
                terms(SearchAnalyzers.text("fr", null), "Café"),
                "ICU folding for languages without a chain");
    }

    @Test
    void warmingUpRunsSearchesInEveryLanguageAndChangesNoAnswer() throws IOException {
        List<String> before = ids("metastasen in de lever", "nl");
        assertEquals(3 * searcher.languages().size(), searcher.warmUp(), "a title, a typo and a question per language");
        assertEquals(before, ids("metastasen in de lever", "nl"));
    }

    @Test
    void compoundsFindTheirPartsBothWays() throws IOException {
        assertEquals("liver", ids("metastasen in de lever", "nl").getFirst());
        assertEquals("liver", ids("levermetastasen", "nl").getFirst());
    }

    @Test
    void synonymsDiacriticsTyposAndCodes() throws IOException {
        assertEquals("radio", ids("bestraling", "nl").getFirst(), "synonym from content/_search");
        assertEquals("ct", ids("rontgen", "nl").getFirst(), "diacritics folded");
        assertEquals("liver", ids("uitzaaing", "nl").getFirst(), "typo");
        assertEquals(List.of("ct"), ids("rad 012", "nl").subList(0, 1));
        assertEquals("ct", ids("RAD-012", "nl").getFirst());
    }

    @Test
    void aTypoLandsOnTheSectionTheWordItselfDoes() throws IOException {
        // the typo's look-alike is the title's word, and the typo as typed is in no section: the section is chosen by
        // the words the sections have, as for the word spelt right
        ContentFixture thyroid = new ContentFixture(dir.resolve("typo"))
                .leaflet(
                        "thyroid",
                        "condition",
                        "Schildklier",
                        "",
                        "## Behandeling\n\nMedicijnen helpen vaak.\n\n## Oorzaken\n\nDe schildklier werkt te snel.\n");
        assertTrue(thyroid.build().published());
        try (LeafletSearcher typos = LeafletSearcher.open(thyroid.output())) {
            SearchResponse.Hit right = typos.search(SearchRequest.of("schildklier", "nl"), ContentFixture.UNHURRIED)
                    .results()
                    .getFirst();
            SearchResponse.Hit typo = typos.search(SearchRequest.of("schildkleir", "nl"), ContentFixture.UNHURRIED)
                    .results()
                    .getFirst();
            assertEquals("oorzaken", right.section().anchor());
            assertEquals(right.section(), typo.section());
            assertEquals("De <mark>schildklier</mark> werkt te snel.", typo.snippet());
        }
    }

    @Test
    void resultsCarryHighlightedEscapedSnippetsAndFacets() throws IOException {
        SearchResponse r =
                searcher.search(new SearchRequest("straling", "nl", null, null, 10), ContentFixture.UNHURRIED);
        SearchResponse.Hit ct = r.results().stream()
                .filter(h -> h.id().equals("ct"))
                .findFirst()
                .orElseThrow();
        assertTrue(ct.snippet().contains("<mark>"), ct.snippet());
        assertEquals("/nl/ct/", ct.url());
        assertEquals(
                r.total(),
                r.facets().get("type").values().stream()
                        .mapToInt(Integer::intValue)
                        .sum());
        SearchResponse exams =
                searcher.search(new SearchRequest("straling", "nl", "exam", null, 10), ContentFixture.UNHURRIED);
        assertEquals(
                List.of("ct"),
                exams.results().stream().map(SearchResponse.Hit::id).toList());
        SearchResponse surgery =
                searcher.search(new SearchRequest("straling", "nl", null, "surgery", 10), ContentFixture.UNHURRIED);
        assertEquals(
                List.of("ct"),
                surgery.results().stream().map(SearchResponse.Hit::id).toList());
    }

    @Test
    void untranslatedLeafletsComeAfterInTheSourceLanguage() throws IOException {
        SearchResponse r = searcher.search(SearchRequest.of("liver", "en"), ContentFixture.UNHURRIED);
        assertEquals("liver", r.results().getFirst().id());
        assertFalse(r.results().getFirst().fallback());
        SearchResponse ct = searcher.search(SearchRequest.of("ct scan", "en"), ContentFixture.UNHURRIED);
        SearchResponse.Hit hit = ct.results().stream()
                .filter(h -> h.id().equals("ct"))
                .findFirst()
                .orElseThrow();
        assertTrue(hit.fallback());
        assertEquals("nl", hit.lang());
        assertEquals("/nl/ct/", hit.url());
    }

    @Test
    void misspellingGetsASuggestion() throws IOException {
        SearchResponse r = searcher.search(SearchRequest.of("kankercelen", "nl"), ContentFixture.UNHURRIED);
        assertEquals("kankercellen", r.suggestion());
        assertNull(searcher.search(SearchRequest.of("lever", "nl"), ContentFixture.UNHURRIED)
                .suggestion());
        // remembered per word: the same typo again, alone or with another word, gets the same correction; a word with
        // no correction stays without one the second time too
        assertEquals(
                "kankercellen",
                searcher.search(SearchRequest.of("kankercelen", "nl"), ContentFixture.UNHURRIED)
                        .suggestion());
        assertEquals(
                "lever kankercellen",
                searcher.search(SearchRequest.of("lever kankercelen", "nl"), ContentFixture.UNHURRIED)
                        .suggestion());
        for (int i = 0; i < 2; i++) {
            assertNull(searcher.search(SearchRequest.of("qqqqzzzz", "nl"), ContentFixture.UNHURRIED)
                    .suggestion());
        }
    }

    @Test
    void completionOfTitles() throws IOException {
        assertEquals(
                List.of("liver"),
                searcher.suggest("leverm", "nl", 5).stream()
                        .map(SearchResponse.Hit::id)
                        .toList());
        assertEquals(
                List.of("ct"),
                searcher.suggest("ct-s", "nl", 5).stream()
                        .map(SearchResponse.Hit::id)
                        .toList());
        assertTrue(searcher.suggest("", "nl", 5).isEmpty());
    }

    @Test
    void hostileQueriesAreHarmless() throws IOException {
        for (String q : new String[] {
            "\"((",
            "*",
            "~",
            "?",
            "\\",
            "AND OR NOT",
            "title:x",
            "a".repeat(100_000),
            "\u0000\uffff",
            "<script>alert(1)</script>",
            "lever ".repeat(500)
        }) {
            SearchResponse r = searcher.search(SearchRequest.of(q, "nl"), ContentFixture.UNHURRIED);
            assertTrue(r.query().length() <= SearchRequest.MAX_QUERY_CHARS);
            for (SearchResponse.Hit h : r.results()) {
                assertFalse(h.snippet().contains("<script"), h.snippet());
            }
        }
        assertThrows(
                IllegalArgumentException.class,
                () -> searcher.search(SearchRequest.of("x", "xx"), ContentFixture.UNHURRIED));
        assertEquals(Set.of("nl", "en"), searcher.languages());
    }

    @Test
    void indexIsMissingGivesAClearError() {
        IOException e = assertThrows(IOException.class, () -> LeafletSearcher.open(dir.resolve("nowhere")));
        assertTrue(e.getMessage().contains("meta.json") || e.getMessage().contains("no search index"), e::getMessage);
    }

    @Test
    void badSynonymRuleIsADiagnosticAndKeepsThePreviousSite() throws IOException {
        Path other = Files.createTempDirectory(dir, "bad");
        ContentFixture bad = new ContentFixture(other)
                .leaflet("a", "exam", "A", "", "x\n")
                .write("_search/synonyms-nl.txt", "ok, goed\na => b => c\n");
        BuildResult result = bad.build();
        assertFalse(result.published());
        assertTrue(
                bad.headlines(result).stream()
                        .anyMatch(h -> h.startsWith("_search/synonyms-nl.txt:2:1: error: invalid synonym rule")),
                bad.headlines(result)::toString);
    }
}
