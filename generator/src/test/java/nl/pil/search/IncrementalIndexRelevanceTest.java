package nl.pil.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import nl.pil.ContentFixture;
import nl.pil.link.Linker;
import nl.pil.link.Site;
import nl.pil.load.ContentLoader;
import nl.pil.model.Diagnostics;
import nl.pil.publish.Publisher;
import nl.pil.render.RenderContext;
import nl.pil.render.Theme;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index updated document by document, with the replaced documents still in it (no merge), answers the project's
 * relevance queries (src/test/resources/search/relevance.tsv and sections.tsv) as a fresh index of the same content:
 * the same leaflets in the same order, the same sections and snippets. Only the scores may differ, by the replaced
 * documents' share in the statistics; the largest difference is reported.
 */
class IncrementalIndexRelevanceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final int FILLERS = 120;

    @TempDir
    Path dir;

    private double largestDifference;
    private String largestAt = "-";

    @Test
    void anUpdatedIndexRanksTheRelevanceQueriesAsAFreshOne() throws IOException {
        Path content = copy(Path.of("../content"), dir.resolve("content"));
        fill(content);
        Path site = dir.resolve("site");
        build(content, null, site);
        List<String[]> queries = queries();

        // a body edit in each language, with words the content did not have (a change of the compound dictionary)
        append(content.resolve("ct-scan/nl.md"), "\nNeem uw medicijnlijst en de verwijsbrief van de huisarts mee.\n");
        append(content.resolve("mri-scan/en.md"), "\nBring your list of medicines and the referral letter.\n");
        step("edit", content, site, queries);

        // a new leaflet, a copy of another under a later id: equal scores, which a fresh index orders by id
        copy(content.resolve("mri-scan"), content.resolve("mri-scan-copy"));
        step("add", content, site, queries);

        // a leaflet deleted, and one renamed (its old id leaves, its new one comes)
        delete(content.resolve("laparoscopy"));
        Files.move(content.resolve("pet-ct"), content.resolve("pet-ct-scan"));
        step("delete and rename", content, site, queries);

        System.out.printf(
                Locale.ROOT,
                "[incremental index] largest score difference against a fresh index: %.4f %% (%s)%n",
                100 * largestDifference,
                largestAt);
    }

    /**
     * Leaflets of made-up three-letter words (no compound part, no look-alike of a query's word), so that the
     * documents the edits below replace stay under {@link SearchIndexOutput#MAX_DELETED_SHARE} of the index, as a few
     * leaflets' edits do on a site of a hundred leaflets or more: the sample's 17 alone would be merged after an edit.
     */
    private static void fill(Path content) throws IOException {
        String[] words = {"zyq", "vox", "kaj", "pim", "dru", "fex", "gol", "hup", "jix", "lom", "nuv", "qir", "sab"};
        for (int n = 0; n < FILLERS; n++) {
            Path folder = Files.createDirectories(content.resolve(String.format(Locale.ROOT, "zz-filler-%03d", n)));
            for (String lang : List.of("nl", "en")) {
                StringBuilder text = new StringBuilder("---\ntype: exam\ntitle: Zyq ")
                        .append(n)
                        .append("\nsummary: Vox kaj pim.\ndepartment: radiology\n---\n");
                for (int section = 0; section < 3; section++) {
                    text.append("\n## Kop ").append(section).append("\n\n");
                    for (int w = 0; w < 12; w++) {
                        text.append(words[(n * 7 + section * 5 + w * 3) % words.length])
                                .append(' ');
                    }
                    text.append(".\n");
                }
                Files.writeString(folder.resolve(lang + ".md"), text.toString(), StandardCharsets.UTF_8);
            }
        }
    }

    /** Updates the index of {@code site}, then builds one afresh and compares their answers to every query. */
    private void step(String what, Path content, Path site, List<String[]> queries) throws IOException {
        SearchIndexOutput update = build(content, site, site);
        assertTrue(
                update.updatedLanguages().containsAll(Set.of("nl", "en")),
                what + ": updated, not indexed afresh: " + update.updatedLanguages());
        for (String lang : List.of("nl", "en")) {
            try (FSDirectory d =
                            FSDirectory.open(site.resolve(IndexLayout.FOLDER).resolve(lang));
                    DirectoryReader reader = DirectoryReader.open(d)) {
                assertTrue(reader.leaves().size() > 1, what + ": " + lang + " kept its segments apart");
                System.out.printf(
                        Locale.ROOT,
                        "[incremental index] %s: %s has %d segments, %d of %d documents deleted%n",
                        what,
                        lang,
                        reader.leaves().size(),
                        reader.numDeletedDocs(),
                        reader.maxDoc());
            }
        }
        Path fresh = dir.resolve("fresh-" + what.replace(' ', '-'));
        build(content, null, fresh);
        assertEquals(IndexContents.live(fresh, "nl"), IndexContents.live(site, "nl"), what);
        int compared = 0;
        try (LeafletSearcher updated = LeafletSearcher.open(site);
                LeafletSearcher afresh = LeafletSearcher.open(fresh)) {
            for (String[] q : queries) {
                SearchRequest request = new SearchRequest(q[1], q[0], null, null, 10);
                List<SearchResponse.Hit> expected =
                        afresh.search(request, ContentFixture.UNHURRIED).results();
                List<SearchResponse.Hit> actual =
                        updated.search(request, ContentFixture.UNHURRIED).results();
                String label = what + ": " + q[0] + " '" + q[1] + "'";
                assertEquals(
                        withoutScores(expected).stream().sorted().toList(),
                        withoutScores(actual).stream().sorted().toList(),
                        label + ": the same answers");
                assertEquals(withoutScores(expected), withoutScores(inFreshOrderOfNearTies(expected, actual)), label);
                for (int i = 0; i < expected.size(); i++) {
                    double difference =
                            Math.abs(actual.get(i).score() - expected.get(i).score())
                                    / expected.get(i).score();
                    if (difference > largestDifference) {
                        largestDifference = difference;
                        largestAt = what + ", " + q[0] + " '" + q[1] + "', result " + (i + 1);
                    }
                }
                compared += expected.size();
            }
        }
        assertTrue(compared > queries.size(), "the queries find leaflets: " + compared);
    }

    /** Everything a result shows but its score. */
    /** Two results whose fresh scores are this close may come in either order from an updated index. */
    static final double NEAR_TIE = 0.01;

    /**
     * The updated index's answers with each run of neighbours whose scores in the fresh index are within
     * {@link #NEAR_TIE} of each other put in the fresh order: the statistics of an updated index are estimates (a few
     * per cent off, see LiveStatistics), so such a near tie may fall either way. Any other difference of order stays.
     */
    private static List<SearchResponse.Hit> inFreshOrderOfNearTies(
            List<SearchResponse.Hit> fresh, List<SearchResponse.Hit> updated) {
        List<SearchResponse.Hit> out = new java.util.ArrayList<>(updated);
        for (int i = 0; i + 1 < out.size() && i + 1 < fresh.size(); i++) {
            SearchResponse.Hit a = fresh.get(i);
            SearchResponse.Hit b = fresh.get(i + 1);
            boolean nearTie = (a.score() - b.score()) <= NEAR_TIE * a.score();
            if (nearTie && out.get(i).id().equals(b.id()) && out.get(i + 1).id().equals(a.id())) {
                java.util.Collections.swap(out, i, i + 1);
                System.out.printf(
                        Locale.ROOT,
                        "[incremental index] near tie in either order: %s %.4f, %s %.4f%n",
                        a.id(),
                        a.score(),
                        b.id(),
                        b.score());
            }
        }
        return out;
    }

    private static List<String> withoutScores(List<SearchResponse.Hit> hits) {
        return hits.stream()
                .map(h -> h.id() + " " + h.lang() + " " + h.url() + " " + h.section() + " " + h.snippet())
                .toList();
    }

    private static SearchIndexOutput build(Path content, Path previous, Path out) throws IOException {
        Diagnostics d = new Diagnostics();
        Site site = new Linker(TODAY).link(new ContentLoader(content).load(d).orElseThrow(), d);
        SearchIndexOutput output = new SearchIndexOutput(true, false);
        RenderContext context = RenderContext.of(site, new Theme(List.of()), previous, Set.of("index"), d);
        new Publisher().publish(out, folder -> output.render(context, folder, d));
        return output;
    }

    /** The relevance set's queries and the section questions: language and query. */
    private static List<String[]> queries() throws IOException {
        List<String[]> queries = new ArrayList<>();
        for (String file : List.of("relevance.tsv", "sections.tsv")) {
            for (String line : Files.readAllLines(Path.of("src/test/resources/search", file), StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t");
                    queries.add(new String[] {f[0], f[1]});
                }
            }
        }
        return queries;
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
