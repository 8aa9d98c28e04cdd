package nl.pil.maven;

import java.io.File;
import java.util.List;
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
    void runHere(Params params) throws GoalException {
        Goals.build(params, new MavenOut(getLog()));
    }
}
