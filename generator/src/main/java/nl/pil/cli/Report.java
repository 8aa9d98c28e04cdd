package nl.pil.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.pil.build.BuildResult;
import nl.pil.model.Diagnostic;

/** Prints diagnostics and the closing summary of a run. */
final class Report {
    private Report() {
    }

    static void diagnostics(BuildResult result, PrintWriter err) {
        for (Diagnostic d : result.diagnostics()) {
            err.println(d.format());
        }
    }

    static String counts(BuildResult result) {
        return plural(result.errorCount(), "error") + ", " + plural(result.warningCount(), "warning");
    }

    static String times(BuildResult result) {
        Duration total = result.stageTimes().values().stream().reduce(Duration.ZERO, Duration::plus);
        return seconds(total) + " (" + result.stageTimes().entrySet().stream()
                .map(e -> e.getKey() + " " + seconds(e.getValue())).collect(Collectors.joining(", ")) + ")";
    }

    /** "38 pages (36 unchanged), 38 PDFs (37 unchanged)": what the outputs wrote and took over from the previous build. */
    static String written(nl.pil.build.Compiler compiler, BuildResult result) {
        String pages = written(compiler, "html", "page", result.pages());
        return compiler.formats().contains("pdf") ? pages + ", " + written(compiler, "pdf", "PDF", 0) : pages;
    }

    /** "38 pages, 38 PDFs": what an up-to-date output folder holds, as its last build recorded. */
    static String totals(nl.pil.build.Compiler compiler, BuildResult result) {
        java.util.Map<String, Integer> totals = compiler.totals();
        String pages = plural(totals.getOrDefault("html", result.pages()), "page");
        return compiler.formats().contains("pdf") ? pages + ", " + plural(totals.getOrDefault("pdf", 0), "PDF") : pages;
    }

    private static String written(nl.pil.build.Compiler compiler, String output, String noun, int fallback) {
        return compiler.outputs().stream().filter(o -> o.name().equals(output)).map(o -> o.counts()).filter(c -> c != null)
                .map(c -> plural(c.total(), noun) + (c.reused() > 0 ? " (" + c.reused() + " unchanged)" : ""))
                .findFirst().orElse(plural(fallback, noun));
    }

    static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.2f s", d.toNanos() / 1e9);
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
