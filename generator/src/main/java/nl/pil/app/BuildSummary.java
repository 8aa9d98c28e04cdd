package nl.pil.app;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.pil.compile.BuildResult;
import nl.pil.compile.Compiler;
import nl.pil.model.Diagnostic;
import nl.pil.report.CheckReport;
import nl.pil.report.ReportFormat;
import nl.pil.report.Reports;

/**
 * What a check, build or rebuild gave, with the counts and one-line summaries the front ends print:
 * {@link #forCommandLine()} for {@code pil}, {@link #forMaven()} for the Maven goals.
 */
public final class BuildSummary {
    /** What ran. */
    public enum Kind {
        /** {@code check}: every stage but writing. */
        CHECK,
        /** A build with {@code failOnWarnings} that its check stopped before anything was written. */
        STOPPED_BY_WARNINGS,
        /** A build (or the finding that nothing changed since the last one). */
        BUILD,
        /** A rebuild after a change, while watching. */
        REBUILD
    }

    private final Options options;
    private final Compiler compiler;
    private final BuildResult result;
    private final Kind kind;
    private final Duration took;

    BuildSummary(Options options, Compiler compiler, BuildResult result, Kind kind, Duration took) {
        this.options = options;
        this.compiler = compiler;
        this.result = result;
        this.kind = kind;
        this.took = took;
    }

    public Kind kind() {
        return kind;
    }

    public BuildResult result() {
        return result;
    }

    /** The compiler that ran, for the counts of its outputs. */
    public Compiler compiler() {
        return compiler;
    }

    public List<Diagnostic> diagnostics() {
        return result.diagnostics();
    }

    public int leaflets() {
        return result.leaflets();
    }

    public int pages() {
        return result.pages();
    }

    public long errors() {
        return result.errorCount();
    }

    public long warnings() {
        return result.warningCount();
    }

    public boolean hasErrors() {
        return result.hasErrors();
    }

    /** Nothing changed since the last build: the site was left as it was. */
    public boolean upToDate() {
        return result.upToDate();
    }

    /** A build with {@code failOnWarnings} that its check stopped before anything was written. */
    public boolean stoppedByWarnings() {
        return kind == Kind.STOPPED_BY_WARNINGS;
    }

    /** There are warnings and {@code failOnWarnings} is on. */
    public boolean warningsFail() {
        return options.failOnWarnings() && warnings() > 0;
    }

    /**
     * The run failed: errors, or warnings with {@code failOnWarnings} (a rebuild fails on errors only; an up-to-date
     * build does not fail, its site stands).
     */
    public boolean failed() {
        return switch (kind) {
            case CHECK -> hasErrors() || warningsFail();
            case STOPPED_BY_WARNINGS -> true;
            case BUILD -> !upToDate() && (hasErrors() || warningsFail());
            case REBUILD -> hasErrors();
        };
    }

    /** What the run found, for {@link Reports}. */
    public CheckReport report() {
        return new CheckReport(diagnostics(), leaflets(), pages());
    }

    /**
     * The report in {@code format}; file names relative to {@code base} (see {@link Reports#write}).
     */
    public String report(ReportFormat format, Path base) {
        return Reports.write(format, report(), base);
    }

    /** How long a rebuild took, from the change to the site replaced; {@code null} for other runs. */
    public Duration took() {
        return took;
    }

    /** Formats asked for that this version of Pil has no output for, in alphabetical order. */
    public List<String> unavailableFormats() {
        return new TreeSet<>(options.buildOptions().formats())
                .stream().filter(f -> !compiler.formats().contains(f)).toList();
    }

    /** "2 errors, 1 warning". */
    public String counts() {
        return plural(errors(), "error") + ", " + plural(warnings(), "warning");
    }

    /** "2 errors and 1 warning". */
    public String errorsAndWarnings() {
        return plural(errors(), "error") + " and " + plural(warnings(), "warning");
    }

    /** "1.20 s (load 0.10 s, check 0.02 s, …)": the stages' total, then each stage. */
    public String times() {
        Duration total = result.stageTimes().values().stream().reduce(Duration.ZERO, Duration::plus);
        return seconds(total) + " ("
                + result.stageTimes().entrySet().stream()
                        .map(e -> e.getKey() + " " + seconds(e.getValue()))
                        .collect(Collectors.joining(", "))
                + ")";
    }

    /** "38 pages (36 unchanged), 38 PDFs (37 unchanged)": what the outputs wrote and took over from the previous build. */
    public String written() {
        String pages = written("html", "page", result.pages());
        return compiler.formats().contains("pdf") ? pages + ", " + written("pdf", "PDF", 0) : pages;
    }

    /** "38 pages, 38 PDFs": what an up-to-date output folder holds, as its last build recorded. */
    public String totals() {
        Map<String, Integer> totals = compiler.totals();
        String pages = plural(totals.getOrDefault("html", result.pages()), "page");
        return compiler.formats().contains("pdf") ? pages + ", " + plural(totals.getOrDefault("pdf", 0), "PDF") : pages;
    }

    private String written(String output, String noun, int fallback) {
        return compiler.outputs().stream()
                .filter(o -> o.name().equals(output))
                .map(o -> o.counts())
                .filter(c -> c != null)
                .map(c -> plural(c.total(), noun) + (c.reused() > 0 ? " (" + c.reused() + " unchanged)" : ""))
                .findFirst()
                .orElse(plural(fallback, noun));
    }

    /** "2 of 3 pages, 2 of 3 handouts": what was taken over from the previous build; empty when nothing was. */
    public String unchanged() {
        return compiler.outputs().stream()
                .filter(o -> o.counts() != null && o.counts().reused() > 0)
                .sorted(Comparator.comparing(o -> o.name().equals("pdf")))
                .map(o -> o.counts().reused() + " of " + o.counts().total()
                        + (o.name().equals("pdf") ? " handouts" : " pages"))
                .collect(Collectors.joining(", "));
    }

    /** "0.42 s". */
    public static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.2f s", d.toNanos() / 1e9);
    }

    /** "1 page", "2 pages". */
    public static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** The lines {@code pil} prints. */
    public ForCommandLine forCommandLine() {
        return new ForCommandLine();
    }

    /** The lines the Maven goals log, and the messages they fail with. */
    public ForMaven forMaven() {
        return new ForMaven();
    }

    /** The summaries of the command line. */
    public final class ForCommandLine {
        private ForCommandLine() {}

        /** {@code pil check}: "checked 2 leaflets, 3 pages: 0 errors, 1 warning". */
        public String checked() {
            return "checked " + plural(leaflets(), "leaflet") + ", " + plural(pages(), "page") + ": " + counts();
        }

        /** {@code pil build}: "built 2 leaflets, 3 pages (2 unchanged), 3 PDFs into build/site in 1.20 s (…)". */
        public String built() {
            return "built " + plural(leaflets(), "leaflet") + ", " + written() + " into " + options.outputFolder()
                    + " in " + times() + (warnings() > 0 ? "; " + counts() : "");
        }

        /** {@code pil build} when nothing changed. */
        public String upToDate() {
            return "nothing changed since the last build: " + plural(leaflets(), "leaflet") + ", " + totals() + " in "
                    + options.outputFolder() + " are up to date (checked in " + times().replaceFirst(" \\(.*", "")
                    + "; --clean builds anyway)" + (warnings() > 0 ? "; " + counts() : "");
        }

        /** {@code pil build --fail-on-warnings} stopped by its check. */
        public String stoppedByWarnings() {
            return "pil: build stopped: " + counts() + " and --fail-on-warnings; " + options.outputFolder()
                    + " was not changed";
        }

        /** {@code pil build} with errors. */
        public String buildFailed() {
            return "pil: build failed: " + counts() + "; " + options.outputFolder() + " was not changed";
        }

        /** {@code pil build --fail-on-warnings} with warnings found only while rendering. */
        public String warningsWhileRendering() {
            return "pil: " + counts() + " while rendering, with --fail-on-warnings; the new site was written";
        }

        /** The build before serving, with errors. */
        public String servedBuildFailed() {
            return "pil: build failed: " + counts();
        }

        /** The build before serving: "built 3 pages in 1.20 s (…)", or that nothing changed. */
        public String servedBuilt() {
            return result.upToDate()
                    ? "nothing changed since the last build: " + plural(pages(), "page") + " up to date"
                    : "built " + plural(pages(), "page") + " in " + times();
        }

        /** A rebuild while watching: "rebuilt 3 pages (2 unchanged) in 0.30 s (load …)", or that it failed. */
        public String rebuilt() {
            return hasErrors()
                    ? "rebuild failed: " + counts() + "; still serving the last good site"
                    : "rebuilt " + written() + " in " + seconds(took) + " " + times().replaceFirst("^[^(]*", "");
        }
    }

    /** The summaries and failure messages of the Maven goals. */
    public final class ForMaven {
        private ForMaven() {}

        /** {@code pil:check} without failure. */
        public String checked() {
            return "Pil checked " + plural(leaflets(), "leaflet") + " in " + options.contentFolder() + ": no errors"
                    + (warnings() > 0 ? ", " + plural(warnings(), "warning") : ", no warnings");
        }

        /** Why the goal fails ({@link #failed()}): "Pil found 1 error and 0 warnings in …; … was not changed (…)". */
        public String failure() {
            String consequence = kind == Kind.CHECK
                    ? null
                    : result.published()
                            ? "the site was written to " + options.outputFolder() + " all the same"
                            : options.outputFolder() + " was not changed";
            return "Pil found " + errorsAndWarnings() + " in " + options.contentFolder()
                    + (hasErrors() ? "" : " (failOnWarnings is on)") + (consequence == null ? "" : "; " + consequence)
                    + " (each problem is listed above)";
        }

        /** A build when nothing changed. */
        public String upToDate() {
            return "Pil: nothing changed since the last build; " + options.outputFolder() + " is up to date ("
                    + plural(leaflets(), "leaflet") + ", " + plural(pages(), "page")
                    + (warnings() > 0 ? "; " + plural(warnings(), "warning") : "") + ")";
        }

        /** A build: "Pil built 2 leaflets, 3 pages (html, index, pdf) into … in 1.2 s". */
        public String built() {
            Duration total = result.stageTimes().values().stream().reduce(Duration.ZERO, Duration::plus);
            return "Pil built " + plural(leaflets(), "leaflet") + ", " + plural(pages(), "page") + " ("
                    + String.join(", ", new TreeSet<>(compiler.formats())) + ") into " + options.outputFolder() + " in "
                    + String.format(Locale.ROOT, "%.1f s", total.toNanos() / 1e9)
                    + (warnings() > 0 ? "; " + plural(warnings(), "warning") : "");
        }

        /** What a build took over from the previous one; {@code null} when nothing. */
        public String tookOver() {
            String unchanged = unchanged();
            return unchanged.isEmpty()
                    ? null
                    : "Pil took over from the previous build what did not change: " + unchanged + " (delete "
                            + options.outputFolder() + ", e.g. with mvn clean, to write everything afresh)";
        }

        /** A rebuild while watching: "Pil rebuilt … in 0.30 s, 1 of 3 pages written, 1 of 3 handouts written", or that it failed. */
        public String rebuilt() {
            return hasErrors()
                    ? "Pil: the change has errors (listed above); still serving the last good site"
                    : "Pil rebuilt " + options.outputFolder() + " in " + seconds(took)
                            + compiler.outputs().stream()
                                    .filter(o -> o.counts() != null)
                                    .map(o -> ", " + o.counts().written() + " of "
                                            + o.counts().total() + (o.name().equals("pdf") ? " handouts" : " pages")
                                            + " written")
                                    .collect(Collectors.joining());
        }

        /**
         * One diagnostic on one line: {@code /abs/path/content/ct-scan/nl.md:24:1: message (hint: …)}. The compiler shows
         * paths relative to the JVM's working folder, which under Maven need not be the project's folder (think
         * {@code mvn -f} or a multi-module build), so they are made absolute again.
         */
        public static String line(Diagnostic d) {
            return absolute(d.file()) + ":" + Math.max(1, d.line()) + ":" + Math.max(1, d.column()) + ": " + d.message()
                    + (d.hint() == null || d.hint().isBlank() ? "" : " (hint: " + d.hint() + ")");
        }

        /** The diagnostic's file made absolute when it names an existing file or folder; otherwise as it is. */
        public static String absolute(String file) {
            try {
                Path path = Path.of(file);
                if (path.isAbsolute()) {
                    return file;
                }
                Path abs = path.toAbsolutePath().normalize();
                return Files.exists(abs) ? abs.toString() : file;
            } catch (InvalidPathException e) {
                return file;
            }
        }
    }
}
