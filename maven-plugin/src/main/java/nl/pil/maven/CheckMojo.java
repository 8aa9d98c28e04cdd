package nl.pil.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import nl.pil.app.BuildSummary;
import nl.pil.app.InvalidOptionException;
import nl.pil.app.Options;
import nl.pil.app.Pil;
import nl.pil.report.ReportFormat;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Reports every problem in the content without writing the site, and fails the build on errors (or on warnings
 * with {@code failOnWarnings}). Besides logging them it writes them to {@code report} (SARIF by default), also when
 * it fails, for code-scanning services and CI. Bound to {@code verify} by default.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractPilMojo {
    /**
     * The file the problems are written to, its folders made as needed. File names in it are relative to the
     * project's folder.
     */
    @Parameter(property = "pil.report", defaultValue = "${project.build.directory}/pil/check.sarif")
    File report;

    /**
     * The report's format: {@code sarif} (SARIF 2.1.0), {@code json} (Pil's own, see {@code docs/checks.md}),
     * {@code text} (the lines {@code pil check} prints) or {@code none} to write no report.
     */
    @Parameter(property = "pil.reportFormat", defaultValue = "sarif")
    String reportFormat;

    @Override
    String goal() {
        return "check";
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        ReportFormat format = reportFormat();
        BuildSummary checked = new Pil(pilOptions()).check();
        log(checked);
        if (format != null && report != null) {
            Path file = report.toPath();
            Path base = basedir != null ? basedir.toPath() : Path.of("");
            try {
                if (file.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(file.toAbsolutePath().getParent());
                }
                Files.writeString(file, checked.report(format, base), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new MojoExecutionException("Pil cannot write the report " + file + ": " + e.getMessage(), e);
            }
            getLog().info("Pil wrote its report (" + format.key() + ") to " + file);
        }
        if (checked.failed()) {
            throw new MojoFailureException(checked.forMaven().failure());
        }
        getLog().info(checked.forMaven().checked());
    }

    /** The format asked for; {@code null} for none. */
    private ReportFormat reportFormat() throws MojoExecutionException {
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
}
