package nl.pil.compile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.statistics.Statistics;
import nl.pil.ContentFixture;
import nl.pil.RandomLeaflets;
import nl.pil.publish.Publisher;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The checker is the gate: whatever {@code pil check} accepts, {@code pil build} renders in every format, for
 * random leaflets made of every Markdown construct. jqwik prints the seed of a failing case; the longer run is
 * {@code scripts/fuzz.sh}.
 */
class CheckGatesBuildProperties {
    private Path dir;

    @AfterTry
    void cleanUp() throws IOException {
        if (dir != null) {
            Publisher.deleteTree(dir);
        }
    }

    @Property(tries = 20)
    void whatCheckAcceptsBuildRenders(
            @ForAll(supplier = RandomLeaflets.ThreeBodies.class) List<String> bodies,
            @ForAll(supplier = RandomLeaflets.Titles.class) String title,
            @ForAll boolean faithfulTranslation)
            throws IOException {
        dir = Files.createTempDirectory("pil-gate");
        Statistics.label("outcome")
                .collect(assertGate(dir, bodies, title, faithfulTranslation) ? "built" : "refused by check");
        // not vacuous: random leaflets pass the check and are really built (about half of them; the fuzz run asks 30 %)
        Statistics.label("outcome").coverage(c -> c.check("built").count(n -> n >= 1));
    }

    /**
     * Writes a site whose leaflets have these bodies (the first also this title), checks it and, if clean, builds it.
     * Every body ends with a "Voorbereiding" section, which the random links to {@code #voorbereiding} lead to.
     *
     * @param faithfulTranslation the English translation has the source's body (its alerts, cards and links), as a
     *     translation must to pass the check; otherwise the third body, which the check mostly refuses
     * @return whether it was built (false: check found errors, which is fine as long as nothing crashed)
     */
    static boolean assertGate(Path dir, List<String> bodies, String title, boolean faithfulTranslation)
            throws IOException {
        String section = "\n\n## Voorbereiding\n\nTekst.\n";
        ContentFixture f = new ContentFixture(dir)
                .leaflet("ct", "exam", title, "prepare-days: 2", bodies.get(0) + section)
                .leaflet("mri", "exam", "MRI-scan", "", bodies.get(1) + section)
                .translation("ct", "en", "CT scan", "", (faithfulTranslation ? bodies.get(0) : bodies.get(2)) + section)
                .write("ct/formulier.pdf", "%PDF-1.4\n");
        writePng(f.root().resolve("ct/foto.png"));
        writePng(f.root().resolve("mri/foto.png"));
        f.write("mri/formulier.pdf", "%PDF-1.4\n");
        BuildResult check = f.check();
        if (check.hasErrors()) {
            // which rules refuse random content, without the quoted parts: shows whether the generator tests the gate
            check.diagnostics().stream()
                    .filter(nl.pil.model.Diagnostic::isError)
                    .findFirst()
                    .ifPresent(d -> Statistics.label("first error")
                            .collect(d.message().replaceAll("'[^']*'", "'…'").replaceAll("\\d+", "N")));
            return false; // refused at the writer's line: fine, as long as it did not crash
        }
        BuildResult build;
        try {
            build = f.withPdf().build();
        } catch (RuntimeException | Error e) {
            throw new AssertionError("check accepted, build failed for bodies " + bodies + " and title " + title, e);
        }
        assertTrue(build.published(), () -> "check accepted, build refused: " + f.headlines(build) + " for " + bodies);
        try (Stream<Path> files = Files.walk(f.output())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".html")) {
                    String html = Files.readString(file);
                    assertTrue(html.strip().endsWith("</html>"), file + " is complete");
                    assertTrue(
                            !html.contains("<script>alert")
                                    && !html.contains("<img src=x onerror")
                                    && !html.contains("<div onclick"),
                            file + " carries no writer markup");
                } else if (name.endsWith(".pdf") && Files.size(file) > 100) { // a handout, not the 9-byte attachment
                    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                        assertTrue(pdf.getNumberOfPages() >= 1, file.toString());
                    }
                }
            }
        }
        return true;
    }

    private static void writePng(Path file) throws IOException {
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(image, "png", file.toFile());
    }
}
