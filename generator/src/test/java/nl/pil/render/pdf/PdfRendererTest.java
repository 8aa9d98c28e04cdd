package nl.pil.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.pil.render.Theme;
import org.junit.jupiter.api.Test;

/** The theme's fonts are loaded by Pil itself (GSUB off); other font rules are left to the layout engine. */
class PdfRendererTest {
    @Test
    void builtInFontFacesAreTakenOutOfTheStylesheet() {
        PdfRenderer renderer = new PdfRenderer(new ThemeFiles(new Theme(List.of())));
        List<PdfRenderer.FontFace> faces = renderer.fontFaces();
        assertEquals(8, faces.size(), faces::toString);
        assertTrue(faces.contains(new PdfRenderer.FontFace(
                "Noto Sans",
                700,
                com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.ITALIC,
                "fonts/NotoSans-BoldItalic.ttf")));
        String css = new String(renderer.stylesheet(), StandardCharsets.UTF_8);
        assertFalse(css.contains("@font-face"), css);
        assertTrue(css.contains("@page"), "the rest of the stylesheet stays");
    }

    @Test
    void phoneNumbersAreNotBrokenOverLines() throws Exception {
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Bel +31 40 555 01 20 of 040 555 01 20, "
                + "niet 10 tot 15 minuten of 1 2 3.</p></body></html>";
        var doc = PdfRenderer.prepare(new PdfRenderer.Job(
                xhtml,
                java.nio.file.Path.of("."),
                false,
                null,
                java.time.Instant.EPOCH,
                "Pil",
                "https://example.org/nl/x/"));
        assertEquals(
                "Bel +31\u00A040\u00A0555\u00A001\u00A020 of 040\u00A0555\u00A001\u00A020, niet 10 tot 15 minuten of 1 2 3.",
                doc.getDocumentElement().getTextContent());
    }

    @Test
    void rulesForOtherFilesStay() {
        String css = """
                @font-face { font-family: "Mine"; src: url("fonts/mine.ttf"); font-weight: bold; }
                @font-face { font-family: "Web"; src: url("https://fonts.example/web.ttf"); }
                @font-face { font-family: "Missing"; src: url("fonts/missing.ttf"); }
                body { font-family: Mine; }
                """;
        Map<String, byte[]> files =
                Map.of("pdf.css", css.getBytes(StandardCharsets.UTF_8), "fonts/mine.ttf", new byte[] {1});
        PdfRenderer renderer = new PdfRenderer(new ThemeFiles(path -> {
            List<InputStream> streams = new ArrayList<>();
            if (files.containsKey(path)) {
                streams.add(new ByteArrayInputStream(files.get(path)));
            }
            return streams;
        }));
        assertEquals(
                List.of(new PdfRenderer.FontFace(
                        "Mine",
                        700,
                        com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL,
                        "fonts/mine.ttf")),
                renderer.fontFaces());
        String rest = new String(renderer.stylesheet(), StandardCharsets.UTF_8);
        assertFalse(rest.contains("Mine\""), rest);
        assertTrue(rest.contains("https://fonts.example/web.ttf") && rest.contains("fonts/missing.ttf"), rest);
    }
}
