package nl.pil.maven;

import java.io.IOException;
import java.util.TreeSet;
import nl.pil.build.BuildOptions;
import nl.pil.build.BuildResult;
import nl.pil.build.Compiler;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Builds the site from the content folder into the output folder. Every problem is logged as
 * {@code [ERROR] path:line:column: message} (or {@code [WARNING]}); on errors the build fails and the previous
 * output stays as it was. Bound to {@code generate-resources} by default, so the site exists before
 * {@code package} (e.g. for an assembly that zips it).
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class BuildMojo extends AbstractPilMojo {
    @Override
    String goal() {
        return "build";
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        BuildOptions options = options();
        build(options);
    }

    /** Builds and reports; shared with the serve goal. */
    BuildResult build(BuildOptions options) throws MojoExecutionException, MojoFailureException {
        Compiler compiler = new Compiler(options);
        warnUnavailable(options, compiler);
        if (failOnWarnings) {
            // check first, so that warnings fail the build before anything is written
            BuildResult checked = compiler.check();
            if (checked.warningCount() > 0 || checked.hasErrors()) {
                log(checked);
                failOnProblems(checked, output + " was not changed");
            }
        }
        BuildResult result;
        try {
            result = compiler.build();
        } catch (IOException e) {
            throw new MojoExecutionException("Pil cannot write " + output + ": " + e.getMessage(), e);
        }
        log(result);
        // warnings found only while rendering (e.g. missing interface text) come after the site was written
        failOnProblems(result, result.published() ? "the site was written to " + output + " all the same" : output + " was not changed");
        getLog().info("Pil built " + plural(result.leaflets(), "leaflet") + ", " + plural(result.pages(), "page") + " ("
                + String.join(", ", new TreeSet<>(compiler.formats())) + ") into " + output + " in " + seconds(result)
                + (result.warningCount() > 0 ? "; " + plural(result.warningCount(), "warning") : ""));
        return result;
    }
}
