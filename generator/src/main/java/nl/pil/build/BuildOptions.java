package nl.pil.build;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What to build and where.
 *
 * @param templateFolders user template folders, most specific first (may be empty: built-in templates only)
 * @param today           the date review deadlines are checked against
 */
public record BuildOptions(Path contentFolder, List<Path> templateFolders, Path outputFolder, LocalDate today) {
    public BuildOptions {
        templateFolders = List.copyOf(templateFolders);
    }
}
