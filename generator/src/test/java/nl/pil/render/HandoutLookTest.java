package nl.pil.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/**
 * Visual regression of the handouts: the first page of every sample handout, rendered small and grey, compared with a
 * reviewed picture in {@code src/test/resources/handout-look/}. A template or stylesheet change that moves the layout
 * (a masthead gone, a column collapsed, text running off the page) shows up here; the small differences of
 * anti-aliasing between machines do not.
 *
 * <p>To accept a change after looking at it: {@code mvn -pl generator verify -Dtest=HandoutLookTest
 * -Dpil.handouts.update=true}, then review the changed PNGs (git shows them) before committing.
 */
class HandoutLookTest {
    static final Path REFERENCES = Path.of("src/test/resources/handout-look");
    /** Dots per inch: an A4 page becomes about 200 × 280 pixels, enough to see the layout, not the letters. */
    static final float DPI = 24;
    /** A pixel differs when its grey level moves by more than this (of 255). */
    static final int PIXEL_TOLERANCE = 48;
    /** A page differs when more than this share of its pixels differ. */
    static final double PAGE_TOLERANCE = 0.01;

    @Test
    void theFirstPageOfEveryHandoutLooksAsReviewed() throws IOException {
        boolean update = Boolean.getBoolean("pil.handouts.update");
        // the packets' covers too: the first thing a patient at the clinic sees of them
        List<Path> handouts = new ArrayList<>(SampleHandouts.handouts());
        handouts.addAll(SampleHandouts.packets());
        assertTrue(handouts.size() > 20, "the sample has its handouts: " + handouts.size());
        List<String> changed = new ArrayList<>();
        TreeSet<String> expected = new TreeSet<>();
        for (Path pdf : handouts) {
            String name = pdf.getFileName().toString().replace(".pdf", ".png");
            expected.add(name);
            BufferedImage page = firstPage(pdf);
            Path reference = REFERENCES.resolve(name);
            if (update) {
                Files.createDirectories(REFERENCES);
                ImageIO.write(page, "png", reference.toFile());
                continue;
            }
            if (!Files.isRegularFile(reference)) {
                changed.add(name + ": no reviewed picture (run with -Dpil.handouts.update=true and review it)");
                continue;
            }
            double share = differingShare(page, ImageIO.read(reference.toFile()));
            if (share > PAGE_TOLERANCE) {
                changed.add(String.format(java.util.Locale.ROOT, "%s: %.1f %% of the page differs", name, share * 100));
            }
        }
        if (update) {
            try (var files = Files.list(REFERENCES)) {
                for (Path old : files.toList()) {
                    if (!expected.contains(old.getFileName().toString())) {
                        Files.delete(old); // a handout that is gone
                    }
                }
            }
        }
        assertEquals(List.of(), changed, "handouts whose first page looks different from the reviewed picture");
    }

    @Test
    void theComparisonSeesALayoutChangeButNotNoise() throws IOException {
        BufferedImage page = firstPage(SampleHandouts.handouts().getFirst());
        BufferedImage noisy = copy(page);
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 2_000; i++) { // anti-aliasing: small steps of grey here and there
            int x = random.nextInt(noisy.getWidth());
            int y = random.nextInt(noisy.getHeight());
            int grey = Math.min(255, (noisy.getRaster().getSample(x, y, 0) + 20));
            noisy.getRaster().setSample(x, y, 0, grey);
        }
        assertEquals(0.0, differingShare(page, noisy));
        BufferedImage moved = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        var g = moved.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.drawImage(page, 0, page.getHeight() / 10, null); // everything a tenth of the page lower
        g.dispose();
        assertTrue(differingShare(page, moved) > PAGE_TOLERANCE, "a shifted layout is seen");
    }

    private static BufferedImage firstPage(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFRenderer(doc).renderImageWithDPI(0, DPI, ImageType.GRAY);
        }
    }

    /** The share of pixels whose grey differs by more than {@link #PIXEL_TOLERANCE}; 1 for pages of other sizes. */
    static double differingShare(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return 1;
        }
        long differing = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int ga = a.getRaster().getSample(x, y, 0);
                int gb = b.getRaster().getSample(x, y, 0);
                if (Math.abs(ga - gb) > PIXEL_TOLERANCE) {
                    differing++;
                }
            }
        }
        return (double) differing / ((long) a.getWidth() * a.getHeight());
    }

    private static BufferedImage copy(BufferedImage image) {
        BufferedImage c = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        c.getRaster().setRect(image.getRaster());
        return c;
    }
}
