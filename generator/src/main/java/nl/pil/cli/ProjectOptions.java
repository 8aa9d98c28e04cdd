package nl.pil.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import nl.pil.app.InvalidOptionException;
import nl.pil.app.Options;
import nl.pil.compile.BuildOptions;
import picocli.CommandLine.Option;

/**
 * Options of every command that reads content, as picocli reads them; {@link Options} checks them. Commands that
 * write the site add {@link OutputOptions} and {@link PublishOptions}, so that each command's help lists only what
 * applies to it.
 */
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
            names = "--today",
            paramLabel = "YYYY-MM-DD",
            description = "Check review dates against this date instead of today.")
    LocalDate today;

    /** The options of the command, with those only it has ({@code more}); a wrong value is a usage error (exit code 2). */
    Options toOptions(UnaryOperator<Options.Builder> more) {
        Options.Builder builder = Options.builder()
                .content(content)
                .templates(templates)
                .defaultTemplates(Path.of("templates"))
                .today(today);
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
