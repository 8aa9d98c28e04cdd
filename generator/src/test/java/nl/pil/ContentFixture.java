package nl.pil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.pil.compile.BuildOptions;
import nl.pil.compile.BuildResult;
import nl.pil.compile.Compiler;
import nl.pil.model.Diagnostic;

/** Writes a small content folder for a test and builds or checks it. */
public final class ContentFixture {
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    /**
     * A search budget for tests that compare results: the default (a quarter second) cuts searches short on a loaded
     * test machine, and a cut search answers with less (see {@code SearchBudgetTest} for the budget itself).
     */
    public static final java.time.Duration UNHURRIED = java.time.Duration.ofMinutes(1);

    public static final String SITE_YAML = """
            name:
              nl: Testziekenhuis
              en: Test Hospital
            base-url: https://folders.test.example/
            languages: [nl, en]
            contact:
              phone: "+31 40 555 00 00"
            departments:
              radiology:
                name: {nl: Radiologie, en: Radiology}
                phone: "+31 40 555 01 20"
              surgery:
                name: {nl: Chirurgie, en: Surgery}
            """;

    /**
     * {@code site.yaml}'s {@code checks:} with the plain-language rules off, for fixtures whose filler text is about
     * layout, not language.
     */
    public static final String PLAIN_LANGUAGE_OFF = """
            checks:
              readability: off
              long-sentences: off
              long-words: off
              wall-of-text: off
              passive-voice: off
              jargon: off
            """;

    private final Path root;
    private boolean pdf;

    public ContentFixture(Path dir) {
        this.root = dir.resolve("content");
        write("site.yaml", SITE_YAML);
    }

    public Path root() {
        return root;
    }

    public Path output() {
        return root.getParent().resolve("out");
    }

    public ContentFixture write(String relativePath, String text) {
        return writeBytes(relativePath, text.getBytes(StandardCharsets.UTF_8));
    }

    public ContentFixture writeBytes(String relativePath, byte[] bytes) {
        try {
            Path file = root.resolve(relativePath);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid source-language leaflet; {@code extra} lines are added to the front matter. */
    public ContentFixture leaflet(String id, String type, String title, String extra, String body) {
        return write(
                id + "/nl.md",
                "---\ntype: " + type + "\ntitle: " + title + "\nsummary: Over " + title + ".\ncode: T-"
                        + Math.abs(id.hashCode() % 10000)
                        + "\ndepartment: radiology\nreviewed: 2026-01-10\nreview-due: 2027-01-10\n"
                        + "authors: [Afdeling Radiologie]\n" + extra
                        + (extra.isEmpty() || extra.endsWith("\n") ? "" : "\n") + "---\n" + body);
    }

    /** A translation; its type is the source file's (exam when there is no source file). */
    public ContentFixture translation(String id, String lang, String title, String extra, String body) {
        String type = "exam";
        Path source = root.resolve(id).resolve("nl.md");
        if (Files.isRegularFile(source)) {
            try {
                type = Files.readAllLines(source).stream()
                        .filter(l -> l.startsWith("type: "))
                        .findFirst()
                        .map(l -> l.substring(6).strip())
                        .orElse(type);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return write(
                id + "/" + lang + ".md",
                "---\ntype: " + type + "\ntitle: " + title + "\nsummary: About " + title + ".\n" + extra
                        + (extra.isEmpty() || extra.endsWith("\n") ? "" : "\n") + "---\n" + body);
    }

    /** Records the source version in every translation, as 'pil translations --stamp' does, so they are current. */
    public ContentFixture stampTranslations() {
        // files with problems are left alone, as the command leaves them; the tests' checks report them
        var loader = new nl.pil.load.ContentLoader(root);
        nl.pil.model.Diagnostics d = new nl.pil.model.Diagnostics();
        nl.pil.translate.Stamper.stampAll(
                loader, loader.settings(d).orElseThrow(), null, java.util.List.of(), TODAY, null, d);
        return this;
    }

    /** Also write PDF handouts when building (off by default: they take most of a build's time). */
    public ContentFixture withPdf() {
        this.pdf = true;
        return this;
    }

    public BuildOptions options() {
        return new BuildOptions(
                root, List.of(), output(), TODAY, pdf ? BuildOptions.FORMATS : java.util.Set.of("html", "index"));
    }

    public BuildResult check() {
        return new Compiler(options()).check();
    }

    public BuildResult build() {
        try {
            return new Compiler(options()).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Diagnostics as the CLI prints their first line, with the fixture's folder cut off. */
    public List<String> headlines(BuildResult result) {
        String prefix = root.toAbsolutePath().toString().replace('\\', '/');
        String rel = Path.of("")
                .toAbsolutePath()
                .relativize(root.toAbsolutePath())
                .toString()
                .replace('\\', '/');
        return result.diagnostics().stream()
                .map(Diagnostic::headline)
                .map(h -> h.startsWith(prefix) ? h.substring(prefix.length() + 1) : h)
                .map(h -> h.startsWith(rel + "/") ? h.substring(rel.length() + 1) : h)
                .toList();
    }

    public String read(String outputPath) {
        try {
            return Files.readString(output().resolve(outputPath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
