package nl.pil.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.pil.compile.BuildOptions;
import nl.pil.compile.BuildResult;
import nl.pil.compile.Compiler;

/** The sample content's handouts (content/, every language), built once for the tests that measure them. */
final class SampleHandouts {
    private static Path site;
    private static List<Path> handouts;
    private static List<Path> bilinguals;

    private SampleHandouts() {}

    static synchronized Path site() {
        if (site == null) {
            try {
                site = Files.createTempDirectory("pil-sample-handouts");
                BuildResult result = new Compiler(new BuildOptions(
                                Path.of("../content"),
                                List.of(Path.of("../templates")),
                                site,
                                LocalDate.of(2026, 11, 23),
                                Set.of("html", "pdf")))
                        .build();
                assertTrue(result.published(), result.diagnostics()::toString);
                List<Path> pdfs;
                try (var files = Files.walk(site)) {
                    pdfs = files.filter(f -> f.toString().endsWith(".pdf"))
                            .sorted()
                            .toList();
                }
                // a leaflet's handouts only: not the care-path packets (<lang>/bundles/<id>/) nor bilingual handouts
                handouts = pdfs.stream()
                        .filter(f -> !f.getParent()
                                .getParent()
                                .getFileName()
                                .toString()
                                .equals("bundles"))
                        .filter(f -> !isBilingual(f))
                        .toList();
                bilinguals = pdfs.stream().filter(SampleHandouts::isBilingual).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return site;
    }

    /** A bilingual handout: in ar/ct-scan/, named …-nl-ar.pdf. */
    private static boolean isBilingual(Path file) {
        String lang = file.getParent().getParent().getFileName().toString();
        return !lang.equals("nl") && file.getFileName().toString().endsWith("-nl-" + lang + ".pdf");
    }

    /** Every bilingual handout (the sample makes them for Arabic), sorted by path. */
    static synchronized List<Path> bilinguals() {
        site();
        return bilinguals;
    }

    /** Every leaflet's handout in one language, e.g. {@code <site>/ar/liver-metastases/MDL-001-ar.pdf}, sorted by path. */
    static synchronized List<Path> handouts() {
        site();
        return handouts;
    }
}
