package nl.pil.maven;

import java.io.IOException;
import nl.pil.build.BuildResult;
import nl.pil.build.Compiler;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Builds the site from the content folder; on content errors the build fails and the previous output stays. */
@Mojo(name = "build", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class BuildMojo extends AbstractPilMojo {
    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Pil build skipped");
            return;
        }
        BuildResult result;
        try {
            result = new Compiler(options()).build();
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write " + output + ": " + e.getMessage(), e);
        }
        report(result);
        getLog().info("Pil built " + result.leaflets() + " leaflets, " + result.pages() + " pages into " + output);
    }
}
