package nl.pil.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.pil.ContentFixture;
import nl.pil.compile.BuildResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A patient who searches for the nurse named in their letter, or for the department they were sent to, finds the
 * leaflets that name them; a leaflet of several departments is found with the filter of each.
 */
class SearchPeopleAndDepartmentsTest {
    @TempDir
    static Path dir;

    static LeafletSearcher searcher;

    @BeforeAll
    static void build() throws IOException {
        ContentFixture f = new ContentFixture(dir)
                .write("site.yaml", ContentFixture.SITE_YAML + ContentFixture.PLAIN_LANGUAGE_OFF)
                .write("people/anna-de-vries.yaml", """
                        name: Anna de Vries
                        function: {nl: Verpleegkundig specialist, en: Nurse specialist}
                        phone: "+31 40 555 02 15"
                        """)
                .leaflet("lever", "treatment", "Leveroperatie", "contacts: [anna-de-vries]", "Over de operatie.\n")
                .leaflet("ct", "exam", "CT-scan", "", "Over de scan.\n")
                .translation("lever", "en", "Liver surgery", "", "About the operation.\n")
                .stampTranslations();
        f.write(
                "lever/nl.md",
                java.nio.file.Files.readString(f.root().resolve("lever/nl.md"))
                        .replace("department: radiology", "department: [surgery, radiology]"));
        f.stampTranslations();
        BuildResult result = f.build();
        assertTrue(result.published(), result.diagnostics()::toString);
        searcher = LeafletSearcher.open(f.output());
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    private static List<String> ids(SearchRequest request) throws IOException {
        return searcher.search(request, ContentFixture.UNHURRIED).results().stream()
                .map(SearchResponse.Hit::id)
                .toList();
    }

    @Test
    void theNameOfTheContactPersonFindsTheLeafletInEveryLanguage() throws IOException {
        assertEquals(List.of("lever"), ids(SearchRequest.of("de vries", "nl")));
        assertEquals(List.of("lever"), ids(SearchRequest.of("anna de vries", "en")));
    }

    @Test
    void theDepartmentsNameInThePagesLanguageFindsItsLeaflets() throws IOException {
        assertEquals(List.of("lever"), ids(SearchRequest.of("chirurgie", "nl")));
        assertEquals(List.of("lever"), ids(SearchRequest.of("surgery", "en")));
        assertEquals(2, ids(SearchRequest.of("radiologie", "nl")).size(), "the main and the second department");
    }

    @Test
    void everyDepartmentOfALeafletFiltersAndCountsIt() throws IOException {
        assertEquals(List.of("lever"), ids(new SearchRequest("operatie", "nl", null, "surgery", 10)));
        assertEquals(List.of("lever"), ids(new SearchRequest("operatie", "nl", null, "radiology", 10)));
        SearchResponse all = searcher.search(SearchRequest.of("radiologie", "nl"), ContentFixture.UNHURRIED);
        assertEquals(
                2, all.facets().get("department").get("radiology"), all.facets().toString());
        assertEquals(
                1, all.facets().get("department").get("surgery"), all.facets().toString());
    }
}
