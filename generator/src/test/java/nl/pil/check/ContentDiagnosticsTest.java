package nl.pil.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.pil.ContentFixture;
import nl.pil.compile.BuildResult;
import nl.pil.model.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each bad input a writer can produce, with the message and position the build reports for it. */
class ContentDiagnosticsTest {
    @TempDir
    Path dir;

    private ContentFixture fixture() {
        return new ContentFixture(dir);
    }

    private static void assertReported(List<String> headlines, String expected) {
        assertTrue(
                headlines.contains(expected),
                () -> "expected\n  " + expected + "\nin\n  " + String.join("\n  ", headlines));
    }

    private static Diagnostic only(BuildResult result) {
        assertEquals(1, result.diagnostics().size(), () -> result.diagnostics().toString());
        return result.diagnostics().getFirst();
    }

    @Test
    void validContentHasNoDiagnostics() {
        ContentFixture f =
                fixture().leaflet("ct-scan", "exam", "CT-scan", "prepare-days: 1", "## Wat is het?\n\nTekst.\n");
        BuildResult result = f.check();
        assertEquals(List.of(), f.headlines(result));
        assertEquals(1, result.leaflets());
    }

    @Test
    void badYamlIsReportedAtTheFileLine() {
        ContentFixture f = fixture().write("ct-scan/nl.md", """
                ---
                type: exam
                title: CT-scan
                summary: "not closed
                code: RAD-1
                ---
                Body
                """);
        BuildResult result = f.check();
        List<String> h = f.headlines(result);
        assertEquals(1, h.size(), h::toString);
        assertTrue(h.getFirst().startsWith("ct-scan/nl.md:"), h::toString);
        int line = result.diagnostics().getFirst().line();
        assertTrue(line >= 4 && line <= 6, "YAML line mapped into the file's front matter, got " + line);
        assertTrue(h.getFirst().contains("error: a quote opened here is never closed"), h::toString);
    }

    @Test
    void yamlTabIndentationPointsAtTheLine() {
        ContentFixture f = fixture().write("ct-scan/nl.md", "---\ntype: exam\ntitle: CT\n\tsummary: x\n---\nBody\n");
        Diagnostic d = only(f.check());
        assertEquals(4, d.line());
        assertEquals("the line is indented with a tab", d.message());
    }

    @Test
    void unknownKeySuggestsTheKnownOne() {
        ContentFixture f = fixture().leaflet("ct-scan", "exam", "CT-scan", "reviwers: [dr. A]", "Body\n");
        Diagnostic d = only(f.check());
        assertEquals("ct-scan/nl.md:10:1: error: unknown key 'reviwers' in front matter", strip(f, d));
        assertTrue(d.hint().startsWith("did you mean 'reviewers'?"), d::hint);
    }

    @Test
    void missingRequiredKeysInSourceLanguage() {
        ContentFixture f = fixture().write("ct-scan/nl.md", "---\ntype: exam\ntitle: CT-scan\n---\nBody\n");
        List<String> h = f.headlines(f.check());
        for (String key : List.of("summary", "code", "department", "reviewed", "review-due", "authors")) {
            assertReported(h, "ct-scan/nl.md:1:1: error: missing required key '" + key + "' in front matter");
        }
        assertEquals(6, h.size(), h::toString);
    }

    @Test
    void translationsMayLeaveOutWhatTheSourceSays() {
        ContentFixture f = fixture()
                .leaflet("ct-scan", "exam", "CT-scan", "prepare-days: 1", "Body\n")
                .translation("ct-scan", "en", "CT scan", "", "Body\n");
        assertEquals(
                List.of(
                        "ct-scan/en.md:1:1: warning: the en translation of 'ct-scan' does not say which version of the source it was translated from"),
                f.headlines(f.check()),
                "no errors: only the reminder to record the source version");
    }

    @Test
    void wrongTypesAreReportedAtTheValue() {
        ContentFixture f = fixture().write("ct-scan/nl.md", """
                ---
                type: exam
                title: [CT, scan]
                summary: Over de CT-scan.
                code: RAD-1
                department: radiology
                reviewed: yesterday
                review-due: 2027-01-01
                authors: {name: x}
                prepare-days: three
                ---
                Body
                """);
        List<String> h = f.headlines(f.check());
        assertReported(h, "ct-scan/nl.md:3:8: error: 'title' must be text, not a list");
        assertReported(h, "ct-scan/nl.md:7:11: error: 'reviewed' must be a date, not 'yesterday'");
        assertReported(h, "ct-scan/nl.md:9:10: error: 'authors' must be a list, not a group of keys");
        assertReported(h, "ct-scan/nl.md:10:15: error: 'prepare-days' must be a whole number, not 'three'");
    }

    @Test
    void unknownTypeListsTheTypes() {
        ContentFixture f = fixture().leaflet("ct-scan", "exma", "CT-scan", "", "Body\n");
        Diagnostic d = only(f.check());
        assertEquals("ct-scan/nl.md:2:7: error: unknown type 'exma'", strip(f, d));
        assertTrue(d.hint().contains("did you mean 'exam'?"), d::hint);
        assertTrue(d.hint().contains("condition, exam, treatment, aftercare, general"), d::hint);
    }

    @Test
    void duplicateIdsInDifferentFolders() {
        ContentFixture f = fixture()
                .leaflet("radiology/ct-scan", "exam", "CT-scan", "", "Body\n")
                .write(
                        "surgery/ct-scan/nl.md",
                        "---\ntype: exam\ntitle: CT 2\nsummary: x\ncode: X-2\ndepartment: surgery\n"
                                + "reviewed: 2026-01-01\nreview-due: 2027-01-01\nauthors: [x]\n---\nBody\n");
        List<String> h = f.headlines(f.check());
        assertReported(h, "surgery/ct-scan/nl.md:1:1: error: duplicate leaflet id 'ct-scan'");
    }

    @Test
    void unknownLinkAndCardIdsArePinpointed() {
        ContentFixture f = fixture()
                .leaflet("mri", "exam", "MRI", "", "Tekst\n")
                .leaflet(
                        "liver",
                        "condition",
                        "Lever",
                        "",
                        "## Onderzoeken\n\nLees over de [MRI](mr) en [CT](ct-scan).\n\n[[mri-scan]]\n");
        BuildResult result = f.check();
        List<String> h = f.headlines(result);
        // body starts on line 11 (front matter: 9 keys + 2 fences)
        assertReported(h, "liver/nl.md:13:14: error: link to unknown leaflet 'mr'");
        assertReported(h, "liver/nl.md:13:27: error: link to unknown leaflet 'ct-scan'");
        assertReported(h, "liver/nl.md:15:1: error: card of unknown leaflet 'mri-scan'");
        Diagnostic card = result.diagnostics().stream()
                .filter(d -> d.message().contains("mri-scan"))
                .findFirst()
                .orElseThrow();
        assertTrue(card.hint().startsWith("did you mean 'mri'?"), card::hint);
    }

    @Test
    void translationWithoutSource() {
        ContentFixture f = fixture().translation("ct-scan", "en", "CT scan", "", "Body\n");
        Diagnostic d = only(f.check());
        assertEquals(
                "ct-scan/en.md:1:1: error: translation without a source: leaflet 'ct-scan' has no nl.md", strip(f, d));
    }

    @Test
    void nonUtf8FileIsReportedAtTheBadByte() {
        byte[] latin1 = "---\ntype: exam\ntitle: Echo\nsummary: Voor het onderzoek \u00e9\u00e9n dag.\n---\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        ContentFixture f = fixture().writeBytes("echo/nl.md", latin1);
        Diagnostic d = only(f.check());
        assertEquals("echo/nl.md:4:29: error: file is not valid UTF-8 (byte 0xE9)", strip(f, d));
    }

    @Test
    void languageNotInSiteYaml() {
        ContentFixture f = fixture()
                .leaflet("ct-scan", "exam", "CT", "", "Body\n")
                .translation("ct-scan", "fr", "Scanner", "", "Body\n");
        Diagnostic d = only(f.check());
        assertEquals("ct-scan/fr.md:1:1: error: language 'fr' is not one of the site's languages", strip(f, d));
    }

    @Test
    void missingAndUnclosedFrontMatter() {
        ContentFixture f = fixture().write("a/nl.md", "# Titel\n\nTekst\n").write("b/nl.md", "---\ntype: exam\n");
        List<String> h = f.headlines(f.check());
        assertEquals(
                List.of("a/nl.md:1:1: error: missing front matter", "b/nl.md:1:1: error: front matter is not closed"),
                h);
    }

    @Test
    void prepareDaysOnlyForExamsAndNeverContradicted() {
        ContentFixture f = fixture()
                .leaflet("rfa", "treatment", "RFA", "prepare-days: 2", "Body\n")
                .leaflet("mri", "exam", "MRI", "prepare-days: 3", "Body\n")
                .translation("mri", "en", "MRI", "prepare-days: 1", "Body\n");
        List<String> h = f.headlines(f.check());
        assertReported(h, "rfa/nl.md:10:15: error: 'prepare-days' is only for exams, and this leaflet is a treatment");
        assertTrue(
                h.stream().anyMatch(s -> s.startsWith("mri/en.md:5:15: error: 'prepare-days' is 1 here but 3 in ")),
                h::toString);
    }

    @Test
    void departmentsCodesAndReviewDates() {
        ContentFixture f = fixture()
                .write(
                        "a/nl.md",
                        "---\ntype: exam\ntitle: A\nsummary: a\ncode: RAD-1\ndepartment: radiolgy\n"
                                + "reviewed: 2026-05-01\nreview-due: 2026-04-01\nauthors: [x]\n---\nBody\n")
                .write(
                        "b/nl.md",
                        "---\ntype: exam\ntitle: B\nsummary: b\ncode: RAD-1\ndepartment: surgery\n"
                                + "reviewed: 2024-01-01\nreview-due: 2025-01-01\nauthors: [x]\n---\nBody\n");
        BuildResult result = f.check();
        List<String> h = f.headlines(result);
        assertReported(h, "a/nl.md:6:13: error: unknown department 'radiolgy'");
        assertReported(h, "a/nl.md:8:13: error: 'review-due' (2026-04-01) is not after 'reviewed' (2026-05-01)");
        assertReported(h, "b/nl.md:5:7: error: code 'RAD-1' is already used by leaflet 'a'");
        assertReported(
                h, "b/nl.md:8:13: error: review is overdue since 2025-01-01, more than 90 days [review-overdue]");
    }

    @Test
    void bodyLints() {
        ContentFixture f = fixture()
                .leaflet(
                        "ct",
                        "exam",
                        "CT",
                        "",
                        "# Titel\n\n#### Diep\n\n<b>vet</b> en <i>schuin</i>\n\n![](foto.png)\n\n> [!DANGER]\n> Oei\n\nDit heeft beĆÆnvloeden.\n\n[folder](bijlage.pdf) [buiten](../x/geheim.txt)\n");
        f.writeBytes("ct/foto.png", new byte[] {1, 2, 3});
        List<String> h = f.headlines(f.check());
        assertReported(h, "ct/nl.md:11:1: warning: a '#' heading in the body repeats the page title level");
        assertReported(h, "ct/nl.md:13:1: warning: heading level jumps from 1 to 4");
        assertReported(h, "ct/nl.md:15:1: warning: raw HTML is not allowed and is shown as plain text [raw-html]");
        assertEquals(
                1, h.stream().filter(s -> s.contains("raw HTML")).count(), "one warning per paragraph, not per tag");
        assertReported(h, "ct/nl.md:17:1: warning: image has no description (alt text)");
        assertReported(
                h,
                "ct/nl.md:17:1: error: image 'foto.png' cannot be read: the file is damaged or not the kind its name says [image-damaged]");
        assertReported(h, "ct/nl.md:19:1: warning: unknown call-out type 'DANGER', shown as a quote");
        assertTrue(h.stream().anyMatch(s -> s.startsWith("ct/nl.md:22:13: warning: text looks garbled")), h::toString);
        assertReported(h, "ct/nl.md:24:1: error: file 'bijlage.pdf' does not exist");
        assertReported(h, "ct/nl.md:24:23: error: '../x/geheim.txt' points outside the leaflet's folder");
    }

    @Test
    void diagnosticsAreSortedByFileLineAndColumn() {
        ContentFixture f = fixture()
                .leaflet("b", "exam", "B", "", "[x](nope)\n")
                .leaflet("a", "exam", "A", "colour: red", "[y](nope) [z](nope2)\n");
        List<Diagnostic> d = f.check().diagnostics();
        assertEquals(d.stream().sorted().toList(), d);
        assertEquals(
                List.of("a", "a", "a", "b"),
                d.stream()
                        .map(x -> x.file().replaceAll(".*/([ab])/nl.md$", "$1"))
                        .toList());
    }

    @Test
    void badSiteYaml() {
        ContentFixture f =
                fixture().write("site.yaml", "name: X\nbase-url: folders\nlanguages: [nl, NL, nl]\nlogo: x.png\n");
        List<String> h = f.headlines(f.check());
        assertReported(h, "site.yaml:2:11: error: 'base-url' must be a full web address, not 'folders'");
        assertReported(h, "site.yaml:3:12: error: 'NL' is not a language code");
        assertReported(h, "site.yaml:3:12: error: language 'nl' is listed twice");
        assertReported(h, "site.yaml:4:1: error: unknown key 'logo' in site.yaml");
    }

    @Test
    void missingSiteYaml() {
        ContentFixture f = fixture();
        f.root().resolve("site.yaml").toFile().delete();
        assertEquals(List.of("site.yaml:1:1: error: site.yaml is missing"), f.headlines(f.check()));
    }

    @Test
    void warningsAloneDoNotFailTheBuild() {
        ContentFixture f = fixture().leaflet("ct", "exam", "CT", "", "<b>x</b>\n");
        BuildResult result = f.build();
        assertFalse(result.hasErrors());
        assertTrue(result.published());
        assertTrue(f.read("nl/ct/index.html").contains("&lt;b&gt;x&lt;/b&gt;"), "raw HTML is escaped in the page");
    }

    private static String strip(ContentFixture f, Diagnostic d) {
        return f.headlines(new BuildResult(List.of(d), false, 0, 0, java.util.Map.of()))
                .getFirst();
    }

    @Test
    void aNameSplitAtItsCommaIsWarned() {
        ContentFixture f = new ContentFixture(dir)
                .leaflet("ct", "exam", "CT", "contributors: [Afdeling Maag-, Darm- en Leverziekten]", "Tekst.\n");
        assertEquals(
                List.of(
                        "ct/nl.md:10:15: warning: 'Afdeling Maag-' in 'contributors' ends with a dash: a comma in a name"
                                + " splits it"),
                f.headlines(f.check()).stream()
                        .filter(h -> h.contains("ends with a dash"))
                        .toList());
    }
}
