package nl.pil.maven;

import java.io.File;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.pil.build.BuildOptions;
import nl.pil.build.BuildResult;
import nl.pil.model.Diagnostic;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** Parameters and reporting shared by the goals. */
abstract class AbstractPilMojo extends AbstractMojo {
    /** Content folder holding site.yaml and one folder per leaflet. */
    @Parameter(property = "pil.content", defaultValue = "${project.basedir}/content")
    File content;

    /** Template folder whose files override the built-in templates (optional). */
    @Parameter(property = "pil.templates", defaultValue = "${project.basedir}/templates")
    File templates;

    /** Output folder of the built site. */
    @Parameter(property = "pil.output", defaultValue = "${project.build.directory}/site")
    File output;

    /** Treat warnings as errors. */
    @Parameter(property = "pil.failOnWarnings", defaultValue = "false")
    boolean failOnWarnings;

    /** Skip this goal. */
    @Parameter(property = "pil.skip", defaultValue = "false")
    boolean skip;

    BuildOptions options() {
        List<java.nio.file.Path> folders = new ArrayList<>();
        if (templates != null && templates.isDirectory()) {
            folders.add(templates.toPath());
        }
        return new BuildOptions(content.toPath(), folders, output.toPath(), LocalDate.now());
    }

    /** Logs each diagnostic as {@code path:line:col: message} at its level, so IDEs link them. */
    void report(BuildResult result) throws MojoFailureException {
        for (Diagnostic d : result.diagnostics()) {
            String line = d.file() + ":" + Math.max(1, d.line()) + ":" + Math.max(1, d.column()) + ": " + d.message()
                    + (d.hint() == null ? "" : " (hint: " + d.hint() + ")");
            if (d.isError()) {
                getLog().error(line);
            } else {
                getLog().warn(line);
            }
        }
        if (result.hasErrors() || (failOnWarnings && result.warningCount() > 0)) {
            throw new MojoFailureException("Pil found " + result.errorCount() + " error(s) and " + result.warningCount()
                    + " warning(s) in " + content);
        }
    }
}
