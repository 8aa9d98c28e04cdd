package nl.pil.cli;

import java.util.concurrent.Callable;
import nl.pil.app.BuildSummary;
import nl.pil.app.Pil;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = "Report every problem in the content without writing any output.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Option(names = "--fail-on-warnings", description = "Treat warnings as errors.")
    boolean failOnWarnings;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        BuildSummary checked = new Pil(project.toOptions(b -> b.failOnWarnings(failOnWarnings))).check();
        Report.diagnostics(checked, spec.commandLine().getErr());
        spec.commandLine().getOut().println(checked.forCommandLine().checked());
        return checked.failed() ? Main.CONTENT_ERRORS : 0;
    }
}
