package nl.pil.cli;

import java.util.concurrent.Callable;
import nl.pil.app.BuildSummary;
import nl.pil.app.Pil;
import nl.pil.output.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        description = "Build the site into the output folder. On errors the previous output is left untouched.")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Mixin
    OutputOptions output = new OutputOptions();

    @Mixin
    PublishOptions publish = new PublishOptions();

    @Option(names = "--fail-on-warnings", description = "Treat warnings as errors.")
    boolean failOnWarnings;

    @Option(
            names = "--strict",
            description = "Warnings of the check rules count as errors, as 'checks: {strict: true}' in site.yaml.")
    boolean strict;

    @Option(
            names = {"-q", "--quiet"},
            description = "No progress, only problems and the closing summary.")
    boolean quiet;

    @Option(
            names = "--clean",
            description = "Write every page, handout and search index afresh, instead of taking over "
                    + "what the previous build made from the same inputs.")
    boolean clean;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Pil pil = new Pil(project.toOptions(b -> publish.applyTo(output.applyTo(b))
                .clean(clean)
                .failOnWarnings(failOnWarnings)
                .strict(strict)));
        var err = spec.commandLine().getErr();
        var out = spec.commandLine().getOut();
        BuildSummary built = pil.build(quiet ? Progress.NONE : new ConsoleProgress(err, ConsoleProgress.onTerminal()));
        BuildSummary.ForCommandLine says = built.forCommandLine();
        Report.diagnostics(built, err);
        if (built.stoppedByWarnings()) {
            err.println(says.stoppedByWarnings());
            return Main.CONTENT_ERRORS;
        }
        if (built.hasErrors()) {
            err.println(says.buildFailed());
            return Main.CONTENT_ERRORS;
        }
        if (built.warningsFail()) {
            err.println(says.warningsWhileRendering());
            return Main.CONTENT_ERRORS;
        }
        out.println(built.upToDate() ? says.upToDate() : says.built());
        return 0;
    }
}
