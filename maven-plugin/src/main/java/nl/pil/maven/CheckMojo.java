package nl.pil.maven;

import nl.pil.build.BuildResult;
import nl.pil.build.Compiler;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Reports every problem in the content without writing anything, and fails the build on errors (or on warnings
 * with {@code failOnWarnings}). Bound to {@code verify} by default.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractPilMojo {
    @Override
    String goal() {
        return "check";
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        BuildResult result = new Compiler(options()).check();
        log(result);
        failOnProblems(result, null);
        getLog().info("Pil checked " + plural(result.leaflets(), "leaflet") + " in " + content + ": no errors"
                + (result.warningCount() > 0 ? ", " + plural(result.warningCount(), "warning") : ", no warnings"));
    }
}
