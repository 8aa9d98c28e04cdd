package nl.pil.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import nl.pil.ContentFixture;
import nl.pil.model.Diagnostic;
import nl.pil.output.Progress;
import nl.pil.publish.Publisher;

/**
 * {@code pil watch} repeats what the leaflet-local rules found in leaflets whose files it did not parse again
 * ({@code Checker.Remembered}); after any sequence of edits its check reports exactly what a fresh process reports:
 * edits to leaflets, translations, {@code site.yaml}'s thresholds, the jargon list, the date, a file broken and mended.
 */
class RememberedCheckProperties {
    private Path dir;

    record Edit(String kind, int leaflet, int salt) {}

    private static final List<String> KINDS = List.of(
            "long-word",
            "passive",
            "jargon-use",
            "alert",
            "broken",
            "mend",
            "translate",
            "untranslate",
            "jargon",
            "threshold",
            "today");

    @AfterTry
    void cleanUp() throws IOException {
        if (dir != null) {
            Publisher.deleteTree(dir);
        }
    }

    @Example
    void anEditedLeafletIsCheckedAgainAndTheOthersAreRepeated() throws IOException {
        dir = Files.createTempDirectory("pil-remembered");
        ContentFixture f = fixture(dir);
        try (BuildSession session = new BuildSession()) {
            check(f, session, ContentFixture.TODAY);
            int before = session.checked().repeated();
            apply(f, new Edit("long-word", 0, 1));
            List<String> after = check(f, session, ContentFixture.TODAY);
            assertTrue(
                    after.stream().anyMatch(h -> h.contains("[long-words]") && h.contains("/ct/nl.md:")),
                    after::toString);
            // two of the three leaflets unchanged: their findings repeated, rule by rule
            assertTrue(
                    session.checked().repeated() - before >= 2,
                    "repeated " + (session.checked().repeated() - before));
        }
    }

    @Property(tries = 25)
    void aWatchingCheckReportsWhatAFreshOneReports(@ForAll("edits") List<Edit> edits) throws IOException {
        dir = Files.createTempDirectory("pil-remembered");
        ContentFixture f = fixture(dir);
        try (BuildSession session = new BuildSession()) {
            sameAfterEachEdit(f, edits, today -> check(f, null, today), today -> check(f, session, today));
        }
    }

    /**
     * Builds keep the findings in the output folder ({@code .pil/check.json}); each build, one process after another,
     * reports what a clean build reports, also after a build that failed (and so wrote nothing).
     */
    @Property(tries = 15)
    void aBuildReportsWhatACleanBuildReports(@ForAll("edits") List<Edit> edits) throws IOException {
        dir = Files.createTempDirectory("pil-remembered");
        ContentFixture f = fixture(dir);
        sameAfterEachEdit(f, edits, today -> build(f, today, true), today -> build(f, today, false));
    }

    /** A damaged record of findings is not repeated: the leaflets it names are checked again. */
    @Example
    void aDamagedRecordOfFindingsIsCheckedAgain() throws IOException {
        dir = Files.createTempDirectory("pil-remembered");
        ContentFixture f = fixture(dir);
        apply(f, new Edit("long-word", 1, 1)); // a finding of a leaflet-local rule in mri/nl.md
        List<String> clean = build(f, ContentFixture.TODAY, true);
        assertTrue(clean.stream().anyMatch(h -> h.contains("/mri/nl.md:")), clean::toString);
        build(f, ContentFixture.TODAY, false);
        Path record = f.output().resolve(".pil/check.json");
        String kept = Files.readString(record);
        assertTrue(kept.contains("\"line\":"), kept);
        Files.writeString(record, kept.replace("\"line\":", "\"line\":\"x\",\"was\":")); // every finding unreadable
        f.write(
                "liver/en.md",
                "---\ntype: condition\ntitle: Liver\nsummary: A summary.\n---\n\nSpread.\n"); // not up to date
        List<String> fresh = build(f, ContentFixture.TODAY, true);
        assertEquals(fresh, build(f, ContentFixture.TODAY, false));
        assertTrue(fresh.stream().anyMatch(h -> h.contains("/mri/nl.md:")), "mri's finding, not lost");
    }

    /** The diagnostics of one way of checking, on a given date. */
    private interface Report {
        List<String> on(LocalDate today) throws IOException;
    }

    /** Applies the edits one by one; before the first and after each, {@code kept} reports what {@code fresh} does. */
    private static void sameAfterEachEdit(ContentFixture f, List<Edit> edits, Report fresh, Report kept)
            throws IOException {
        LocalDate today = ContentFixture.TODAY;
        assertEquals(fresh.on(today), kept.on(today));
        List<Edit> done = new ArrayList<>();
        for (Edit edit : edits) {
            done.add(edit);
            if (edit.kind().equals("today")) {
                today = today.plusDays(200L * (edit.salt() % 3)); // review dates fall due
            } else {
                apply(f, edit);
            }
            assertEquals(fresh.on(today), kept.on(today), "after " + done);
        }
    }

    /** A build's diagnostics: into the fixture's output, or a clean one into a folder of its own. */
    private List<String> build(ContentFixture f, LocalDate today, boolean clean) throws IOException {
        BuildOptions o = f.options();
        BuildOptions options = new BuildOptions(
                        o.contentFolder(),
                        List.of(),
                        clean ? dir.resolve("clean") : o.outputFolder(),
                        today,
                        o.formats())
                .withClean(clean);
        return new Compiler(options)
                .build().diagnostics().stream().map(Diagnostic::format).toList();
    }

    /** Each kind of edit once, after a first check: what the property draws at random, in a fixed order. */
    @Example
    void everyKindOfEditOnce() throws IOException {
        List<Edit> edits = new ArrayList<>();
        for (String kind : KINDS) {
            edits.add(new Edit(kind, edits.size(), 7 * edits.size() + 1));
        }
        aWatchingCheckReportsWhatAFreshOneReports(edits);
    }

    private static ContentFixture fixture(Path dir) {
        return new ContentFixture(dir)
                .write("_check/jargon-nl.txt", "metastasen = uitzaaiingen\n")
                .leaflet("ct", "exam", "CT-scan", "prepare-days: 1", "## Voorbereiding\n\nU mag 4 uur niet eten.\n")
                .translation("ct", "en", "CT scan", "prepare-days: 1", "## Preparation\n\nDo not eat for 4 hours.\n")
                .leaflet(
                        "mri",
                        "exam",
                        "MRI-scan",
                        "",
                        "Een sterke magneet. Er wordt een foto gemaakt door de laborant.\n")
                .leaflet("liver", "condition", "Levermetastasen", "", "## Wat is het?\n\nUitzaaiingen in de lever.\n");
    }

    /** The check's diagnostics, as printed, in order. */
    private static List<String> check(ContentFixture f, BuildSession session, LocalDate today) {
        BuildOptions o = f.options();
        BuildOptions options = new BuildOptions(o.contentFolder(), List.of(), o.outputFolder(), today, o.formats());
        return new Compiler(options, Progress.NONE, session)
                .check().diagnostics().stream().map(Diagnostic::format).toList();
    }

    private static void apply(ContentFixture f, Edit edit) throws IOException {
        String id = List.of("ct", "mri", "liver").get(edit.leaflet() % 3);
        Path nl = f.root().resolve(id).resolve("nl.md");
        String text = Files.exists(nl) ? Files.readString(nl) : "";
        switch (edit.kind()) {
            case "long-word" ->
                f.write(id + "/nl.md", text + "\nDe ziekenhuisopnameduurberekening " + edit.salt() + ".\n");
            case "passive" -> f.write(id + "/nl.md", text + "\nDe scan wordt door de laborant gemaakt.\n");
            case "jargon-use" -> f.write(id + "/nl.md", text + "\nWe zoeken naar metastasen.\n");
            case "alert" -> f.write(id + "/nl.md", text + "\n> [!WARNING]\n> Bel bij koorts " + edit.salt() + ".\n");
            case "broken" -> f.write(id + "/nl.md", text.replaceFirst("title: ", "title: [kapot "));
            case "mend" -> f.write(id + "/nl.md", text.replace("title: [kapot ", "title: "));
            case "translate" ->
                f.write(
                        id + "/en.md",
                        "---\ntype: exam\ntitle: English " + edit.salt() + "\nsummary: About it.\n---\nText.\n");
            case "untranslate" -> Files.deleteIfExists(f.root().resolve(id).resolve("en.md"));
            case "jargon" ->
                f.write(
                        "_check/jargon-nl.txt",
                        "metastasen = uitzaaiingen\nlaborant = medewerker " + edit.salt() + "\n");
            case "threshold" ->
                f.write(
                        "site.yaml",
                        ContentFixture.SITE_YAML + "checks:\n  long-words: {max-letters: " + (12 + edit.salt() % 10)
                                + "}\n  passive-voice: " + (edit.salt() % 2 == 0 ? "off" : "warning") + "\n");
            default -> throw new IllegalArgumentException(edit.kind());
        }
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<String> kinds = Arbitraries.of(KINDS);
        return Combinators.combine(
                        kinds,
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(0, 99))
                .as(Edit::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(6);
    }
}
