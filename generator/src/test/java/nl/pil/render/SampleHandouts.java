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
    private static List<Path> pdfs;

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
                try (var files = Files.walk(site)) {
                    pdfs = files.filter(f -> f.toString().endsWith(".pdf"))
                            .sorted()
                            .toList();
                }
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
        return pdfs.stream().filter(SampleHandouts::isBilingual).toList();
    }

    /** Every leaflet's handout in one language, e.g. {@code <site>/ar/liver-metastases/MDL-001-ar.pdf}, sorted by path. */
    static synchronized List<Path> handouts() {
        site();
        return pdfs.stream().filter(f -> !isPacket(f) && !isBilingual(f)).toList();
    }

    /**
     * Every care-path packet, e.g. {@code <site>/nl/bundles/liver-scans/liver-scans-nl.pdf}: laid out by other rules
     * (a blank left-hand page before a leaflet, the colophon of each leaflet inside) and tested by BundlesTest.
     */
    static synchronized List<Path> packets() {
        site();
        return pdfs.stream().filter(SampleHandouts::isPacket).toList();
    }

    private static boolean isPacket(Path file) {
        return file.getParent().getParent().getFileName().toString().equals("bundles");
    }
}
