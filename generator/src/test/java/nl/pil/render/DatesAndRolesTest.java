package nl.pil.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.pil.ContentFixture;
import nl.pil.compile.BuildResult;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What real pages say about a leaflet's history (#13): a review known only by its month ("mei 2017"), a last update
 * apart from the review, who contributed, and more text in the preparation warning's box.
 */
class DatesAndRolesTest {
    @TempDir
    Path dir;

    private ContentFixture leaflet(String frontMatter) {
        return new ContentFixture(dir)
                .write("site.yaml", ContentFixture.SITE_YAML + ContentFixture.PLAIN_LANGUAGE_OFF)
                .write(
                        "mri/nl.md",
                        "---\ntype: exam\ntitle: MRI-scan\nsummary: Over de MRI-scan.\ncode: RAD-7\n"
                                + "department: radiology\nauthors: [KWF]\n" + frontMatter + "---\nTekst.\n");
    }

    @Test
    void monthDatesUpdatesAndContributorsAreShownAsWritten() throws IOException {
        ContentFixture f = leaflet(
                        "reviewed: 2017-05\nreview-due: 2027-05\nupdated: 2026-11-02\ncontributors: [dr. A. Jansen]\n"
                                + "prepare-days: 3\nprepare-note: Vul ook de MRI-vragenlijst in.\n")
                .translation("mri", "en", "MRI scan", "prepare-note: Also fill in the MRI questionnaire.", "Text.\n")
                .stampTranslations()
                .withPdf();
        BuildResult result = f.build();
        assertTrue(result.published(), result.diagnostics()::toString);
        String nl = f.read("nl/mri/index.html");
        assertTrue(nl.contains("<dt>Laatst gecontroleerd</dt><dd><time datetime=\"2017-05\">mei 2017</time></dd>"), nl);
        assertTrue(
                nl.contains("<dt>Laatst bijgewerkt</dt><dd><time datetime=\"2026-11-02\">2 november 2026</time></dd>"));
        assertTrue(nl.contains("<dt>Met medewerking van</dt><dd><bdi>dr. A. Jansen</bdi></dd>"));
        assertTrue(nl.contains("<p class=\"prepare-note\">Vul ook de MRI-vragenlijst in.</p>"));
        assertTrue(nl.contains("\"lastReviewed\":\"2017-05\""), nl);
        assertTrue(nl.contains("\"dateModified\":\"2026-11-02\""), nl);
        String en = f.read("en/mri/index.html");
        assertTrue(en.contains("<time datetime=\"2017-05\">May 2017</time>"), en);
        assertTrue(en.contains("<p class=\"prepare-note\">Also fill in the MRI questionnaire.</p>"), en);
        try (PDDocument pdf =
                Loader.loadPDF(f.output().resolve("nl/mri/RAD-7-nl.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Vul ook de MRI-vragenlijst in."), text);
            // the closing block is a table of labels and values: the text runs label by label, then value by value
            for (String part : List.of(
                    "Met medewerking van",
                    "dr. A. Jansen",
                    "Laatst bijgewerkt",
                    "2 november 2026",
                    "Laatst gecontroleerd",
                    "mei 2017",
                    "Volgende controle",
                    "mei 2027",
                    "Versie mei 2017")) {
                assertTrue(text.contains(part), part + " in " + text);
            }
        }
    }

    @Test
    void aReviewDueMonthEndsWithTheMonth() {
        // the fixture's day is 2026-11-23: due in November is not overdue yet, due in October is
        ContentFixture f = leaflet("reviewed: 2024-05\nreview-due: 2026-11\n");
        assertEquals(List.of(), f.headlines(f.check()));
        f = leaflet("reviewed: 2024-05\nreview-due: 2026-10\n");
        assertEquals(
                List.of("mri/nl.md:9:13: warning: review is overdue since 2026-10-31 [review-overdue]"),
                f.headlines(f.check()));
    }

    @Test
    void badMonthsAndNotesWithoutAWarningAreErrors() {
        ContentFixture f = leaflet("reviewed: 2017-5\nreview-due: 2027-13\nprepare-note: Neem uw pas mee.\n");
        assertEquals(
                List.of(
                        "mri/nl.md:8:11: error: 'reviewed' must be a date or a month, not '2017-5'",
                        "mri/nl.md:9:13: error: 'review-due' must be a date or a month, not '2027-13'",
                        "mri/nl.md:10:15: error: 'prepare-note' adds to the preparation warning, but there is none:"
                                + " 'prepare-days' is missing"),
                f.headlines(f.check()));
    }

    @Test
    void aTranslationWithoutTheSourcesNoteIsAnError() {
        ContentFixture f = leaflet("reviewed: 2026-01-10\nreview-due: 2027-01-10\nprepare-days: 3\n"
                        + "prepare-note: Vul ook de MRI-vragenlijst in.\n")
                .translation("mri", "en", "MRI scan", "", "Text.\n")
                .stampTranslations();
        assertEquals(
                List.of("mri/en.md:1:1: error: the source's preparation warning says more ('prepare-note') than this"
                        + " translation's [alerts]"),
                f.headlines(f.check()));
    }
}
