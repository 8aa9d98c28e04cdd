package nl.pil.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.pil.compile.BuildOptions;
import nl.pil.compile.BuildResult;
import nl.pil.compile.Compiler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The in-process search path ({@link LeafletSearcher#search}) over a patient-style query mix, per kind of query:
 * plain words, Dutch compounds and two-word queries, typos, questions and leaflet codes, in Dutch and English.
 * Sample time, so JMH reports p50/p99 per kind. Not a test: run it with the {@code bench} profile,
 *
 * <pre>
 * mvn -B -pl generator -Pbench test-compile exec:exec -Dpil.bench.site=/tmp/site2000s
 * </pre>
 *
 * where {@code pil.bench.site} is a site built by {@code pil build} (e.g. of {@code scripts/generate-corpus.py
 * --leaflets 2000 --languages nl,en}); without it the sample content ({@code content/}) is built into a temporary
 * folder first.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class SearchBenchmark {
    /**
     * The query mix per kind (in the file's order), queries as {@code lang:query}: {@code scripts/search-queries.tsv},
     * which scripts/wrk-search.sh sends over HTTP too, so both measure the same mix ({@code -Dpil.bench.queries} for
     * another file).
     */
    static Map<String, List<String>> mix() throws IOException {
        Path file = Path.of(System.getProperty("pil.bench.queries", "../scripts/search-queries.tsv"));
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", 3);
            kinds.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts[1] + ":" + parts[2]);
        }
        return kinds;
    }

    @Param({"plain", "compound", "typo", "question", "code"})
    public String kind;

    private Path built;
    private LeafletSearcher searcher;
    private List<SearchRequest> requests;
    private int next;

    @Setup(Level.Trial)
    public void open() throws IOException {
        String site = System.getProperty("pil.bench.site");
        Path folder;
        if (site != null && !site.isBlank()) {
            folder = Path.of(site);
        } else {
            built = Files.createTempDirectory("pil-bench-site");
            folder = built.resolve("site");
            BuildResult result = new Compiler(new BuildOptions(
                            Path.of(System.getProperty("pil.bench.content", "../content")),
                            List.of(),
                            folder,
                            LocalDate.of(2026, 12, 1)))
                    .build();
            if (!result.published()) {
                throw new IllegalStateException("the sample content did not build: " + result.diagnostics());
            }
        }
        searcher = LeafletSearcher.open(folder);
        requests = mix().getOrDefault(kind, List.of()).stream()
                .map(q -> q.split(":", 2))
                .filter(q -> searcher.languages().contains(q[0]))
                .map(q -> SearchRequest.of(q[1], q[0]))
                .toList();
    }

    @Benchmark
    public SearchResponse search() throws IOException {
        SearchRequest request = requests.get(next);
        next = (next + 1) % requests.size();
        return searcher.search(request, LeafletSearcher.DEFAULT_BUDGET);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        searcher.close();
        if (built != null) {
            try (var files = Files.walk(built)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
