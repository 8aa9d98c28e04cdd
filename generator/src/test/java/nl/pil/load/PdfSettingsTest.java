package nl.pil.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.pil.ContentFixture;
import nl.pil.model.Content;
import nl.pil.model.Diagnostics;
import nl.pil.model.PageFormat;
import nl.pil.model.PdfSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code pdf:} group of site.yaml and {@code pdf-format} in front matter: values and their diagnostics. */
class PdfSettingsTest {
    @TempDir
    Path dir;

    private ContentFixture site(String pdf) {
        return new ContentFixture(dir)
                .write("site.yaml", ContentFixture.SITE_YAML + pdf)
                .leaflet("ct", "exam", "CT-scan", "", "Tekst.\n");
    }

    private static Optional<Content> load(ContentFixture f, Diagnostics d) {
        return new ContentLoader(f.root()).load(d);
    }

    @Test
    void defaultsAreA4WithoutPrintCopies() {
        Diagnostics d = new Diagnostics();
        PdfSettings pdf = load(site(""), d).orElseThrow().settings().pdf();
        assertEquals(new PdfSettings(PageFormat.A4, false, false, null), pdf);
        assertEquals(List.of(), d.sorted());
    }

    @Test
    void siteSettingsAndPerLeafletFormat() {
        ContentFixture f = site("pdf: {format: a5, bleed: true, booklet: true, logo: logo.png}\n")
                .writeBytes("logo.png", new byte[] {1})
                .leaflet("mri", "exam", "MRI", "pdf-format: A4", "Tekst.\n")
                .translation("mri", "en", "MRI", "", "Text.\n");
        Diagnostics d = new Diagnostics();
        Content content = load(f, d).orElseThrow();
        assertEquals(List.of(), d.sorted());
        PdfSettings pdf = content.settings().pdf();
        assertEquals(PageFormat.A5, pdf.format());
        assertTrue(pdf.bleed() && pdf.booklet());
        assertEquals(f.root().resolve("logo.png").toAbsolutePath().normalize(), pdf.logo());
        var mri = content.leaflet("mri").orElseThrow();
        assertEquals(PageFormat.A4, mri.in("nl").orElseThrow().meta().pdfFormat());
        assertNull(mri.in("en").orElseThrow().meta().pdfFormat(), "as written; the linker gives it the source's");
        assertEquals(
                PageFormat.A4,
                mri.in("en")
                        .orElseThrow()
                        .meta()
                        .inheritFrom(mri.in("nl").orElseThrow().meta())
                        .pdfFormat());
        assertNull(
                content.leaflet("ct")
                        .orElseThrow()
                        .in("nl")
                        .orElseThrow()
                        .meta()
                        .pdfFormat(),
                "the site's format");
    }

    @Test
    void badValuesAreErrorsAtTheValue() {
        ContentFixture f = site("pdf:\n  format: Letter\n  bleed: yes please\n  colour: blue\n  logo: missing.svg\n")
                .leaflet("mri", "exam", "MRI", "pdf-format: A3", "Tekst.\n");
        List<String> h = f.headlines(f.check());
        assertTrue(h.contains("site.yaml:15:11: error: unknown paper size 'Letter' for 'format'"), h::toString);
        assertTrue(h.contains("site.yaml:16:10: error: 'bleed' must be true or false, not 'yes please'"), h::toString);
        assertTrue(h.contains("site.yaml:17:3: error: unknown key 'colour' in 'pdf'"), h::toString);
        assertTrue(h.contains("site.yaml:18:9: error: logo file 'missing.svg' not found"), h::toString);
        assertTrue(h.contains("mri/nl.md:10:13: error: unknown paper size 'A3' for 'pdf-format'"), h::toString);
        assertEquals(5, h.size(), h::toString);
    }

    @Test
    void bilingualHandoutsAreForTranslationLanguagesOfTheSite() {
        Diagnostics d = new Diagnostics();
        assertEquals(
                List.of("en"),
                load(site("pdf: {bilingual: [en]}\n"), d)
                        .orElseThrow()
                        .settings()
                        .pdf()
                        .bilingual());
        assertEquals(List.of(), d.sorted());

        ContentFixture f = site("pdf:\n  bilingual: [nl, en, fr, en]\n");
        List<String> h = f.headlines(f.check());
        assertTrue(
                h.contains("site.yaml:15:15: error: 'nl' is the source language: a bilingual handout pairs it with a"
                        + " translation"),
                h::toString);
        assertTrue(
                h.contains("site.yaml:15:23: error: bilingual handouts in 'fr', which is not a language of the site"),
                h::toString);
        assertTrue(h.contains("site.yaml:15:27: warning: language 'en' is listed twice in 'bilingual'"), h::toString);
        assertEquals(3, h.size(), h::toString);
    }

    @Test
    void logoMustBeAnImageFormatThePdfCanEmbed() {
        ContentFixture f = site("pdf: {logo: logo.svg}\n").write("logo.svg", "<svg/>");
        List<String> h = f.headlines(f.check());
        assertEquals(List.of("site.yaml:14:13: error: logo must be a PNG or JPEG image, not 'logo.svg'"), h);
    }
}
