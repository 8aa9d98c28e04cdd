package nl.pil.maven;

import java.io.File;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import nl.pil.build.BuildOptions;
import nl.pil.build.BuildResult;
import nl.pil.build.Compiler;
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
    Set<String> formats() throws MojoExecutionException {
        return parseFormats(formats);
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
        BuildOptions options = options();
        build(options);
    }

    /** Builds and reports; shared with the serve goal. */
    BuildResult build(BuildOptions options) throws MojoExecutionException, MojoFailureException {
        return build(options, null);
    }

    /** @param session what a watching serve goal keeps between its builds, or {@code null} */
    BuildResult build(BuildOptions options, nl.pil.build.BuildSession session) throws MojoExecutionException, MojoFailureException {
        Compiler compiler = new Compiler(options, nl.pil.build.Progress.NONE, session);
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
            result = compiler.buildIfChanged();
        } catch (IOException e) {
            throw new MojoExecutionException("Pil cannot write " + output + ": " + e.getMessage(), e);
        }
        log(result);
        if (result.upToDate()) {
            getLog().info("Pil: nothing changed since the last build; " + output + " is up to date ("
                    + plural(result.leaflets(), "leaflet") + ", " + plural(result.pages(), "page")
                    + (result.warningCount() > 0 ? "; " + plural(result.warningCount(), "warning") : "") + ")");
            return result;
        }
        // warnings found only while rendering (e.g. missing interface text) come after the site was written
        failOnProblems(result, result.published() ? "the site was written to " + output + " all the same" : output + " was not changed");
        getLog().info("Pil built " + plural(result.leaflets(), "leaflet") + ", " + plural(result.pages(), "page") + " ("
                + String.join(", ", new TreeSet<>(compiler.formats())) + ") into " + output + " in " + seconds(result)
                + (result.warningCount() > 0 ? "; " + plural(result.warningCount(), "warning") : ""));
        String unchanged = compiler.outputs().stream().filter(o -> o.counts() != null && o.counts().reused() > 0)
                .sorted(java.util.Comparator.comparing(o -> o.name().equals("pdf")))
                .map(o -> o.counts().reused() + " of " + o.counts().total() + (o.name().equals("pdf") ? " handouts" : " pages"))
                .collect(java.util.stream.Collectors.joining(", "));
        if (!unchanged.isEmpty()) {
            getLog().info("Pil took over from the previous build what did not change: " + unchanged
                    + " (delete " + output + ", e.g. with mvn clean, to write everything afresh)");
        }
        return result;
    }

    /** {@code true} when formats were named (the default is every format there is). */
    static boolean configured(List<String> formats) {
        return formats != null && !formats.isEmpty();
    }

    /**
     * The formats as configured: a list, comma-separated items, or both; case and spaces do not matter. Not
     * configured: all of them.
     */
    static Set<String> parseFormats(List<String> configured) throws MojoExecutionException {
        if (!configured(configured)) {
            return BuildOptions.FORMATS;
        }
        Set<String> result = new LinkedHashSet<>();
        for (String item : configured) {
            for (String name : item == null ? new String[0] : item.split(",")) {
                String format = name.strip().toLowerCase(Locale.ROOT);
                if (format.isEmpty()) {
                    continue;
                }
                if (!BuildOptions.FORMATS.contains(format)) {
                    throw new MojoExecutionException("unknown format '" + name.strip() + "' (parameter formats / pil.formats); choose from "
                            + String.join(", ", new TreeSet<>(BuildOptions.FORMATS)));
                }
                result.add(format);
            }
        }
        if (result.isEmpty()) {
            throw new MojoExecutionException("no output format chosen (parameter formats / pil.formats); choose from "
                    + String.join(", ", new TreeSet<>(BuildOptions.FORMATS)));
        }
        return result;
    }

    /** Warns about formats named in the configuration that this version cannot write (PDFs before they exist). */
    void warnUnavailable(BuildOptions options, Compiler compiler) {
        if (!configured(formats)) {
            return;
        }
        for (String format : new TreeSet<>(options.formats())) {
            if (!compiler.formats().contains(format)) {
                getLog().warn("Pil: the " + format + " output is not available in this version of Pil; skipped");
            }
        }
    }
}
