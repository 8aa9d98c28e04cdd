package nl.pil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.pil.app.Pil;
import nl.pil.render.TemplateError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "bundle",
        mixinStandardHelpOptions = true,
        description = {
            "Print one care-path packet (content/bundles/ID.yaml) as a PDF, without building the site: a cover with",
            "the preparation warnings, the contents, then each leaflet. 'pil build' makes every packet with the site."
        })
final class BundleCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Parameters(index = "0", paramLabel = "ID", description = "The bundle: the name of its file in content/bundles/.")
    String id;

    @Option(
            names = "--lang",
            paramLabel = "LANG",
            description = "The packet's language (default: the source language, the first in site.yaml).")
    String lang;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Where the PDF goes (default: build/ID-LANG.pdf; folders are made).")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Pil.BundleOutcome outcome;
        try {
            outcome = new Pil(project.toOptions(java.util.function.UnaryOperator.identity())).bundle(id, lang, output);
        } catch (IllegalArgumentException e) {
            err.println("pil: " + e.getMessage());
            return Main.USAGE;
        } catch (TemplateError e) {
            err.println(e.getMessage());
            return Main.CONTENT_ERRORS;
        }
        Report.diagnostics(outcome.checked(), err);
        if (outcome.pages() == 0) {
            err.println("pil: the packet was not printed: fix the errors above first");
            return Main.CONTENT_ERRORS;
        }
        out.println("wrote " + outcome.file() + ": " + outcome.pages() + " pages");
        return 0;
    }
}
