package nl.pil.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.pil.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A patient types the first part of a compound that the leaflets only use whole. */
class CompoundStartTest {
    @TempDir
    Path dir;

    @Test
    void theFirstPartOfACompoundFindsIt() throws IOException {
        ContentFixture f = new ContentFixture(dir)
                .leaflet(
                        "thorax",
                        "exam",
                        "Foto van de borstkas",
                        "",
                        "Er wordt een röntgenfoto van uw longen gemaakt.\n")
                .leaflet("lung", "exam", "Longonderzoek", "", "Het longfunctieonderzoek meet hoe goed u ademt.\n")
                .leaflet("diet", "aftercare", "Gezond eten", "", "Eet veel groente en fruit.\n");
        assertTrue(f.build().published());
        try (LeafletSearcher searcher = LeafletSearcher.open(f.output())) {
            assertEquals(List.of("thorax"), ids(searcher, "rontgen"), "without the umlaut, too");
            assertEquals(List.of("thorax"), ids(searcher, "röntgen"));
            assertEquals(List.of("lung"), ids(searcher, "longfunctie"));
            assertEquals(List.of("diet"), ids(searcher, "groente"), "known words are looked up as they are");
        }
    }

    private static List<String> ids(LeafletSearcher searcher, String query) throws IOException {
        return searcher.search(SearchRequest.of(query, "nl"), ContentFixture.UNHURRIED).results().stream()
                .map(SearchResponse.Hit::id)
                .toList();
    }
}
