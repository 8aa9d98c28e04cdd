package nl.pil.build;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What to build and where.
 *
 * @param templateFolders user template folders, most specific first (may be empty: built-in templates only)
 * @param today           the date review deadlines are checked against
 * @param pdf             whether to write PDF handouts (they take most of a build's time)
 */
public record BuildOptions(Path contentFolder, List<Path> templateFolders, Path outputFolder, LocalDate today,
                           boolean pdf) {
    public BuildOptions {
        templateFolders = List.copyOf(templateFolders);
    }

    /** With PDF handouts. */
    public BuildOptions(Path contentFolder, List<Path> templateFolders, Path outputFolder, LocalDate today) {
        this(contentFolder, templateFolders, outputFolder, today, true);
    }

    public BuildOptions withPdf(boolean pdf) {
        return new BuildOptions(contentFolder, templateFolders, outputFolder, today, pdf);
    }
}
