package nl.pil.maven;

import nl.pil.build.BuildResult;
import nl.pil.build.Compiler;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Reports every problem in the content without writing output; fails the build on errors. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractPilMojo {
    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("Pil check skipped");
            return;
        }
        BuildResult result = new Compiler(options()).check();
        report(result);
        getLog().info("Pil checked " + result.leaflets() + " leaflets: " + result.errorCount() + " errors, "
                + result.warningCount() + " warnings");
    }
}
