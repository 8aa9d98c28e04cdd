package nl.pil.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.pil.ContentFixture;
import nl.pil.compile.BuildOptions;
import nl.pil.compile.BuildResult;
import nl.pil.compile.Compiler;
import nl.pil.link.Linker;
import nl.pil.link.Page;
import nl.pil.link.Site;
import nl.pil.load.ContentLoader;
import nl.pil.model.Diagnostics;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Findability of the sample content: realistic patient queries (src/test/resources/search/relevance.tsv), each
 * with the leaflet that must come first or in the top 3. Reports MRR and success@1/@3 for Pil's analysis and
 * for a plain StandardAnalyzer index of the same pages, and fails below the thresholds set here.
 */
class SearchRelevanceTest {
    // Thresholds: set just under what the current chains reach on this set, so a regression fails the build.
    static final double MIN_MRR = 0.95;
    static final double MIN_SUCCESS_WITHIN = 0.95;
    /** Question-style queries whose first result must be the right leaflet and section (0.81 when set). */
    static final double MIN_SECTION_SUCCESS_AT_1 = 0.78;

    record Case(String lang, String query, String expected, int within) {}

    record Scores(double mrr, double at1, double at3, double within, List<String> misses) {
        String line(String name, int n) {
            return String.format(
                    Locale.ROOT,
                    "%-16s n=%d  MRR=%.3f  success@1=%.3f  success@3=%.3f  within-target=%.3f",
                    name,
                    n,
                    mrr,
                    at1,
                    at3,
                    within);
        }
    }

    @TempDir
    static Path dir;

    static Path site;
    static List<Case> cases;

    @BeforeAll
    static void buildSampleSite() throws IOException {
        site = dir.resolve("site");
        BuildResult result = new Compiler(
                        new BuildOptions(Path.of("../content"), List.of(), site, LocalDate.of(2026, 11, 23)))
                .build();
        assertTrue(result.published(), () -> result.diagnostics().toString());
        cases = new ArrayList<>();
        for (String line :
                Files.readAllLines(Path.of("src/test/resources/search/relevance.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            cases.add(new Case(f[0], f[1], f[2], Integer.parseInt(f[3])));
        }
    }

    interface Ranker {
        List<String> rank(String lang, String query) throws IOException;
    }

    static Scores score(Ranker ranker) throws IOException {
        double rr = 0;
        int at1 = 0;
        int at3 = 0;
        int within = 0;
        List<String> misses = new ArrayList<>();
        for (Case c : cases) {
            List<String> ids = ranker.rank(c.lang(), c.query());
            int rank = ids.indexOf(c.expected()) + 1;
            if (rank > 0) {
                rr += 1.0 / rank;
            }
            at1 += rank == 1 ? 1 : 0;
            at3 += rank >= 1 && rank <= 3 ? 1 : 0;
            if (rank >= 1 && rank <= c.within()) {
                within++;
            } else {
                misses.add(c.lang() + " '" + c.query() + "' → " + c.expected() + " at " + (rank == 0 ? "-" : rank)
                        + " (got " + ids.stream().limit(3).toList() + ")");
            }
        }
        int n = cases.size();
        return new Scores(rr / n, (double) at1 / n, (double) at3 / n, (double) within / n, misses);
    }

    @Test
    void patientQueriesFindTheRightLeaflet() throws IOException {
        Scores pil;
        try (LeafletSearcher searcher = LeafletSearcher.open(site)) {
            pil = score((lang, q) ->
                    searcher
                            .search(new SearchRequest(q, lang, null, null, 10), ContentFixture.UNHURRIED)
                            .results()
                            .stream()
                            .map(SearchResponse.Hit::id)
                            .toList());
        }
        Scores baseline = score(standardAnalyzerBaseline());
        System.out.println("[search relevance] " + pil.line("pil analyzers", cases.size()));
        System.out.println("[search relevance] " + baseline.line("StandardAnalyzer", cases.size()));
        pil.misses().forEach(m -> System.out.println("[search relevance] miss: " + m));
        assertTrue(cases.size() >= 40, "at least 40 queries");
        assertTrue(pil.mrr() >= MIN_MRR, () -> pil.line("pil", cases.size()) + "\n" + String.join("\n", pil.misses()));
        assertTrue(
                pil.within() >= MIN_SUCCESS_WITHIN,
                () -> pil.line("pil", cases.size()) + "\n" + String.join("\n", pil.misses()));
        assertTrue(pil.mrr() > baseline.mrr(), "Pil's analysis must beat the plain baseline");
    }

    /**
     * src/test/resources/search/sections.tsv: questions whose first result must be the leaflet and the section (its
     * anchor) that answers them; reports success@1 at section level.
     */
    @Test
    void questionsLandOnTheAnsweringSection() throws IOException {
        int n = 0;
        int right = 0;
        List<String> misses = new ArrayList<>();
        try (LeafletSearcher searcher = LeafletSearcher.open(site)) {
            for (String line :
                    Files.readAllLines(Path.of("src/test/resources/search/sections.tsv"), StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                n++;
                List<SearchResponse.Hit> hits = searcher.search(
                                new SearchRequest(f[1], f[0], null, null, 3), ContentFixture.UNHURRIED)
                        .results();
                SearchResponse.Hit first = hits.isEmpty() ? null : hits.getFirst();
                String got = first == null
                        ? "-"
                        : first.id() + "#"
                                + (first.section() == null
                                        ? "-"
                                        : first.section().anchor());
                if (got.equals(f[2] + "#" + f[3])) {
                    right++;
                } else {
                    misses.add(f[0] + " '" + f[1] + "' → " + f[2] + "#" + f[3] + " (got " + got + ")");
                }
            }
        }
        double at1 = (double) right / n;
        String report = String.format(Locale.ROOT, "%-16s n=%d  section success@1=%.3f", "pil sections", n, at1);
        System.out.println("[search relevance] " + report);
        misses.forEach(m -> System.out.println("[search relevance] section miss: " + m));
        assertTrue(n >= 40, "at least 40 questions");
        assertTrue(at1 >= MIN_SECTION_SUCCESS_AT_1, () -> report + "\n" + String.join("\n", misses));
    }

    /** The same pages in one plain index per language: StandardAnalyzer, title/summary/body, no synonyms or fuzziness. */
    private static Ranker standardAnalyzerBaseline() throws IOException {
        Diagnostics d = new Diagnostics();
        Site linked = new Linker(LocalDate.of(2026, 11, 23))
                .link(new ContentLoader(Path.of("../content")).load(d).orElseThrow(), d);
        StandardAnalyzer analyzer = new StandardAnalyzer();
        java.util.Map<String, IndexSearcher> searchers = new java.util.HashMap<>();
        for (String lang : linked.settings().languages()) {
            ByteBuffersDirectory dir = new ByteBuffersDirectory();
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                for (Page p : linked.pagesIn(lang)) {
                    IndexedLeaflet l = IndexedLeaflet.of(p);
                    Document doc = new Document();
                    doc.add(new StringField("id", p.id(), Field.Store.YES));
                    doc.add(new TextField("title", p.meta().title(), Field.Store.NO));
                    doc.add(new TextField("summary", p.meta().summary(), Field.Store.NO));
                    doc.add(new TextField("body", l.bodyText(), Field.Store.NO));
                    w.addDocument(doc);
                }
            }
            searchers.put(lang, new IndexSearcher(DirectoryReader.open(dir)));
        }
        QueryBuilder builder = new QueryBuilder(analyzer);
        return (lang, q) -> {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            for (var field :
                    java.util.Map.of("title", 5f, "summary", 2f, "body", 1f).entrySet()) {
                Query fq = builder.createBooleanQuery(field.getKey(), q);
                if (fq != null) {
                    b.add(new BoostQuery(fq, field.getValue()), BooleanClause.Occur.SHOULD);
                }
            }
            IndexSearcher s = searchers.get(lang);
            List<String> ids = new ArrayList<>();
            for (ScoreDoc sd : s.search(b.build(), 10).scoreDocs) {
                ids.add(s.storedFields().document(sd.doc).get("id"));
            }
            return ids;
        };
    }
}
