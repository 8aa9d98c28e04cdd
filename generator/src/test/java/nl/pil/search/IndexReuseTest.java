package nl.pil.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import nl.pil.ContentFixture;
import nl.pil.link.Linker;
import nl.pil.link.Site;
import nl.pil.load.ContentLoader;
import nl.pil.model.Diagnostics;
import nl.pil.publish.Publisher;
import nl.pil.render.RenderContext;
import nl.pil.render.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A language's index is only rebuilt when something indexed in that language changed. */
class IndexReuseTest {
    @TempDir
    Path dir;

    private Set<String> rebuildAndReport(ContentFixture f) throws IOException {
        return rebuild(f).reusedLanguages();
    }

    private SearchIndexOutput rebuild(ContentFixture f) throws IOException {
        return rebuild(f, f.output(), f.output());
    }

    private static SearchIndexOutput rebuild(ContentFixture f, Path previous, Path out) throws IOException {
        Diagnostics d = new Diagnostics();
        Site site = new Linker(ContentFixture.TODAY)
                .link(new ContentLoader(f.root()).load(d).orElseThrow(), d);
        SearchIndexOutput output = new SearchIndexOutput(true, false);
        RenderContext context = RenderContext.of(site, new Theme(List.of()), previous, Set.of("index"), d);
        new Publisher().publish(out, folder -> output.render(context, folder, d));
        return output;
    }

    @Test
    void changedLeafletsAreReindexedOneByOneWhenTheDictionaryStaysTheSame() throws IOException {
        ContentFixture f = new ContentFixture(dir)
                .leaflet("ct", "exam", "CT-scan", "", "Niet eten voor het onderzoek. Drink water. Over de echo.\n")
                .leaflet("mri", "exam", "MRI-scan", "", "Een sterke magneet maakt beelden van het onderzoek.\n")
                .leaflet("echo", "exam", "Echo", "", "Geluidsgolven maken beelden. Niet eten.\n")
                .translation("ct", "en", "CT scan", "", "Do not eat.\n");
        SearchIndexOutput first = rebuild(f);
        assertEquals(Set.of(), first.updatedLanguages(), "first build: nothing to update");
        assertEquals(java.util.Map.of("nl", 3), first.tokenisedLeaflets(), "first build: every Dutch leaflet");
        assertEquals(java.util.Map.of("nl", 3, "en", 1), first.plainTextLeaflets());

        // the same words in another order: Dutch documents are updated, English taken over whole
        f.leaflet("mri", "exam", "MRI-scan", "", "Beelden van het onderzoek maakt een sterke magneet.\n");
        SearchIndexOutput second = rebuild(f);
        assertEquals(Set.of("nl"), second.updatedLanguages());
        assertEquals(Set.of("en"), second.reusedLanguages());
        assertSameRanking(f);

        // a new word in the compound dictionary: the MRI leaflet, and the leaflets with a long word that contains it;
        // the dictionary comes from the previous index and the one changed leaflet, tokenised alone
        f.leaflet("mri", "exam", "MRI-scan", "", "Een sterke magneet. Neem uw verwijsbrief mee.\n");
        SearchIndexOutput third = rebuild(f);
        assertEquals(Set.of("nl"), third.updatedLanguages());
        assertEquals(java.util.Map.of("nl", 1), third.tokenisedLeaflets());
        // and only that leaflet's body is made plain text: the others' fingerprints come from the previous manifest
        assertEquals(java.util.Map.of("nl", 1, "en", 0), third.plainTextLeaflets());
        assertSameRanking(f);

        // a leaflet removed whose words all occur elsewhere: its document leaves the index
        f.leaflet("echo", "exam", "Echo", "", "Niet eten. Drink water.\n");
        rebuild(f);
        dir.resolve("content/echo/nl.md").toFile().delete();
        dir.resolve("content/echo").toFile().delete();
        assertEquals(Set.of("nl"), rebuild(f).updatedLanguages());
        try (LeafletSearcher s = LeafletSearcher.open(f.output())) {
            assertEquals(
                    java.util.List.of("ct"),
                    s.search(SearchRequest.of("echo", "nl"), ContentFixture.UNHURRIED).results().stream()
                            .map(SearchResponse.Hit::id)
                            .toList());
        }
        assertSameRanking(f);
    }

    @Test
    void aNewWordSplitsTheCompoundsOfOtherLeafletsThatContainIt() throws IOException {
        ContentFixture f = new ContentFixture(dir)
                .leaflet(
                        "liver",
                        "condition",
                        "Levermetastasen",
                        "",
                        "Uitzaaiingen in de lever. Een leverbiopsie kan nodig zijn.\n")
                .leaflet("ct", "exam", "CT-scan", "", "Niet eten voor het onderzoek.\n");
        rebuild(f);
        try (LeafletSearcher s = LeafletSearcher.open(f.output())) {
            assertTrue(
                    s.search(SearchRequest.of("biopsie", "nl"), ContentFixture.UNHURRIED)
                            .results()
                            .isEmpty(),
                    "'biopsie' is no word of the content yet");
        }
        // the CT leaflet now says "biopsie": the liver leaflet's "leverbiopsie" splits into lever + biopsie
        f.leaflet("ct", "exam", "CT-scan", "", "Niet eten voor het onderzoek of een biopsie.\n");
        assertEquals(Set.of("nl"), rebuild(f).updatedLanguages(), "updated, not indexed afresh");
        try (LeafletSearcher s = LeafletSearcher.open(f.output())) {
            assertEquals(
                    Set.of("liver", "ct"),
                    s.search(SearchRequest.of("biopsie", "nl"), ContentFixture.UNHURRIED).results().stream()
                            .map(SearchResponse.Hit::id)
                            .collect(java.util.stream.Collectors.toSet()));
        }
        assertSameRanking(f, "biopsie", "lever", "leverbiopsie", "onderzoek");

        // and back: without "biopsie" elsewhere the liver leaflet is no longer found by it... but through fuzzy
        // matching or not, exactly as a fresh index finds it
        f.leaflet("ct", "exam", "CT-scan", "", "Niet eten voor het onderzoek.\n");
        assertEquals(Set.of("nl"), rebuild(f).updatedLanguages());
        assertSameRanking(f, "biopsie", "lever", "leverbiopsie", "onderzoek");
    }

    private void assertSameRanking(ContentFixture f) throws IOException {
        assertSameRanking(f, "eten", "onderzoek", "beelden magneet", "water", "scan", "verwijsbrief");
    }

    /** The incrementally updated index answers exactly as a fresh one: same leaflets, order, scores and snippets. */
    private void assertSameRanking(ContentFixture f, String... queries) throws IOException {
        Path fresh = dir.resolve("fresh-" + System.nanoTime());
        rebuild(f, null, fresh);
        try (LeafletSearcher a = LeafletSearcher.open(f.output());
                LeafletSearcher b = LeafletSearcher.open(fresh)) {
            for (String q : queries) {
                assertEquals(
                        b.search(SearchRequest.of(q, "nl"), ContentFixture.UNHURRIED)
                                .results()
                                .toString(),
                        a.search(SearchRequest.of(q, "nl"), ContentFixture.UNHURRIED)
                                .results()
                                .toString(),
                        q);
            }
        }
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
            assertEquals(
                    "ct",
                    s.search(SearchRequest.of("drink", "en"), ContentFixture.UNHURRIED)
                            .results()
                            .getFirst()
                            .id());
            assertEquals(
                    "ct",
                    s.search(SearchRequest.of("voeding", "nl"), ContentFixture.UNHURRIED)
                            .results()
                            .getFirst()
                            .id());
        }
    }
}
