package nl.pil.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import nl.pil.ContentFixture;
import nl.pil.compile.BuildResult;
import nl.pil.model.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * YAML mistakes in front matter and site.yaml, reported in a writer's words at the line where the mistake starts, once:
 * no second error that follows from the first.
 */
class FriendlyYamlErrorsTest {
    @TempDir
    Path dir;

    private static final String HINT_INDENT = "keys of one group start in the same column, and a key is indented (with"
            + " spaces) only below a key that ends with ':'";

    /** The only diagnostic, as headline and hint. */
    private static List<String> only(ContentFixture f, BuildResult result) {
        assertEquals(1, result.diagnostics().size(), () -> f.headlines(result).toString());
        Diagnostic d = result.diagnostics().getFirst();
        return List.of(f.headlines(result).getFirst(), String.valueOf(d.hint()));
    }

    @Test
    void aKeyIndentedMoreThanTheOnesAboveIt() {
        ContentFixture f = new ContentFixture(dir).write("ct/nl.md", """
                ---
                type: exam
                title: CT-scan
                  summary: Over de scan.
                code: RAD-1
                ---
                Tekst.
                """);
        assertEquals(
                List.of("ct/nl.md:4:3: error: the line is indented differently from the lines above it", HINT_INDENT),
                only(f, f.check()));
    }

    @Test
    void aKeyIndentedLessThanItsNeighboursInSiteYaml() {
        ContentFixture f = new ContentFixture(dir).write("site.yaml", """
                name: Test
                base-url: https://t.example/
                languages: [nl]
                departments:
                  radiology:
                    name: Radiologie
                   phone: "040 555"
                """);
        assertEquals(
                List.of("site.yaml:7:4: error: the line is indented differently from the lines above it", HINT_INDENT),
                only(f, f.check()));
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItOpens() {
        // line 3 of a 17-line file: the parser only notices at the end of the front matter
        ContentFixture f = new ContentFixture(dir).write("ct/nl.md", """
                ---
                type: exam
                title: "CT-scan
                summary: Over de scan.
                code: RAD-1
                department: radiology
                reviewed: 2026-01-10
                review-due: 2027-01-10
                authors: [Afdeling Radiologie]
                reviewers: [Dr. A]
                related: []
                keywords: [ct]
                ---
                ## Wat is het?

                Tekst.
                Meer tekst.
                """);
        assertEquals(
                List.of(
                        "ct/nl.md:3:8: error: a quote opened here is never closed",
                        "end the value with the same quote it starts with, on the same line; a value with an"
                                + " apostrophe in it, like foto's, needs no quotes"),
                only(f, f.check()));
    }

    @Test
    void anUnclosedQuoteClosedByALaterOneIsReportedWhereItOpened() {
        // the next quote in the file closes the value: the fixture's summary repeats the title ('Over "CT-scan.', line
        // 4), and the parser trips over the text after that quote
        ContentFixture f = new ContentFixture(dir)
                .leaflet("ct", "exam", "\"CT-scan", "reviewers: [\"dr. A. Smit, radioloog\"]", "Tekst.\n");
        assertEquals(
                List.of(
                        "ct/nl.md:3:8: error: a quote opened here is closed only on line 4",
                        "end the value with the same quote it starts with, on the same line; a value with an"
                                + " apostrophe in it, like foto's, needs no quotes"),
                only(f, f.check()));
    }

    @Test
    void aTabInTheIndentation() {
        ContentFixture f =
                new ContentFixture(dir).write("ct/nl.md", "---\ntype: exam\ntitle: CT\n\tsummary: x\n---\nB\n");
        assertEquals(
                List.of(
                        "ct/nl.md:4:1: error: the line is indented with a tab",
                        "indent with spaces only: YAML does not allow tabs"),
                only(f, f.check()));
    }

    @Test
    void aColonInAValue() {
        ContentFixture f = new ContentFixture(dir).leaflet("ct", "exam", "CT: de scan", "", "Tekst.\n");
        assertEquals(
                List.of(
                        "ct/nl.md:3:10: error: a value contains ': '",
                        "put the whole value in quotes, e.g. title: \"CT-scan: how it goes\""),
                only(f, f.check()));
    }

    @Test
    void anUnclosedListIsReportedWhereItOpens() {
        ContentFixture f =
                new ContentFixture(dir).leaflet("ct", "exam", "CT", "keywords: [ct, scan\nreviewers: []", "T\n");
        assertEquals(
                List.of(
                        "ct/nl.md:10:11: error: a list opened with '[' here is never closed",
                        "close it with ']' on the same line, e.g. [dr. A, dr. B]; or put a value with '[' in quotes"),
                only(f, f.check()));
    }

    @Test
    void departmentsWrittenAsAListIsOneErrorNotOnePerLeaflet() {
        ContentFixture f = new ContentFixture(dir)
                .write("site.yaml", """
                        name: Test
                        base-url: https://t.example/
                        languages: [nl, en]
                        departments:
                          - radiology
                          - surgery
                        """)
                .leaflet("ct", "exam", "CT", "", "Tekst.\n")
                .leaflet("mri", "exam", "MRI", "", "Tekst.\n");
        assertEquals(
                List.of(
                        "site.yaml:5:3: error: 'departments' must be a group of 'key: value' lines, not a list",
                        "write each entry as a key ending in ':' on a line of its own, its settings indented below"
                                + " it, not as a '- ' item"),
                only(f, f.check()));
    }

    @Test
    void anUnknownDepartmentIsStillReportedWhenDepartmentsAreFine() {
        ContentFixture f = new ContentFixture(dir).write("ct/nl.md", """
                ---
                type: exam
                title: CT
                summary: Over de scan.
                code: RAD-1
                department: radiolgy
                reviewed: 2026-01-10
                review-due: 2027-01-10
                authors: [Afdeling Radiologie]
                ---
                Tekst.
                """);
        assertEquals(
                "ct/nl.md:6:13: error: unknown department 'radiolgy'",
                only(f, f.check()).getFirst());
    }

    @Test
    void aBrokenSourceFileDoesNotMakeItsTranslationsLookOrphaned() {
        ContentFixture f = new ContentFixture(dir)
                .write("ct/nl.md", "---\ntype: exam\n  title: CT\n---\nTekst.\n")
                .translation("ct", "en", "CT", "", "Text.\n");
        assertEquals(
                List.of("ct/nl.md:3:3: error: the line is indented differently from the lines above it", HINT_INDENT),
                only(f, f.check()));
    }

    @Test
    void linksToALeafletWhoseFileIsBrokenAreNotCalledUnknown() {
        ContentFixture f = new ContentFixture(dir)
                .write("ct/nl.md", "---\ntype: exam\ntitle: \"CT\nsummary: x\n---\nTekst.\n")
                .leaflet("mri", "exam", "MRI", "related: [ct]", "Zie ook [de CT-scan](ct).\n")
                .leaflet("pet", "exam", "PET", "", "Tekst.\n\n[[ct]]\n");
        assertEquals(
                "ct/nl.md:3:8: error: a quote opened here is never closed",
                only(f, f.check()).getFirst());
        // once fixed, a link to a leaflet that does not exist is still an error
        f.write(
                "mri/nl.md",
                "---\ntype: exam\ntitle: MRI\nsummary: Over MRI.\ncode: T-2\ndepartment: radiology\n"
                        + "reviewed: 2026-01-10\nreview-due: 2027-01-10\nauthors: [A]\n---\nZie [de röntgenfoto](xray).\n");
        List<String> fixed = f.headlines(f.check());
        assertEquals(true, fixed.contains("mri/nl.md:11:5: error: link to unknown leaflet 'xray'"), fixed::toString);
    }

    @Test
    void aTranslationWithoutASourceFileIsStillReported() {
        ContentFixture f = new ContentFixture(dir).translation("ct", "en", "CT", "", "Text.\n");
        assertEquals(
                "ct/en.md:1:1: error: translation without a source: leaflet 'ct' has no nl.md",
                only(f, f.check()).getFirst());
    }

    /** The diagnostics of {@code yaml} read as site.yaml: "line:column: message | hint". */
    private static List<String> read(String yaml) {
        nl.pil.model.Diagnostics diagnostics = new nl.pil.model.Diagnostics();
        YamlDocument.parse(yaml, "site.yaml", 1, diagnostics);
        return diagnostics.sorted().stream()
                .map(d -> d.line() + ":" + d.column() + ": " + d.message() + " | " + d.hint())
                .toList();
    }

    @Test
    void otherMistakesInPlainWords() {
        assertEquals(
                List.of("1:8: a value cannot start with '@' | put the value in quotes: \"@home\""),
                read("title: @home\n"));
        assertEquals(
                List.of("1:8: a value cannot start with '*' | put the value in quotes: \"*new*\""),
                read("title: *new*\n"));
        assertEquals(
                List.of("2:1: a key without ':' after it | write 'key: value', with a space after the colon"),
                read("title: x\ntitle x\nsummary: y\n"));
        assertEquals(
                List.of("1:14: a ']' that closes nothing | remove it, or put the value in quotes"),
                read("title: [a, b]]\n"));
        assertEquals(
                List.of("1:13: text after the closing quote of a value"
                        + " | put the whole value inside the quotes, or leave the quotes out"),
                read("title: \"CT\" more\n"));
        assertEquals(
                List.of("2:1: a list item ('- ') where a key was expected"
                        + " | indent the '- ' lines below the key they belong to, or write 'key: value'"),
                read("a: 1\n- b\n"));
        assertEquals(
                List.of("1:12: a backslash in double quotes starts an unknown escape"
                        + " | write \\\\ for a backslash, or put the value in single quotes instead"),
                read("title: \"a \\q\"\n"));
        assertEquals(
                List.of("2:1: a '---' line in the middle | a file holds one block of settings: remove the '---' line"),
                read("title: a\n---\nb: c\n"));
    }
}
