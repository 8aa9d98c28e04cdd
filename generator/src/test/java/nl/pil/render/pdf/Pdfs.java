package nl.pil.render.pdf;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reading produced PDFs in tests: text per page, fonts, QR codes. */
public final class Pdfs {
    private Pdfs() {}

    public static PDDocument open(Path file) throws IOException {
        return Loader.loadPDF(Files.readAllBytes(file));
    }

    /** Text of one page (1-based) in reading order (top to bottom, by line), hyphenation at line ends removed. */
    public static String text(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = stripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return normalize(stripper.getText(doc));
    }

    public static String text(PDDocument doc) throws IOException {
        return normalize(stripper().getText(doc));
    }

    private static PDFTextStripper stripper() {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper;
    }

    static String normalize(String text) {
        return text.replace("\u00AD", "")
                .replace('\u00A0', ' ')
                .replaceAll("(\\p{L})-\\R(\\p{Ll})", "$1$2")
                .replaceAll("\\R", "\n");
    }

    /** Every font used on any page (also inside form XObjects), by name. */
    public static Map<String, PDFont> fonts(PDDocument doc) throws IOException {
        Map<String, PDFont> fonts = new java.util.TreeMap<>();
        for (var page : doc.getPages()) {
            collect(page.getResources(), fonts, new ArrayList<>());
        }
        return fonts;
    }

    private static void collect(PDResources resources, Map<String, PDFont> fonts, List<PDResources> seen)
            throws IOException {
        if (resources == null || seen.contains(resources)) {
            return;
        }
        seen.add(resources);
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            fonts.put(font.getName(), font);
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) {
                collect(form.getResources(), fonts, seen);
            }
        }
    }

    /** The first QR code found on a page (1-based), decoded. */
    public static String qrCode(PDDocument doc, int page) throws IOException {
        BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(page - 1, 150, ImageType.RGB);
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        var hints = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        try {
            return new MultiFormatReader()
                    .decode(new BinaryBitmap(new HybridBinarizer(source)), hints)
                    .getText();
        } catch (NotFoundException e) {
            throw new AssertionError("no QR code on page " + page);
        }
    }

    /**
     * With {@code -Dpil.keepPdfs=true}, copies a test's output to {@code target/pdf-samples/<name>} to look at
     * (e.g. {@code pdftoppm -png}).
     */
    public static void keep(Path output, String name) throws IOException {
        if (!Boolean.getBoolean("pil.keepPdfs") || !Files.isDirectory(output)) {
            return;
        }
        Path target = Path.of("target/pdf-samples", name);
        nl.pil.publish.Publisher.deleteTree(target);
        try (var files = Files.walk(output)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path to = target.resolve(output.relativize(file).toString());
                Files.createDirectories(to.getParent());
                Files.copy(file, to);
            }
        }
    }

    /** The one PDF in a folder. */
    public static Path only(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            List<Path> pdfs = files.filter(p -> p.toString().endsWith(".pdf")).toList();
            if (pdfs.size() != 1) {
                throw new AssertionError("expected one PDF in " + folder + ", found " + pdfs);
            }
            return pdfs.getFirst();
        }
    }

    /** Lines of a page's text that are not blank. */
    public static List<String> lines(PDDocument doc, int page) throws IOException {
        return text(doc, page)
                .lines()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
