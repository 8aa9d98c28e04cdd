package nl.pil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.pil.ContentFixture;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who translated a leaflet and who reviewed the translation (MedlinePlus's criteria for multi-language material):
 * recorded by {@code pil translations}, shown beside the link to the source-language text on the page and in the
 * handout, and listed while missing.
 */
class TranslationProvenanceTest {
    @TempDir
    Path dir;

    private ContentFixture f;

    record Run(int code, String out, String err) {}

    @BeforeEach
    void content() {
        f = new ContentFixture(dir)
                .write("site.yaml", ContentFixture.SITE_YAML + ContentFixture.PLAIN_LANGUAGE_OFF)
                .leaflet("ct", "exam", "CT-scan", "", "Over de CT.\n")
                .leaflet("mri", "exam", "MRI-scan", "", "Over de MRI.\n")
                .translation("ct", "en", "CT scan", "", "About the CT.\n")
                .translation("mri", "en", "MRI scan", "", "About the MRI.\n");
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = Stream.concat(
                        Stream.of("translations", "--content", f.root().toString(), "--today", "2026-11-23"),
                        Stream.of(args))
                .toArray(String[]::new);
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void theTranslatorAndTheReviewerAreRecordedAndShownBesideTheOriginal() throws IOException {
        assertEquals(
                0,
                run("--stamp", "--lang", "en", "--translator", "Taalbrug: beëdigd vertaler")
                        .code());
        Run review = run("--reviewed-by", "Dr. A. Smith", "--lang", "en", "ct");
        assertEquals(0, review.code(), review.err());
        assertTrue(review.out().contains("1 translation recorded as reviewed by Dr. A. Smith"), review.out());
        String ct = Files.readString(f.root().resolve("ct/en.md"));
        assertTrue(ct.contains("translated-by: \"Taalbrug: beëdigd vertaler\"\n"), ct);
        assertTrue(
                ct.matches("(?s).*translation-reviewed-by: \"Dr. A. Smith\"\ntranslation-reviewed-on: 2026-11-23\n"
                        + "translation-reviewed-from: [0-9a-f]+\n.*"),
                ct);

        f.withPdf();
        assertTrue(f.build().published(), () -> f.build().diagnostics().toString());
        String page = f.read("en/ct/index.html");
        assertTrue(
                page.contains(
                        "<dt>Original text</dt><dd><a href=\"../../nl/ct/\" hreflang=\"nl\" lang=\"nl\">CT-scan</a>"
                                + " <span class=\"lang-marker\" lang=\"nl\">(Nederlands)</span></dd>"),
                page);
        assertTrue(page.contains("<dt>Translated by</dt><dd><bdi>Taalbrug: beëdigd vertaler</bdi></dd>"), page);
        assertTrue(
                page.contains("<dt>Translation checked by</dt><dd><bdi>Dr. A. Smith</bdi>,"
                        + " <time datetime=\"2026-11-23\">23 November 2026</time></dd>"),
                page);
        String mri = f.read("en/mri/index.html");
        assertTrue(mri.contains("<dt>Translated by</dt>"));
        assertFalse(mri.contains("Translation checked by"), "no review, no claim of one");
        assertFalse(f.read("nl/ct/index.html").contains("Original text"), "the source is the original");
        try (var files = Files.list(f.output().resolve("en/ct"));
                PDDocument pdf = Loader.loadPDF(
                        Files.readAllBytes(files.filter(p -> p.toString().endsWith("-en.pdf"))
                                .findFirst()
                                .orElseThrow()))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("[\\s\\u00A0]+", " ");
            // labels and values stand in two columns of the colophon: the text comes out column by column
            for (String label : new String[] {"Original text", "Translated by", "Translation checked by"}) {
                assertTrue(text.contains(label), label + " in " + text);
            }
            assertTrue(text.contains("Taalbrug: beëdigd vertaler"), text);
            assertTrue(text.contains("Dr. A. Smith, 23 November 2026"), text);
            assertTrue(text.contains("folders.test.example/nl/ct/"), text);
        }
    }

    @Test
    void aReviewOfAnEarlierTextIsNotShownAndTheOverviewListsWhatNobodyReviewed() throws IOException {
        assertEquals(0, run("--stamp", "--lang", "en").code());
        assertEquals(0, run("--reviewed-by", "Dr. A. Smith", "--lang", "en").code());
        Run overview = run("--report", dir.resolve("report").toString());
        assertFalse(overview.out().contains("without a review"), overview.out());
        // the source changes and the translation follows it: the old review was of another text
        Files.writeString(
                f.root().resolve("ct/nl.md"),
                Files.readString(f.root().resolve("ct/nl.md")).replace("Over de CT.", "Over de CT-scan."));
        Run outdated = run("--reviewed-by", "Dr. B. Jones", "--lang", "en", "ct");
        assertEquals(1, outdated.code());
        assertTrue(
                outdated.err()
                        .contains("ct/en.md is not up to date with its source: update it and run --stamp"
                                + " first, then review it"),
                outdated.err());
        assertEquals(0, run("--stamp", "--lang", "en", "ct").code());
        overview = run("--report", dir.resolve("report").toString());
        assertTrue(
                overview.out().contains("en: 1 translation without a review of the current text: ct"), overview.out());
        assertTrue(Files.readString(dir.resolve("report/translations.csv")).contains(",en_reviewed_by"));
        assertTrue(f.build().published());
        assertFalse(f.read("en/ct/index.html").contains("Translation checked by"), "the review was of an older text");
        assertTrue(f.read("en/mri/index.html").contains("Translation checked by"));
    }

    @Test
    void misusedOptionsAreUsageErrors() {
        assertEquals(2, run("--translator", "X").code());
        assertEquals(2, run("--reviewed-by", "Dr. A. Smith").code(), "a language is needed");
        assertEquals(2, run("--reviewed-by", "Dr. A. Smith", "--lang", "nl").code(), "the source is not a translation");
    }
}
