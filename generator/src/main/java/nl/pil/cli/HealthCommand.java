package nl.pil.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.pil.app.Pil;
import nl.pil.model.Diagnostic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "health",
        mixinStandardHelpOptions = true,
        description = {
            "Write the content-health page for the hospital's team: per leaflet and language its reading ease, review",
            "date, translation status and the check's findings by rule. It goes to a staff folder, never into the site."
        })
final class HealthCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Mixin
    OutputOptions output = new OutputOptions();

    @Option(
            names = "--report",
            paramLabel = "DIR",
            defaultValue = "build/health",
            description =
                    "Where the page goes: DIR/index.html, outside the site's output folder (default: ${DEFAULT-VALUE}).")
    Path report;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Pil.HealthOutcome outcome;
        try {
            outcome = new Pil(project.toOptions(output::applyTo)).health(report);
        } catch (IllegalArgumentException e) {
            err.println("pil: " + e.getMessage());
            return Main.USAGE;
        }
        if (outcome.written().isEmpty()) {
            outcome.checked().diagnostics().stream().filter(Diagnostic::isError).forEach(d -> err.println(d.format()));
            err.println("pil: the content could not be loaded; fix the errors above first");
            return Main.CONTENT_ERRORS;
        }
        var written = outcome.written().get();
        out.println(
                "health report written to " + written.file() + ": " + written.rows() + " rows (leaflet × language); "
                        + outcome.checked().forCommandLine().checked());
        return 0;
    }
}
