package nl.pil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.pil.app.BuildSummary;
import nl.pil.app.InvalidOptionException;
import nl.pil.app.Options;
import nl.pil.app.Pil;
import nl.pil.report.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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

    @Option(
            names = "--strict",
            description = "Warnings of the check rules count as errors, as 'checks: {strict: true}' in site.yaml.")
    boolean strict;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            completionCandidates = FormatNames.class,
            description = "How to report: text (to stderr), json or sarif (to stdout) (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(
            names = "--output",
            paramLabel = "FILE",
            description = "Write the report to FILE instead (folders are made).")
    Path output;

    @Spec
    CommandSpec spec;

    static final class FormatNames extends java.util.ArrayList<String> {
        FormatNames() {
            super(java.util.List.of("text", "json", "sarif"));
        }
    }

    @Override
    public Integer call() throws IOException {
        ReportFormat chosen;
        try {
            chosen = Options.reportFormat(format);
        } catch (InvalidOptionException e) {
            throw new ParameterException(spec.commandLine(), "--format: " + e.getMessage());
        }
        BuildSummary checked =
                new Pil(project.toOptions(b -> b.failOnWarnings(failOnWarnings).strict(strict))).check();
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        String summary = checked.forCommandLine().checked();
        if (chosen == ReportFormat.TEXT && output == null) {
            Report.diagnostics(checked, err);
            out.println(summary);
        } else {
            String report = checked.report(chosen, Path.of(""));
            if (chosen != ReportFormat.TEXT) {
                Report.diagnostics(checked, err); // the report is for machines; people read the problems here
            }
            if (output == null) {
                out.print(report);
                out.flush();
                err.println(summary); // stdout holds the report alone
            } else {
                write(output, report);
                out.println(summary + "; report in " + output);
            }
        }
        return checked.failed() ? Main.CONTENT_ERRORS : 0;
    }

    private static void write(Path file, String report) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, report, StandardCharsets.UTF_8);
    }
}
