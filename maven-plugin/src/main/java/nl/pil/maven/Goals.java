package nl.pil.maven;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.pil.app.BuildSummary;
import nl.pil.app.InvalidOptionException;
import nl.pil.app.Options;
import nl.pil.app.Pil;
import nl.pil.app.ServeException;
import nl.pil.app.ServeListener;
import nl.pil.app.ServeOutcome;
import nl.pil.model.Diagnostic;
import nl.pil.report.ReportFormat;

/**
 * What the goals do, on Pil's classes (Java 21): only ever loaded on Java 21 or newer, in Maven's JVM when it is new
 * enough, otherwise in a forked one ({@link Forked}). The mojos reach it only after {@link JavaFinder} said where.
 */
final class Goals {
    /**
     * Lucene tells java.util.logging, on stderr, that the incubating Vector API is not enabled; in a Maven log that
     * reads like a problem with the build (search indexes of leaflets are small, so it does not matter). Kept in a
     * field: java.util.logging holds loggers weakly, and a collected one would forget its level.
     */
    private static final Logger LUCENE_VECTORS = Logger.getLogger("org.apache.lucene.internal.vectorization");

    static {
        LUCENE_VECTORS.setLevel(Level.SEVERE);
    }

    private Goals() {}

    static void build(Params p, Out log) throws GoalException {
        BuildSummary built;
        try {
            built = new Pil(options(p)).build();
        } catch (IOException e) {
            throw cannotWrite(p, e);
        }
        report(p, built, log);
        if (built.failed()) {
            throw GoalException.failure(built.forMaven().failure());
        }
    }

    static void check(Params p, Out log) throws GoalException {
        ReportFormat format = reportFormat(p.get("reportFormat"));
        BuildSummary checked = new Pil(options(p)).check();
        log(checked, log);
        String report = p.get("report");
        if (format != null && report != null) {
            Path file = Path.of(report);
            Path base = p.get("basedir") != null ? Path.of(p.get("basedir")) : Path.of("");
            try {
                if (file.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(file.toAbsolutePath().getParent());
                }
                Files.writeString(file, checked.report(format, base), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw GoalException.error("Pil cannot write the report " + file + ": " + e.getMessage(), e);
            }
            log.info("Pil wrote its report (" + format.key() + ") to " + file);
        }
        if (checked.failed()) {
            throw GoalException.failure(checked.forMaven().failure());
        }
        log.info(checked.forMaven().checked());
    }

    /** Builds (unless {@code noBuild}), then serves until {@code stop} is counted down; {@code bound} hears the address. */
    static void serve(Params p, Out log, CountDownLatch stop, Consumer<InetSocketAddress> bound) throws GoalException {
        String output = p.get("output");
        Pil pil = new Pil(options(p));
        ServeOutcome outcome;
        try {
            outcome = pil.serve(new ServeLog(p, log, bound), stop);
        } catch (ServeException e) {
            String reason = e.getMessage();
            switch (e.step()) {
                case BUILD:
                    throw cannotWrite(p, e.getCause());
                case RECOVER:
                    throw GoalException.error("Pil cannot read " + output + ": " + reason, e.getCause());
                case START: // the server's advice names the command line's options
                    throw GoalException.error(
                            "Pil cannot serve " + output + ": "
                                    + String.valueOf(reason)
                                            .replaceAll("--port (\\d+)", "-Dpil.port=$1")
                                            .replace("--port", "-Dpil.port")
                                            .replaceAll("--host (\\S+)", "-Dpil.host=$1")
                                            .replace("--host", "-Dpil.host"),
                            e.getCause());
                default:
                    throw GoalException.error(
                            "Pil cannot watch " + pil.options().contentFolder() + ": " + reason, e.getCause());
            }
        }
        switch (outcome.end()) {
            case STOPPED:
                return;
            case BUILD_FAILED:
                throw GoalException.failure(outcome.build().forMaven().failure());
            case NOTHING_TO_SERVE:
                throw GoalException.failure(
                        "Pil: nothing to serve: " + output + " does not exist; build it first (without pil.noBuild)");
            default:
                throw GoalException.error("Pil: no site server on the plugin's class path (pil-site is missing)", null);
        }
    }

    /** The goal's parameters as the options Pil checks; a wrong one fails the goal, naming the parameter. */
    static Options options(Params p) throws GoalException {
        Options.Builder builder = Options.builder().requireFolders(true).content(Path.of(p.get("content")));
        String templates = p.get("templates");
        if (templates != null) {
            // the default folder may be missing (built-in templates); one configured explicitly must exist
            builder = p.flag("templatesByDefault")
                    ? builder.defaultTemplates(Path.of(templates))
                    : builder.templates(Path.of(templates));
        }
        builder.output(Path.of(p.get("output")))
                .today(p.get("today"))
                .formats(p.list("formats"))
                .languages(p.list("languages"))
                .failOnWarnings(p.flag("failOnWarnings"))
                .strict(p.flag("strict"));
        if (p.goal().equals("serve")) {
            builder.host(p.get("host"))
                    .port(Integer.parseInt(p.get("port")))
                    .noBuild(p.flag("noBuild"))
                    .watch(p.flag("watch"));
        }
        try {
            return builder.build();
        } catch (InvalidOptionException e) {
            throw invalid(e);
        }
    }

    /** The formats as configured (see {@link Options#formats}); not configured: all of them. */
    static Set<String> parseFormats(List<String> configured) throws GoalException {
        try {
            return Options.formats(configured);
        } catch (InvalidOptionException e) {
            throw invalid(e);
        }
    }

    static LocalDate today(String today) throws GoalException {
        try {
            return Options.today(today);
        } catch (InvalidOptionException e) {
            throw invalid(e);
        }
    }

    /** The format asked for; {@code null} for none. */
    private static ReportFormat reportFormat(String reportFormat) throws GoalException {
        if (reportFormat == null
                || reportFormat.strip().toLowerCase(Locale.ROOT).equals("none")) {
            return null;
        }
        try {
            return Options.reportFormat(reportFormat);
        } catch (InvalidOptionException e) {
            throw invalid(e);
        }
    }

    /** A wrong parameter: the message Pil gives, with the parameter and its property named. */
    private static GoalException invalid(InvalidOptionException e) {
        String name = e.option().key();
        return GoalException.error(e.message(" (parameter " + name + " / pil." + name + ")"), null);
    }

    private static GoalException cannotWrite(Params p, IOException e) {
        return GoalException.error("Pil cannot write " + p.get("output") + ": " + e.getMessage(), e);
    }

    /** Logs a build: formats this version lacks, the problems, and when it did not fail, what it wrote. */
    private static void report(Params p, BuildSummary built, Out log) {
        List<String> formats = p.list("formats");
        if (formats != null && !formats.isEmpty()) {
            for (String format : built.unavailableFormats()) {
                log.warn("Pil: the " + format + " output is not available in this version of Pil; skipped");
            }
        }
        log(built, log);
        if (built.failed()) {
            return;
        }
        if (built.upToDate()) {
            log.info(built.forMaven().upToDate());
            return;
        }
        log.info(built.forMaven().built());
        String tookOver = built.forMaven().tookOver();
        if (tookOver != null) {
            log.info(tookOver);
        }
    }

    /** Logs each diagnostic as {@code path:line:col: message} at its level, with the path absolute so IDEs link it. */
    private static void log(BuildSummary summary, Out log) {
        for (Diagnostic d : summary.diagnostics()) {
            if (d.isError()) {
                log.error(line(d));
            } else {
                log.warn(line(d));
            }
        }
    }

    /** One diagnostic on one line, its path absolute: see {@link BuildSummary.ForMaven#line}. */
    static String line(Diagnostic d) {
        return BuildSummary.ForMaven.line(d);
    }

    /** Logs what serving tells, as the build goal logs a build. */
    private static final class ServeLog implements ServeListener {
        private final Params p;
        private final Out log;
        private final Consumer<InetSocketAddress> bound;

        ServeLog(Params p, Out log, Consumer<InetSocketAddress> bound) {
            this.p = p;
            this.log = log;
            this.bound = bound;
        }

        @Override
        public void built(BuildSummary build) {
            report(p, build, log);
        }

        @Override
        public void servingPreviousBuild(BuildSummary build) {
            log.error(build.forMaven().failure());
            log.warn("Pil: serving the previous build in " + p.get("output"));
        }

        @Override
        public void serving(Serving serving) {
            if (serving.watching()) {
                log.info("Pil: watching " + serving.watched() + " for changes");
            }
            bound.accept(serving.address());
            log.info("Pil: serving " + p.get("output") + " on " + serving.boundUrl() + " (Ctrl-C to stop)");
        }

        @Override
        public void rebuilt(BuildSummary rebuild) {
            log(rebuild, log);
            if (rebuild.hasErrors()) {
                log.error(rebuild.forMaven().rebuilt());
            } else {
                log.info(rebuild.forMaven().rebuilt());
            }
        }

        @Override
        public void rebuildFailed(Exception e) {
            log.error("Pil: rebuild failed: " + e.getMessage());
        }

        @Override
        public void stopped() {
            log.info("Pil: stopped serving");
        }
    }
}
