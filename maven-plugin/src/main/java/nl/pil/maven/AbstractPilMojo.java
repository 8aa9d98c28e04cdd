package nl.pil.maven;

import java.io.File;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.pil.app.BuildSummary;
import nl.pil.app.InvalidOptionException;
import nl.pil.app.Options;
import nl.pil.compile.BuildOptions;
import nl.pil.model.Diagnostic;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/** Parameters shared by the goals, mapped into Pil's {@link Options}, and the logging of problems. */
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

    /**
     * Warnings of the check rules count as errors (as {@code checks: {strict: true}} in {@code site.yaml}), for this
     * run, whatever {@code site.yaml} says. Warnings that are not a rule's stay warnings ({@code failOnWarnings} fails
     * on those too).
     */
    @Parameter(property = "pil.strict", defaultValue = "false")
    boolean strict;

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

    /** The goal's parameters as the options Pil checks; a wrong one fails the goal, naming the parameter. */
    Options pilOptions() throws MojoExecutionException {
        Options.Builder builder = Options.builder().requireFolders(true).content(content.toPath());
        if (templates != null) {
            // the default folder may be missing (built-in templates); one configured explicitly must exist
            boolean byDefault = basedir != null
                    && templates.getAbsoluteFile().equals(new File(basedir, "templates").getAbsoluteFile());
            builder = byDefault ? builder.defaultTemplates(templates.toPath()) : builder.templates(templates.toPath());
        }
        builder.output(outputFolder().toPath())
                .today(today)
                .formats(formatItems())
                .languages(languages)
                .failOnWarnings(failOnWarnings)
                .strict(strict);
        try {
            return more(builder).build();
        } catch (InvalidOptionException e) {
            throw invalid(e);
        }
    }

    /** The options only this goal has. */
    Options.Builder more(Options.Builder builder) {
        return builder;
    }

    BuildOptions options() throws MojoExecutionException {
        return pilOptions().buildOptions();
    }

    /** A wrong parameter: the message Pil gives, with the parameter and its property named. */
    static MojoExecutionException invalid(InvalidOptionException e) {
        String name = e.option().key();
        return new MojoExecutionException(e.message(" (parameter " + name + " / pil." + name + ")"));
    }

    /** Where the site is written. The check goal writes nothing, so it has no parameter for it. */
    File outputFolder() {
        return new File(basedir, "target/pil-site");
    }

    /** Which outputs to write, as configured; the check goal writes none, so it has no parameter for it. */
    List<String> formatItems() {
        return null;
    }

    LocalDate today() throws MojoExecutionException {
        try {
            return Options.today(today);
        } catch (InvalidOptionException e) {
            throw invalid(e);
        }
    }

    /** Logs each diagnostic as {@code path:line:col: message} at its level, with the path absolute so IDEs link it. */
    void log(BuildSummary summary) {
        for (Diagnostic d : summary.diagnostics()) {
            if (d.isError()) {
                getLog().error(line(d));
            } else {
                getLog().warn(line(d));
            }
        }
    }

    /** One diagnostic on one line, its path absolute: see {@link BuildSummary.ForMaven#line}. */
    static String line(Diagnostic d) {
        return BuildSummary.ForMaven.line(d);
    }
}
