package nl.pil.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.pil.ContentFixture;
import nl.pil.compile.BuildOptions;
import nl.pil.compile.BuildResult;
import nl.pil.compile.Compiler;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site may tell patients that a leaflet's review is overdue ({@code overdue-notice: true}); by default it does not. */
class ReviewNoticeTest {
    private static final String NL_NOTICE =
            "Deze folder had op 1 december 2026 opnieuw gecontroleerd moeten worden. Tot dat gebeurd is: vraag het uw"
                    + " zorgverlener als iets niet duidelijk is.";
    private static final String EN_NOTICE =
            "This leaflet was due for review on 1 December 2026. Until it has been reviewed, ask your care team if"
                    + " anything is unclear.";

    @TempDir
    Path dir;

    ContentFixture f;

    @BeforeEach
    void content() {
        f = new ContentFixture(dir)
                .write("mri/nl.md", """
                        ---
                        type: exam
                        title: MRI-scan
                        summary: Over de MRI-scan.
                        code: RAD-1
                        department: radiology
                        reviewed: 2025-12-01
                        review-due: 2026-12-01
                        authors: [Afdeling Radiologie]
                        ---
                        Neem uw medicijnlijst mee.
                        """)
                .translation("mri", "en", "MRI scan", "", "Bring your list of medicines.\n")
                .stampTranslations()
                .leaflet("ct", "exam", "CT-scan", "", "Neem uw pas mee.\n");
    }

    private BuildResult buildOn(LocalDate today) throws IOException {
        return new Compiler(new BuildOptions(f.root(), List.of(), f.output(), today, Set.of("html", "index"))).build();
    }

    @Test
    void patientsSeeNothingUnlessTheSiteChoosesSo() throws IOException {
        BuildResult result = buildOn(LocalDate.of(2026, 12, 2));
        assertFalse(result.hasErrors(), result.diagnostics()::toString);
        assertTrue(
                f.headlines(result)
                        .contains("mri/nl.md:8:13: warning: review is overdue since 2026-12-01 [review-overdue]"),
                f.headlines(result)::toString);
        assertFalse(f.read("nl/mri/index.html").contains("review-note"));
        assertFalse(f.read("en/mri/index.html").contains("review-note"));
    }

    @Test
    void theNoticeFollowsTheBuildDateInEveryLanguage() throws IOException {
        f.write("site.yaml", ContentFixture.SITE_YAML + "overdue-notice: true\n");
        assertFalse(buildOn(LocalDate.of(2026, 11, 30)).hasErrors());
        assertFalse(f.read("nl/mri/index.html").contains("review-note"), "not overdue yet");

        // nothing in the content changed, only the date: the page is rendered again
        assertFalse(buildOn(LocalDate.of(2026, 12, 2)).hasErrors());
        String nl = f.read("nl/mri/index.html");
        assertTrue(
                nl.contains(
                        "<aside class=\"translation-note review-note\" role=\"note\">\n    <p>" + NL_NOTICE + "</p>"),
                nl);
        assertTrue(f.read("en/mri/index.html").contains("<p>" + EN_NOTICE + "</p>"));
        assertFalse(f.read("nl/ct/index.html").contains("review-note"), "a leaflet whose review is not due");

        assertFalse(buildOn(LocalDate.of(2026, 11, 30)).hasErrors());
        assertFalse(f.read("nl/mri/index.html").contains("review-note"), "back on an earlier date");
    }

    @Test
    void theHandoutCarriesItToo() throws IOException {
        f.write("site.yaml", ContentFixture.SITE_YAML + "overdue-notice: true\n")
                .withPdf();
        assertFalse(new Compiler(new BuildOptions(
                        f.root(), List.of(), f.output(), LocalDate.of(2026, 12, 2), BuildOptions.FORMATS))
                .build()
                .hasErrors());
        try (PDDocument pdf =
                Loader.loadPDF(f.output().resolve("nl/mri/RAD-1-nl.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains(NL_NOTICE), text);
        }
    }

    @Test
    void theSettingIsAYesOrNo() {
        f.write("site.yaml", ContentFixture.SITE_YAML + "overdue-notice: sometimes\n");
        assertEquals(
                List.of("site.yaml:14:17: error: 'overdue-notice' must be true or false, not 'sometimes'"),
                f.headlines(f.check()).stream()
                        .filter(h -> h.startsWith("site.yaml"))
                        .toList());
    }
}
