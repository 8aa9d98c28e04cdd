package nl.pil.maven;

import java.io.File;
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
    Params more(Params p) {
        return p.set("report", report).set("reportFormat", reportFormat);
    }

    @Override
    void runHere(Params params) throws GoalException {
        Goals.check(params, new MavenOut(getLog()));
    }
}
