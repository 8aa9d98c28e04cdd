package nl.pil.cli;

import java.util.concurrent.Callable;
import nl.pil.build.BuildResult;
import nl.pil.build.Compiler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true,
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
        BuildResult result = new Compiler(project.toBuildOptions()).check();
        Report.diagnostics(result, spec.commandLine().getErr());
        spec.commandLine().getOut().println("checked " + Report.plural(result.leaflets(), "leaflet") + ", "
                + Report.plural(result.pages(), "page") + ": " + Report.counts(result));
        return result.hasErrors() || (failOnWarnings && result.warningCount() > 0) ? Main.CONTENT_ERRORS : 0;
    }
}
