package nl.pil.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import nl.pil.app.InvalidOptionException;
import nl.pil.app.Options;
import nl.pil.compile.BuildOptions;
import picocli.CommandLine.Option;

/** Options shared by the commands that read content, as picocli reads them; {@link Options} checks them. */
final class ProjectOptions {
    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = {"-c", "--content"},
            paramLabel = "DIR",
            defaultValue = "content",
            description = "Content folder, holding site.yaml and one folder per leaflet (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(
            names = {"-t", "--templates"},
            paramLabel = "DIR",
            description =
                    "Template folder whose files override the built-in templates (default: ./templates if it exists).")
    Path templates;

    @Option(
            names = {"-o", "--out"},
            paramLabel = "DIR",
            defaultValue = "build/site",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(
            names = {"-f", "--formats"},
            paramLabel = "LIST",
            split = ",",
            defaultValue = "html,index,pdf",
            description = "Outputs to write: html (pages, sitemap), index (search), pdf (default: ${DEFAULT-VALUE}).")
    Set<String> formats;

    @Option(
            names = "--today",
            paramLabel = "YYYY-MM-DD",
            description = "Check review dates against this date instead of today.")
    LocalDate today;

    @Option(names = "--no-pdf", description = "Do not write PDF handouts (faster previews).")
    boolean noPdf;

    @Option(
            names = "--languages",
            paramLabel = "LIST",
            split = ",",
            description =
                    "Publish only these of site.yaml's languages, e.g. nl,en (default: all). All are still checked.")
    List<String> languages = new ArrayList<>();

    /** The options of the command, with those only it has ({@code more}); a wrong value is a usage error (exit code 2). */
    Options toOptions(UnaryOperator<Options.Builder> more) {
        Options.Builder builder = Options.builder()
                .content(content)
                .templates(templates)
                .defaultTemplates(Path.of("templates"))
                .output(out)
                .formats(formats)
                .noPdf(noPdf)
                .today(today)
                .languages(languages);
        try {
            return more.apply(builder).build();
        } catch (InvalidOptionException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    BuildOptions toBuildOptions() {
        return toOptions(UnaryOperator.identity()).buildOptions();
    }
}
