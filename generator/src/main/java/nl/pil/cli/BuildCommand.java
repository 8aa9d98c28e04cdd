package nl.pil.cli;

import java.util.concurrent.Callable;
import nl.pil.build.BuildResult;
import nl.pil.build.Compiler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the site into the output folder. On errors the previous output is left untouched.")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Option(names = "--fail-on-warnings", description = "Treat warnings as errors.")
    boolean failOnWarnings;

    @Option(names = {"-q", "--quiet"}, description = "No progress, only problems and the closing summary.")
    boolean quiet;

    @Option(names = "--clean", description = "Write every page, handout and search index afresh, instead of taking over "
            + "what the previous build made from the same inputs.")
    boolean clean;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var options = project.toBuildOptions().withClean(clean);
        var err = spec.commandLine().getErr();
        var out = spec.commandLine().getOut();
        if (failOnWarnings) {
            // check first, so a warning stops the build before anything is written
            BuildResult checked = new Compiler(options).check();
            if (checked.hasErrors() || checked.warningCount() > 0) {
                Report.diagnostics(checked, err);
                err.println("pil: build stopped: " + Report.counts(checked) + " and --fail-on-warnings; " + options.outputFolder() + " was not changed");
                return Main.CONTENT_ERRORS;
            }
        }
        Compiler compiler = new Compiler(options, quiet ? nl.pil.build.Progress.NONE : new ConsoleProgress(err, ConsoleProgress.onTerminal()));
        BuildResult result = compiler.buildIfChanged();
        Report.diagnostics(result, err);
        if (result.hasErrors()) {
            err.println("pil: build failed: " + Report.counts(result) + "; " + options.outputFolder() + " was not changed");
            return Main.CONTENT_ERRORS;
        }
        if (failOnWarnings && result.warningCount() > 0) {
            err.println("pil: " + Report.counts(result) + " while rendering, with --fail-on-warnings; the new site was written");
            return Main.CONTENT_ERRORS;
        }
        if (result.upToDate()) {
            out.println("nothing changed since the last build: " + Report.plural(result.leaflets(), "leaflet") + ", "
                    + Report.totals(compiler, result) + " in " + options.outputFolder() + " are up to date (checked in "
                    + Report.times(result).replaceFirst(" \\(.*", "") + "; --clean builds anyway)"
                    + (result.warningCount() > 0 ? "; " + Report.counts(result) : ""));
            return 0;
        }
        out.println("built " + Report.plural(result.leaflets(), "leaflet") + ", " + Report.written(compiler, result) + " into " + options.outputFolder() + " in " + Report.times(result)
                + (result.warningCount() > 0 ? "; " + Report.counts(result) : ""));
        return 0;
    }
}
