package nl.pil.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.pil.ContentFixture;
import nl.pil.compile.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Care-path packets are found by search: by their title, their intro, the names of their leaflets and their contact;
 * in each language they are made in, as a kind of result of their own with a filter, without pushing a leaflet from
 * the top of its own name's results.
 */
class SearchBundlesTest {
    @TempDir
    Path dir;

    private ContentFixture fixture(String bundleTitle) throws IOException {
        return new ContentFixture(dir)
                .write("site.yaml", ContentFixture.SITE_YAML + ContentFixture.PLAIN_LANGUAGE_OFF)
                .write("people/anna-de-vries.yaml", """
                        name: Anna de Vries
                        function: {nl: Verpleegkundige, en: Nurse}
                        phone: "+31 40 555 02 11"
                        """)
                .leaflet("lever", "condition", "Uitzaaiingen in de lever", "", "Over uitzaaiingen.\n")
                .leaflet("ct", "exam", "CT-scan", "", "Over de scan van de buik.\n")
                .leaflet("operatie", "treatment", "Leveroperatie", "", "Over de operatie.\n")
                .leaflet("knie", "treatment", "Knieprothese", "", "Over een nieuwe knie.\n")
                .translation("lever", "en", "Liver metastases", "", "About metastases.\n")
                .stampTranslations()
                .write("bundles/lever.yaml", """
                        title:
                          nl: %s
                          en: Liver care path
                        intro:
                          nl: Alle folders voor uw behandeling, van onderzoek tot nazorg.
                        leaflets: [lever, ct, operatie]
                        contact: anna-de-vries
                        """.formatted(bundleTitle));
    }

    private static List<String> ids(LeafletSearcher searcher, SearchRequest request) throws IOException {
        return searcher.search(request, ContentFixture.UNHURRIED).results().stream()
                .map(SearchResponse.Hit::id)
                .toList();
    }

    @Test
    void aPacketIsFoundByItsTitleIntroLeafletsAndContact() throws IOException {
        ContentFixture f = fixture("Zorgpad uitzaaiingen in de lever");
        BuildResult result = f.build();
        assertTrue(result.published(), result.diagnostics()::toString);
        try (LeafletSearcher searcher = LeafletSearcher.open(f.output())) {
            SearchResponse.Hit hit = searcher.search(SearchRequest.of("zorgpad", "nl"), ContentFixture.UNHURRIED)
                    .results()
                    .getFirst();
            assertEquals("bundles/lever", hit.id());
            assertEquals("bundle", hit.type());
            assertEquals("Zorgpad uitzaaiingen in de lever", hit.title());
            assertTrue(hit.url().endsWith("nl/bundles/lever/"), hit.url());
            // its intro, the names of the leaflets in it and its contact person
            assertTrue(ids(searcher, SearchRequest.of("nazorg", "nl")).contains("bundles/lever"));
            assertTrue(ids(searcher, SearchRequest.of("leveroperatie", "nl")).contains("bundles/lever"));
            assertTrue(ids(searcher, SearchRequest.of("anna de vries", "nl")).contains("bundles/lever"));
            // never found for what it does not hold
            assertTrue(!ids(searcher, SearchRequest.of("knieprothese", "nl")).contains("bundles/lever"));
            // a leaflet stays first for its own name: the packet that holds it comes after it
            assertEquals(
                    "operatie",
                    ids(searcher, SearchRequest.of("leveroperatie", "nl")).getFirst());
            // in English by its English title; the leaflet without a translation is named as the packet prints it
            assertEquals(
                    "bundles/lever",
                    ids(searcher, SearchRequest.of("care path", "en")).getFirst());
            assertTrue(ids(searcher, SearchRequest.of("leveroperatie", "en")).contains("bundles/lever"));
            // a kind of its own: the filter gives packets only and the facet counts them
            assertEquals(List.of("bundles/lever"), ids(searcher, new SearchRequest("lever", "nl", "bundle", null, 10)));
            SearchResponse all = searcher.search(SearchRequest.of("lever", "nl"), ContentFixture.UNHURRIED);
            assertEquals(1, all.facets().get("type").get("bundle"), all.facets().toString());
        }
    }

    @Test
    void aRenamedPacketIsFoundByItsNewTitleAfterAnIncrementalBuild() throws IOException {
        ContentFixture f = fixture("Zorgpad lever");
        assertTrue(f.build().published());
        f.write(
                "bundles/lever.yaml",
                java.nio.file.Files.readString(f.root().resolve("bundles/lever.yaml"))
                        .replace("Zorgpad lever", "Levertraject"));
        assertTrue(f.build().published());
        try (LeafletSearcher searcher = LeafletSearcher.open(f.output())) {
            assertEquals(List.of("bundles/lever"), ids(searcher, SearchRequest.of("levertraject", "nl")));
            assertTrue(!ids(searcher, SearchRequest.of("zorgpad", "nl")).contains("bundles/lever"));
        }
    }
}
