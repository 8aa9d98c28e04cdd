package nl.pil.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
    /** Per kind, queries as lang:query; the generator's corpus and the sample content both know these words. */
    static final List<String> PLAIN = List.of(
            "nl:lever", "nl:coloscopie", "nl:chemotherapie", "nl:schildklier", "en:liver", "en:colonoscopy",
            "en:thyroid", "en:chemotherapy");
    static final List<String> COMPOUND = List.of(
            "nl:leverbiopsie", "nl:bloedverdunners", "nl:galblaas verwijderen", "nl:stoppen met roken",
            "en:blood thinners", "en:liver biopsy", "en:kidney stones", "en:breast cancer");
    static final List<String> TYPO = List.of(
            "nl:chemoterapie", "nl:colonoscopie", "nl:schildkleir", "nl:levr", "en:colonscopy", "en:gastroscpy",
            "en:thyriod", "en:chemoterapy");
    static final List<String> QUESTION = List.of(
            "nl:mag ik eten voor de ct-scan", "nl:hoe lang duurt een mri", "nl:wanneer mag ik weer autorijden",
            "nl:wat moet ik meenemen", "en:can i eat before the scan", "en:how long does an mri take",
            "en:when can i drive again", "en:what should i bring");
    static final List<String> CODE = List.of("nl:NEU-0461", "nl:neu 141", "en:neu0072", "en:LNG-092");

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
        List<String> mix =
                switch (kind) {
                    case "plain" -> PLAIN;
                    case "compound" -> COMPOUND;
                    case "typo" -> TYPO;
                    case "question" -> QUESTION;
                    default -> CODE;
                };
        requests = mix.stream()
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
