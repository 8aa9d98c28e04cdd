package nl.pil.render.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The conformance checks are real: an ordinary PDF (untagged, base-14 font, no metadata) fails them. */
class VeraPdfTest {
    @TempDir
    Path dir;

    @Test
    void anOrdinaryPdfIsNeitherPdfUaNorPdfA() throws Exception {
        Path file = dir.resolve("plain.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Hello");
                cs.endText();
            }
            doc.save(file.toFile());
        }
        List<String> ua = VeraPdf.failures(file, PDFAFlavour.PDFUA_1);
        List<String> a = VeraPdf.failures(file, PDFAFlavour.PDFA_2_A);
        assertFalse(ua.isEmpty());
        assertFalse(a.isEmpty());
        assertTrue(
                ua.stream().anyMatch(f -> f.contains("MarkInfo") || f.contains("Marked") || f.contains("tagged")),
                ua::toString);
        assertTrue(a.stream().anyMatch(f -> f.toLowerCase().contains("embedded")), a::toString);
    }
}
