package nl.pil.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.pil.build.BuildOptions;
import nl.pil.build.BuildResult;
import nl.pil.model.Diagnostic;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** Parameters and reporting shared by the goals. */
abstract class AbstractPilMojo extends AbstractMojo {
    /**
     * Lucene tells java.util.logging, on stderr, that the incubating Vector API is not enabled; in a Maven log that
     * reads like a problem with the build (search indexes of leaflets are small, so it does not matter). Kept in a
     * field: java.util.logging holds loggers weakly, and a collected one would forget its level.
     */
    private static final Logger LUCENE_VECTORS = Logger.getLogger("org.apache.lucene.internal.vectorization");

    static {
        LUCENE_VECTORS.setLevel(Level.SEVERE);
    }

    /** The project's folder; the defaults below are relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    /** Content folder holding {@code site.yaml} and one folder per leaflet. */
    @Parameter(property = "pil.content", defaultValue = "${project.basedir}/content", required = true)
    File content;

    /**
     * Template folder whose files shadow the built-in templates of the same name. Optional: when the default
     * folder does not exist, the built-in templates are used; a folder configured explicitly must exist.
     */
    @Parameter(property = "pil.templates", defaultValue = "${project.basedir}/templates")
    File templates;

    /** Fail on warnings too, not only on errors. */
    @Parameter(property = "pil.failOnWarnings", defaultValue = "false")
    boolean failOnWarnings;

    /** Check review deadlines against this date ({@code YYYY-MM-DD}) instead of today, for reproducible builds. */
    @Parameter(property = "pil.today")
    String today;

    /**
     * Publish only these of {@code site.yaml}'s languages (e.g. {@code nl,en}); empty publishes all. Every language is
     * still checked, so a translation that contradicts its source fails the build either way.
     */
    @Parameter(property = "pil.languages")
    List<String> languages;

    /** Skip this goal. */
    @Parameter(property = "pil.skip", defaultValue = "false")
    boolean skip;

    /** The goal's name, for log lines. */
    abstract String goal();

    /** {@code true} when the goal is skipped (and says so). */
    boolean skipped() {
        if (skip) {
            getLog().info("Pil " + goal() + " skipped (pil.skip)");
        }
        return skip;
    }

    BuildOptions options() throws MojoExecutionException {
        if (!content.isDirectory()) {
            // the compiler would say so too, with a hint about the command line's --content
            throw new MojoExecutionException("content folder " + content + " does not exist; it holds site.yaml and one folder per "
                    + "leaflet (parameter content / pil.content)");
        }
        List<Path> folders = new ArrayList<>();
        if (templates != null) {
            if (templates.isDirectory()) {
                folders.add(templates.toPath());
            } else if (basedir == null || !templates.getAbsoluteFile().equals(new File(basedir, "templates").getAbsoluteFile())) {
                throw new MojoExecutionException("templates folder " + templates + " does not exist (parameter templates / pil.templates)");
            }
        }
        List<String> chosen = new ArrayList<>();
        if (languages != null) {
            for (String item : languages) {
                for (String lang : item.split(",")) {
                    if (!lang.isBlank()) {
                        chosen.add(lang.strip());
                    }
                }
            }
        }
        return new BuildOptions(content.toPath(), folders, outputFolder().toPath(), today(), formats(), false, chosen);
    }

    /** Where the site is written. The check goal writes nothing, so it has no parameter for it. */
    File outputFolder() {
        return new File(basedir, "target/pil-site");
    }

    /** Which outputs to write; the check goal writes none, so it has no parameter for it. */
    Set<String> formats() throws MojoExecutionException {
        return BuildOptions.FORMATS;
    }

    LocalDate today() throws MojoExecutionException {
        if (today == null || today.isBlank()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(today.strip());
        } catch (DateTimeParseException e) {
            throw new MojoExecutionException("today must be a date like 2026-03-01, not '" + today + "' (parameter today / pil.today)");
        }
    }

    /** Logs each diagnostic as {@code path:line:col: message} at its level, with the path absolute so IDEs link it. */
    void log(BuildResult result) {
        for (Diagnostic d : result.diagnostics()) {
            if (d.isError()) {
                getLog().error(line(d));
            } else {
                getLog().warn(line(d));
            }
        }
    }

    /**
     * One diagnostic on one line: {@code /abs/path/content/ct-scan/nl.md:24:1: message (hint: …)}. The compiler shows
     * paths relative to the JVM's working folder, which under Maven need not be the project's folder (think
     * {@code mvn -f} or a multi-module build), so they are made absolute again.
     */
    static String line(Diagnostic d) {
        return absolute(d.file()) + ":" + Math.max(1, d.line()) + ":" + Math.max(1, d.column()) + ": " + d.message()
                + (d.hint() == null || d.hint().isBlank() ? "" : " (hint: " + d.hint() + ")");
    }

    /** The diagnostic's file made absolute when it names an existing file or folder; otherwise as it is. */
    static String absolute(String file) {
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

    /** Fails the build when the result has errors, or warnings with {@code failOnWarnings}. */
    void failOnProblems(BuildResult result, String consequence) throws MojoFailureException {
        if (result.hasErrors() || (failOnWarnings && result.warningCount() > 0)) {
            throw new MojoFailureException("Pil found " + counts(result) + " in " + content
                    + (result.hasErrors() ? "" : " (failOnWarnings is on)") + (consequence == null ? "" : "; " + consequence)
                    + " (each problem is listed above)");
        }
    }

    static String counts(BuildResult result) {
        return plural(result.errorCount(), "error") + " and " + plural(result.warningCount(), "warning");
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    static String seconds(BuildResult result) {
        Duration total = result.stageTimes().values().stream().reduce(Duration.ZERO, Duration::plus);
        return String.format(Locale.ROOT, "%.1f s", total.toNanos() / 1e9);
    }
}
