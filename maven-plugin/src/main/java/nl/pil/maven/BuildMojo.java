package nl.pil.maven;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import nl.pil.app.BuildSummary;
import nl.pil.app.InvalidOptionException;
import nl.pil.app.Options;
import nl.pil.app.Pil;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the site from the content folder into the output folder. Every problem is logged as
 * {@code [ERROR] path:line:column: message} (or {@code [WARNING]}); on errors the build fails and the previous
 * output stays as it was. Bound to {@code generate-resources} by default, so the site exists before
 * {@code package} (e.g. for an assembly that zips it).
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class BuildMojo extends AbstractPilMojo {
    /**
     * Output folder of the built site. Not {@code target/site}, which belongs to {@code mvn site}. The folder is
     * replaced as a whole when a build succeeds, and left as it was when it fails.
     */
    @Parameter(property = "pil.output", defaultValue = "${project.build.directory}/pil-site", required = true)
    File output;

    /**
     * Which outputs to write, comma-separated or as a list: {@code html} (pages, sitemap, theme assets),
     * {@code index} (the search index in {@code _search/}), {@code pdf} (print handouts). Default: every output this
     * version of Pil has. A format named here that this version does not have (PDFs, before they exist) is skipped
     * with a warning.
     */
    @Parameter(property = "pil.formats")
    List<String> formats;

    @Override
    File outputFolder() {
        return output;
    }

    @Override
    List<String> formatItems() {
        return formats;
    }

    @Override
    String goal() {
        return "build";
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        BuildSummary built;
        try {
            built = new Pil(pilOptions()).build();
        } catch (IOException e) {
            throw cannotWrite(e);
        }
        report(built);
        if (built.failed()) {
            throw new MojoFailureException(built.forMaven().failure());
        }
    }

    MojoExecutionException cannotWrite(IOException e) {
        return new MojoExecutionException("Pil cannot write " + output + ": " + e.getMessage(), e);
    }

    /** Logs a build: formats this version lacks, the problems, and when it did not fail, what it wrote; shared with the serve goal. */
    void report(BuildSummary built) {
        if (configured(formats)) {
            for (String format : built.unavailableFormats()) {
                getLog().warn("Pil: the " + format + " output is not available in this version of Pil; skipped");
            }
        }
        log(built);
        if (built.failed()) {
            return;
        }
        if (built.upToDate()) {
            getLog().info(built.forMaven().upToDate());
            return;
        }
        getLog().info(built.forMaven().built());
        String tookOver = built.forMaven().tookOver();
        if (tookOver != null) {
            getLog().info(tookOver);
        }
    }

    /** {@code true} when formats were named (the default is every format there is). */
    static boolean configured(List<String> formats) {
        return formats != null && !formats.isEmpty();
    }

    /** The formats as configured (see {@link Options#formats}); not configured: all of them. */
    static Set<String> parseFormats(List<String> configured) throws MojoExecutionException {
        try {
            return Options.formats(configured);
        } catch (InvalidOptionException e) {
            throw invalid(e);
        }
    }
}
