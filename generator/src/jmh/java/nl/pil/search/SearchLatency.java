package nl.pil.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per kind of query ({@link SearchBenchmark}'s mix), the wall time and the CPU time of each search on one thread:
 * p50, p99 and the slowest. On a machine shared with other work the wall times include waiting for a processor; the
 * CPU times do not, so they say what the search itself costs. Not a test: with the {@code bench} profile,
 *
 * <pre>
 * mvn -B -pl generator -Pbench test-compile exec:exec -Dpil.bench.main=nl.pil.search.SearchLatency \
 *     -Dpil.bench.site=/tmp/site2000 [-Dpil.bench.args=ROUNDS]
 * </pre>
 *
 * Each round asks every query of every kind once, kinds interleaved; the first rounds warm the JVM up and are not
 * counted.
 */
public final class SearchLatency {
    private SearchLatency() {}

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 && args[0].matches("\\d+") ? Integer.parseInt(args[0]) : 200;
        int warmUp = Math.max(20, rounds / 4);
        String site = System.getProperty("pil.bench.site", "");
        if (site.isBlank()) {
            System.err.println("SearchLatency: -Dpil.bench.site=<a built site> is needed");
            System.exit(2);
        }
        Map<String, List<String>> kinds = SearchBenchmark.mix();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (LeafletSearcher searcher = LeafletSearcher.open(Path.of(site))) {
            Map<String, long[][]> times = new LinkedHashMap<>(); // kind -> {wall[], cpu[]}
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (var kind : kinds.entrySet()) {
                int n = rounds * kind.getValue().size();
                times.put(kind.getKey(), new long[][] {new long[n], new long[n]});
                counts.put(kind.getKey(), 0);
            }
            for (int round = 0; round < warmUp + rounds; round++) {
                for (var kind : kinds.entrySet()) {
                    for (String q : kind.getValue()) {
                        String[] lq = q.split(":", 2);
                        if (!searcher.languages().contains(lq[0])) {
                            continue;
                        }
                        SearchRequest request = SearchRequest.of(lq[1], lq[0]);
                        long cpu0 = threads.getCurrentThreadCpuTime();
                        long wall0 = System.nanoTime();
                        searcher.search(request, LeafletSearcher.DEFAULT_BUDGET);
                        long wall = System.nanoTime() - wall0;
                        long cpu = threads.getCurrentThreadCpuTime() - cpu0;
                        if (round >= warmUp) {
                            int i = counts.merge(kind.getKey(), 1, Integer::sum) - 1;
                            times.get(kind.getKey())[0][i] = wall;
                            times.get(kind.getKey())[1][i] = cpu;
                        }
                    }
                }
            }
            System.out.printf("SearchLatency: %s, %d rounds after %d warm-up rounds%n", site, rounds, warmUp);
            System.out.printf(
                    "%-9s %6s  %-28s  %-28s%n", "kind", "n", "wall p50 / p99 / max (ms)", "CPU p50 / p99 / max (ms)");
            for (var kind : times.entrySet()) {
                int n = counts.get(kind.getKey());
                long[] wall = Arrays.copyOf(kind.getValue()[0], n);
                long[] cpu = Arrays.copyOf(kind.getValue()[1], n);
                System.out.printf("%-9s %6d  %-28s  %-28s%n", kind.getKey(), n, percentiles(wall), percentiles(cpu));
            }
        }
    }

    private static String percentiles(long[] nanos) {
        if (nanos.length == 0) {
            return "-";
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(
                "%.2f / %.2f / %.2f",
                sorted[(int) (0.50 * (sorted.length - 1))] / 1e6,
                sorted[(int) Math.ceil(0.99 * (sorted.length - 1))] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }
}
