package nl.pil.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.pil.app.Options;
import picocli.CommandLine.Option;

/** What a build writes: for {@code build}, {@code serve} and {@code watch}. */
final class PublishOptions {
    @Option(
            names = {"-f", "--formats"},
            paramLabel = "LIST",
            split = ",",
            defaultValue = "html,index,pdf",
            description = "Outputs to write: html (pages, sitemap), index (search), pdf (default: ${DEFAULT-VALUE}).")
    Set<String> formats;

    @Option(names = "--no-pdf", description = "Do not write PDF handouts (faster previews).")
    boolean noPdf;

    @Option(
            names = "--languages",
            paramLabel = "LIST",
            split = ",",
            description =
                    "Publish only these of site.yaml's languages, e.g. nl,en (default: all). All are still checked.")
    List<String> languages = new ArrayList<>();

    Options.Builder applyTo(Options.Builder builder) {
        return builder.formats(formats).noPdf(noPdf).languages(languages);
    }
}
