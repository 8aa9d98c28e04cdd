package nl.pil.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.pil.ContentFixture;
import nl.pil.compile.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jargon list of the check stage feeds the search: the doctor's word finds leaflets written in plain words. */
class JargonSynonymsTest {
    @TempDir
    Path dir;

    private ContentFixture content() {
        return new ContentFixture(dir)
                .write("site.yaml", ContentFixture.SITE_YAML + ContentFixture.PLAIN_LANGUAGE_OFF)
                .leaflet(
                        "kijk",
                        "treatment",
                        "Kijkoperatie",
                        "",
                        "De chirurg opereert via kleine sneetjes in de buik.\n")
                .leaflet("pillen", "treatment", "Medicijnlijst", "", "Neem al uw medicijnen mee naar het ziekenhuis.\n")
                .leaflet("chemo", "treatment", "Chemotherapie", "", "Cytostatica remmen de groei van kankercellen.\n");
    }

    private static List<String> ids(ContentFixture f, String query) throws IOException {
        try (LeafletSearcher searcher = LeafletSearcher.open(f.output())) {
            return searcher.search(SearchRequest.of(query, "nl"), ContentFixture.UNHURRIED).results().stream()
                    .map(SearchResponse.Hit::id)
                    .toList();
        }
    }

    @Test
    void theMedicalWordFindsTheLayWordOneWayOnly() throws IOException {
        ContentFixture f = content();
        assertTrue(f.build().published());
        assertEquals(List.of(), ids(f, "laparoscopie"), "without a jargon list the word is nowhere");

        f.write("_check/jargon-nl.txt", "laparoscopie = kijkoperatie\ncytostatica = medicijnen\n");
        assertTrue(f.build().published());
        assertEquals(List.of("kijk"), ids(f, "laparoscopie"));
        assertEquals("chemo", ids(f, "cytostatica").getFirst(), "the leaflet with the word itself comes first");
        assertTrue(ids(f, "cytostatica").contains("pillen"), "and the lay word is found too");
        assertEquals(List.of("pillen"), ids(f, "medicijnen"), "the lay word does not find the medical one");
    }

    @Test
    void aJargonLineTheSearchCannotUseIsAnErrorAtItsLine() {
        ContentFixture f = content().write("_check/jargon-nl.txt", "# woorden\nresectie = operatie\n%% = procent\n");
        BuildResult result = f.build();
        assertFalse(result.published());
        List<String> jargon = f.headlines(result).stream()
                .filter(h -> h.startsWith("_check/jargon-nl.txt"))
                .toList();
        assertEquals(1, jargon.size(), jargon::toString);
        assertTrue(
                jargon.getFirst().startsWith("_check/jargon-nl.txt:3:1: error: '%%' cannot be a search synonym: "),
                jargon::toString);
    }
}
