package nl.pil.compile;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What to build and where.
 *
 * @param templateFolders user template folders, most specific first (may be empty: built-in templates only)
 * @param today           the date review deadlines are checked against
 * @param formats         which outputs to write, by name from {@link #FORMATS} ({@code html} includes the sitemap)
 * @param clean           write every page, handout and index afresh instead of taking over what the previous build
 *                        in the output folder made from the same inputs
 * @param languages       publish only these of {@code site.yaml}'s languages (empty: all). Every language is still
 *                        loaded and checked; the others are left out of the site as if {@code site.yaml} did not list them
 * @param strict          the check rules' warnings are errors, as with {@code checks: {strict: true}} in
 *                        {@code site.yaml} (whatever that says)
 */
public record BuildOptions(
        Path contentFolder,
        List<Path> templateFolders,
        Path outputFolder,
        LocalDate today,
        Set<String> formats,
        boolean clean,
        List<String> languages,
        boolean strict) {

    /**
     * Every output a build can be asked for: {@code html} (pages, sitemap, assets), {@code index} (the search index in
     * {@code _search/}), {@code pdf} (print handouts; a compiler without a PDF output skips it, see
     * {@link Compiler#formats()}).
     */
    public static final Set<String> FORMATS = Set.of("html", "index", "pdf");

    public BuildOptions {
        templateFolders = List.copyOf(templateFolders);
        formats = Set.copyOf(formats);
        languages = languages.stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .distinct()
                .toList();
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no output format chosen; choose from " + new TreeSet<>(FORMATS));
        }
        for (String format : formats) {
            if (!FORMATS.contains(format)) {
                throw new IllegalArgumentException(
                        "unknown output format '" + format + "'; choose from " + new TreeSet<>(FORMATS));
            }
        }
    }

    /** Not strict: the check rules' levels as {@code site.yaml} sets them. */
    public BuildOptions(
            Path contentFolder,
            List<Path> templateFolders,
            Path outputFolder,
            LocalDate today,
            Set<String> formats,
            boolean clean,
            List<String> languages) {
        this(contentFolder, templateFolders, outputFolder, today, formats, clean, languages, false);
    }

    /** Reusing what the previous build made. */
    public BuildOptions(
            Path contentFolder, List<Path> templateFolders, Path outputFolder, LocalDate today, Set<String> formats) {
        this(contentFolder, templateFolders, outputFolder, today, formats, false, List.of());
    }

    /** Every output format. */
    public BuildOptions(Path contentFolder, List<Path> templateFolders, Path outputFolder, LocalDate today) {
        this(contentFolder, templateFolders, outputFolder, today, FORMATS);
    }

    public BuildOptions withFormats(Set<String> formats) {
        return new BuildOptions(contentFolder, templateFolders, outputFolder, today, formats, clean, languages, strict);
    }

    public BuildOptions withClean(boolean clean) {
        return new BuildOptions(contentFolder, templateFolders, outputFolder, today, formats, clean, languages, strict);
    }

    public BuildOptions withLanguages(List<String> languages) {
        return new BuildOptions(contentFolder, templateFolders, outputFolder, today, formats, clean, languages, strict);
    }

    public BuildOptions withStrict(boolean strict) {
        return new BuildOptions(contentFolder, templateFolders, outputFolder, today, formats, clean, languages, strict);
    }

    /** The output folder of the previous build, whose unchanged pages may be taken over; {@code null} for a clean build. */
    public Path previousOutput() {
        return clean ? null : outputFolder;
    }

    public boolean includes(String format) {
        return formats.contains(format);
    }
}
