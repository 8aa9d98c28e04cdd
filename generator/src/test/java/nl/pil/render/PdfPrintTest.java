package nl.pil.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.pil.ContentFixture;
import nl.pil.render.pdf.Pdfs;
import nl.pil.render.pdf.PrintVariants;
import nl.pil.render.pdf.VeraPdf;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** A5 handouts, print-shop copies with bleed and crop marks, and A5 booklets imposed on A4 sheets. */
class PdfPrintTest {
    static final float MM = 72 / 25.4f;

    @TempDir
    static Path dir;

    static ContentFixture site;
    static Path ct;

    @BeforeAll
    static void build() throws IOException {
        site = new ContentFixture(dir)
                .withPdf()
                .write(
                        "site.yaml",
                        ContentFixture.SITE_YAML
                                + "pdf: {format: A5, bleed: true, booklet: true, logo: logo.png}\n"
                                + ContentFixture.PLAIN_LANGUAGE_OFF) // filler text
                .writeBytes("logo.png", logo())
                .write("ct/nl.md", PdfOutputTest.CT)
                .write("ct/formulier.pdf", "%PDF-1.4\n")
                .write("mri/nl.md", PdfOutputTest.MRI)
                .leaflet("echo", "exam", "Echo", "pdf-format: A4", PdfOutputTest.paragraphs("Echo", 12));
        assertEquals(List.of(), site.headlines(site.build()));
        ct = site.output().resolve("nl/ct");
    }

    /** A 300×80 logo with a transparent background (PDF/A-2 allows transparency). */
    static byte[] logo() throws IOException {
        BufferedImage image = new BufferedImage(300, 80, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.setColor(new java.awt.Color(0, 90, 140));
        g.fillRoundRect(0, 0, 80, 80, 20, 20);
        g.fillRect(100, 30, 200, 20);
        g.dispose();
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void logoReplacesTheHospitalNameOnTheFirstPage() throws IOException {
        try (PDDocument doc = Pdfs.open(ct.resolve("RAD-012-nl.pdf"))) {
            int images = 0;
            for (var name : doc.getPage(0).getResources().getXObjectNames()) {
                if (doc.getPage(0).getResources().getXObject(name)
                        instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                    images++;
                }
            }
            assertEquals(1, images, "the logo");
            assertFalse(
                    Pdfs.text(doc, 1).contains("Testziekenhuis"),
                    "the name is the logo's alternative text, not printed");
        }
    }

    @AfterAll
    static void keep() throws IOException {
        Pdfs.keep(site.output(), "PdfPrintTest");
    }

    @Test
    void a5FromSiteYamlAndA4ChosenByALeaflet() throws IOException {
        try (PDDocument doc = Pdfs.open(ct.resolve("RAD-012-nl.pdf"))) {
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertEquals(148 * MM, box.getWidth(), 0.5);
            assertEquals(210 * MM, box.getHeight(), 0.5);
            assertTrue(doc.getNumberOfPages() > 2, "long enough for a booklet: " + doc.getNumberOfPages());
            assertTrue(Pdfs.text(doc, 1).contains("Pagina 1 van " + doc.getNumberOfPages()));
        }
        Path echo;
        try (var files = Files.list(site.output().resolve("nl/echo"))) {
            echo = files.filter(p -> p.toString().matches(".*-nl\\.pdf"))
                    .findFirst()
                    .orElseThrow();
        }
        try (PDDocument doc = Pdfs.open(echo)) {
            assertEquals(210 * MM, doc.getPage(0).getMediaBox().getWidth(), 0.5);
        }
    }

    @Test
    void printCopyHasBleedTrimAndCropMarksAndStaysAccessible() throws IOException {
        Path print = ct.resolve("RAD-012-nl-print.pdf");
        try (PDDocument doc = Pdfs.open(print);
                PDDocument handout = Pdfs.open(ct.resolve("RAD-012-nl.pdf"))) {
            assertEquals(handout.getNumberOfPages(), doc.getNumberOfPages());
            PDPage page = doc.getPage(0);
            PDRectangle trim = page.getTrimBox();
            PDRectangle bleed = page.getBleedBox();
            PDRectangle media = page.getMediaBox();
            assertEquals(148 * MM, trim.getWidth(), 0.5, "trimmed to A5");
            assertEquals(210 * MM, trim.getHeight(), 0.5);
            assertEquals(3 * MM, trim.getLowerLeftX() - bleed.getLowerLeftX(), 0.1, "3 mm bleed");
            assertEquals(3 * MM, bleed.getUpperRightY() - trim.getUpperRightY(), 0.1);
            assertTrue(media.getWidth() > bleed.getWidth() + 20 * MM, "room for the crop marks outside the bleed");

            // the marks are drawn: dark pixels in line with the trim edges, outside the bleed; none at the corner
            // itself
            float dpi = 300;
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, dpi, ImageType.GRAY);
            float scale = dpi / 72;
            int leftOfTrim = Math.round((trim.getLowerLeftX() - media.getLowerLeftX() - 9 * MM) * scale);
            int topEdge = Math.round((media.getUpperRightY() - trim.getUpperRightY()) * scale);
            int trimLeft = Math.round((trim.getLowerLeftX() - media.getLowerLeftX()) * scale);
            int aboveTrim = Math.round((media.getUpperRightY() - trim.getUpperRightY() - 9 * MM) * scale);
            assertTrue(dark(image, leftOfTrim, topEdge), "horizontal crop mark at the top left");
            assertTrue(dark(image, trimLeft, aboveTrim), "vertical crop mark at the top left");
            assertFalse(
                    dark(image, trimLeft - Math.round(1.5f * MM * scale), topEdge - Math.round(1.5f * MM * scale)),
                    "nothing drawn inside the bleed at the corner");
        }
        assertEquals(List.of(), VeraPdf.failures(print, PDFAFlavour.PDFUA_1), "the print copy is still PDF/UA");
        assertEquals(List.of(), VeraPdf.failures(print, PDFAFlavour.PDFA_2_A), "and PDF/A-2a");
    }

    private static boolean dark(BufferedImage image, int x, int y) {
        for (int dx = -2; dx <= 2; dx++) {
            for (int dy = -2; dy <= 2; dy++) {
                if ((image.getRGB(x + dx, y + dy) & 0xFF) < 128) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void bookletPutsA5PagesTwoUpOnA4InSaddleStitchOrder() throws IOException {
        try (PDDocument handout = Pdfs.open(ct.resolve("RAD-012-nl.pdf"));
                PDDocument booklet = Pdfs.open(ct.resolve("RAD-012-nl-booklet.pdf"))) {
            int n = handout.getNumberOfPages();
            int total = (n + 3) / 4 * 4;
            assertEquals(total / 2, booklet.getNumberOfPages(), "two sides per sheet, " + total / 4 + " sheets");
            for (int side = 0; side < booklet.getNumberOfPages(); side++) {
                PDRectangle box = booklet.getPage(side).getMediaBox();
                assertEquals(297 * MM, box.getWidth(), 0.5, "A4 landscape");
                assertEquals(210 * MM, box.getHeight(), 0.5);
                int sheet = side / 2;
                boolean front = side % 2 == 0;
                int left = front ? total - 2 * sheet : 2 * sheet + 2;
                int right = front ? 2 * sheet + 1 : total - 2 * sheet - 1;
                assertEquals(
                        left <= n ? "Pagina " + left + " van " + n : "",
                        pageNumber(booklet, side, box, true),
                        "side " + side + " left");
                assertEquals(
                        right <= n ? "Pagina " + right + " van " + n : "",
                        pageNumber(booklet, side, box, false),
                        "side " + side + " right");
            }
        }
        assertTrue(site.read("nl/ct/index.html").contains("href=\"RAD-012-nl-booklet.pdf\""), "linked for print shops");
        assertTrue(site.read("nl/ct/index.html").contains("href=\"RAD-012-nl-print.pdf\""));
    }

    /** "Pagina X van Y" printed on one half of a booklet sheet, or "" when that half is blank. */
    private static String pageNumber(PDDocument booklet, int side, PDRectangle box, boolean left) throws IOException {
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        float half = box.getWidth() / 2;
        stripper.addRegion("half", new java.awt.geom.Rectangle2D.Float(left ? 0 : half, 0, half, box.getHeight()));
        stripper.extractRegions(booklet.getPage(side));
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("Pagina \\d+ van \\d+").matcher(stripper.getTextForRegion("half"));
        return m.find() ? m.group() : "";
    }

    @Test
    void noBookletForShortOrA4Leaflets() throws IOException {
        try (var files = Files.list(site.output().resolve("nl/mri"))) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".pdf"))
                    .sorted()
                    .toList();
            assertEquals(List.of("RAD-020-nl-print.pdf", "RAD-020-nl.pdf"), names, "one page: nothing to fold");
        }
        try (var files = Files.list(site.output().resolve("nl/echo"))) {
            assertTrue(files.noneMatch(p -> p.toString().endsWith("-booklet.pdf")), "booklets are for A5 leaflets");
        }
    }

    @Test
    void imposedOrderForEightPagesAndRightToLeft() throws IOException {
        // 6 numbered pages become 2 sheets: outside 8|1 and 2|7, inside 6|3 and 4|5 (7 and 8 blank)
        byte[] six = numberedPages(6);
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(PrintVariants.booklet(six, false));
                PDDocument rtl = org.apache.pdfbox.Loader.loadPDF(PrintVariants.booklet(six, true))) {
            assertEquals(List.of("|1", "2|", "6|3", "4|5"), sides(doc));
            assertEquals(List.of("1|", "|2", "3|6", "5|4"), sides(rtl), "bound on the right: mirrored");
        }
    }

    private static byte[] numberedPages(int n) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            var font = org.apache.pdfbox.pdmodel.font.PDType0Font.load(
                    doc,
                    PdfPrintTest.class
                            .getClassLoader()
                            .getResourceAsStream("pil/templates/fonts/NotoSans-Regular.ttf"));
            for (int i = 1; i <= n; i++) {
                PDPage page = new PDPage(new PDRectangle(148 * MM, 210 * MM));
                doc.addPage(page);
                try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 40);
                    cs.newLineAtOffset(100, 300);
                    cs.showText(Integer.toString(i));
                    cs.endText();
                }
            }
            var out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Each side of a booklet as "left|right" page numbers. */
    private static List<String> sides(PDDocument booklet) throws IOException {
        List<String> sides = new java.util.ArrayList<>();
        for (int i = 0; i < booklet.getNumberOfPages(); i++) {
            PDRectangle box = booklet.getPage(i).getMediaBox();
            String[] halves = new String[2];
            for (int h = 0; h < 2; h++) {
                PDFTextStripperByArea stripper = new PDFTextStripperByArea();
                stripper.addRegion(
                        "half",
                        new java.awt.geom.Rectangle2D.Float(
                                h * box.getWidth() / 2, 0, box.getWidth() / 2, box.getHeight()));
                stripper.extractRegions(booklet.getPage(i));
                halves[h] = stripper.getTextForRegion("half").strip();
            }
            sides.add(halves[0] + "|" + halves[1]);
        }
        return sides;
    }
}
