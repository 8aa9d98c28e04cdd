package nl.pil.maven;

import nl.pil.app.BuildSummary;
import nl.pil.app.Pil;
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
        BuildSummary checked = new Pil(pilOptions()).check();
        log(checked);
        if (checked.failed()) {
            throw new MojoFailureException(checked.forMaven().failure());
        }
        getLog().info(checked.forMaven().checked());
    }
}
