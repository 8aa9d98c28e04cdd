package nl.pil.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.pil.ContentFixture;
import nl.pil.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The façade both front ends call: its options, its summaries, and the serve flow up to the server. */
class PilTest {
    @TempDir
    Path dir;

    private Options.Builder project(Path out) {
        return Options.builder().content(dir.resolve("content")).output(out).today(ContentFixture.TODAY);
    }

    private String[] cli(String command, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of(
                command,
                "--content",
                dir.resolve("content").toString(),
                "--out",
                out.toString(),
                "--today",
                ContentFixture.TODAY.toString()));
        if (command.equals("check")) { // check writes nothing, so it has no --out
            args.subList(3, 5).clear();
        }
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    /** Without the times, which differ from run to run. */
    private static String untimed(String line) {
        return line.strip().replaceAll(" in \\d+\\.\\d+ s.*", "");
    }

    @Test
    void aBuildThroughTheFacadeReportsWhatTheCommandLinePrints() throws Exception {
        new ContentFixture(dir)
                .leaflet("ct", "exam", "CT", "", "Tekst\n")
                .leaflet("mri", "exam", "MRI", "", "<b>x</b>\n");
        Path viaFacade = dir.resolve("facade");
        Path viaCli = dir.resolve("cli");

        BuildSummary built = new Pil(project(viaFacade).build()).build();
        assertEquals(BuildSummary.Kind.BUILD, built.kind());
        assertEquals(2, built.leaflets());
        assertEquals(2, built.pages());
        assertEquals(0, built.errors());
        assertEquals(1, built.warnings());
        assertFalse(built.failed());
        assertEquals("0 errors, 1 warning", built.counts());
        assertEquals("0 errors and 1 warning", built.errorsAndWarnings());
        assertEquals("2 pages, 2 PDFs", built.written());
        String[] printed = run(cli("build", viaCli));
        assertEquals("0", printed[0], printed[2]);
        assertEquals(
                untimed(built.forCommandLine().built()).replace(viaFacade.toString(), viaCli.toString()),
                untimed(printed[1]));
        assertTrue(
                built.forMaven()
                        .built()
                        .startsWith("Pil built 2 leaflets, 2 pages (html, index, pdf) into " + viaFacade + " in "),
                built.forMaven().built());
        assertTrue(
                built.forMaven().built().endsWith("; 1 warning"),
                built.forMaven().built());

        BuildSummary again = new Pil(project(viaFacade).build()).build();
        assertTrue(again.upToDate());
        assertFalse(again.failed());
        assertEquals("2 pages, 2 PDFs", again.totals());
        assertEquals(
                "Pil: nothing changed since the last build; " + viaFacade
                        + " is up to date (2 leaflets, 2 pages; 1 warning)",
                again.forMaven().upToDate());
        assertEquals(
                untimed(again.forCommandLine().upToDate()).replace(viaFacade.toString(), viaCli.toString()),
                untimed(run(cli("build", viaCli))[1]));
    }

    @Test
    void aCheckCountsAsTheCommandLineAndFailsOnWarningsWhenAsked() throws Exception {
        new ContentFixture(dir).leaflet("ct", "exam", "CT", "", "<b>x</b>\n");
        BuildSummary checked = new Pil(project(dir.resolve("out")).build()).check();
        assertEquals(
                "checked 1 leaflet, 1 page: 0 errors, 1 warning",
                checked.forCommandLine().checked());
        assertEquals(checked.forCommandLine().checked(), run(cli("check", dir.resolve("out")))[1].strip());
        assertEquals(
                "Pil checked 1 leaflet in " + dir.resolve("content") + ": no errors, 1 warning",
                checked.forMaven().checked());
        assertFalse(checked.failed());

        BuildSummary strict =
                new Pil(project(dir.resolve("out")).failOnWarnings(true).build()).check();
        assertTrue(strict.failed());
        assertEquals(
                "Pil found 0 errors and 1 warning in " + dir.resolve("content")
                        + " (failOnWarnings is on) (each problem is listed above)",
                strict.forMaven().failure());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void failOnWarningsStopsABuildBeforeItWrites() throws Exception {
        new ContentFixture(dir).leaflet("ct", "exam", "CT", "", "<b>x</b>\n");
        Path out = dir.resolve("out");
        BuildSummary stopped = new Pil(project(out).failOnWarnings(true).build()).build();
        assertTrue(stopped.stoppedByWarnings());
        assertTrue(stopped.failed());
        assertFalse(Files.exists(out));
        assertEquals(
                "pil: build stopped: 0 errors, 1 warning and --fail-on-warnings; " + out + " was not changed",
                stopped.forCommandLine().stoppedByWarnings());
        assertEquals(
                stopped.forCommandLine().stoppedByWarnings(),
                run(cli("build", out, "--fail-on-warnings"))[2].lines().toList().getLast());
        assertEquals(
                "Pil found 0 errors and 1 warning in " + dir.resolve("content") + " (failOnWarnings is on); " + out
                        + " was not changed (each problem is listed above)",
                stopped.forMaven().failure());
    }

    @Test
    void aBadFormatGivesOneMessageThatEachFrontEndPlacesTheParameterIn() {
        var e = assertThrows(
                InvalidOptionException.class,
                () -> project(dir).formats(List.of("html,epub")).build());
        assertEquals(InvalidOptionException.Option.FORMATS, e.option());
        assertEquals("unknown format 'epub'; choose from html, index, pdf", e.getMessage());
        assertEquals(
                "unknown format 'epub' (parameter formats / pil.formats); choose from html, index, pdf",
                e.message(" (parameter formats / pil.formats)"));
        String[] printed = run("build", "--formats", "html,epub");
        assertEquals(String.valueOf(Main.USAGE), printed[0]);
        assertTrue(printed[2].startsWith(e.getMessage()), printed[2]);

        var none = assertThrows(
                InvalidOptionException.class,
                () -> project(dir).formats(List.of("pdf")).noPdf(true).build());
        assertEquals("no output format chosen; choose from html, index, pdf", none.getMessage());
    }

    @Test
    void formatsLanguagesAndTheDateAreReadOneWay() throws Exception {
        assertEquals(List.of("index", "html"), List.copyOf(Options.formats(List.of(" INDEX, html,", "html"))));
        assertEquals(nl.pil.compile.BuildOptions.FORMATS, Options.formats(null));
        assertEquals(List.of("nl", "en", "ar"), Options.languages(List.of("nl, en", " ", "ar")));
        Options options = project(dir)
                .formats(List.of("html", "pdf"))
                .noPdf(true)
                .languages(List.of("nl,en"))
                .build();
        assertEquals(Set.of("html"), options.buildOptions().formats());
        assertEquals(List.of("nl", "en"), options.buildOptions().languages());
        assertEquals(java.time.LocalDate.of(2026, 3, 1), Options.today("2026-03-01 "));
        var e = assertThrows(
                InvalidOptionException.class, () -> project(dir).today("1 June").build());
        assertEquals(InvalidOptionException.Option.TODAY, e.option());
        assertEquals(
                "today must be a date like 2026-03-01, not '1 June' (parameter today / pil.today)",
                e.message(" (parameter today / pil.today)"));
    }

    @Test
    void foldersMustExistOnlyWhenRequired() throws Exception {
        Path missing = dir.resolve("leaflets");
        Options lenient = Options.builder()
                .content(missing)
                .templates(dir.resolve("theme"))
                .build();
        assertEquals(
                List.of(dir.resolve("theme")),
                lenient.buildOptions().templateFolders(),
                "the compiler reports what is missing");
        var content = assertThrows(
                InvalidOptionException.class,
                () -> Options.builder().requireFolders(true).content(missing).build());
        assertEquals(
                "content folder " + missing + " does not exist; it holds site.yaml and one folder per leaflet",
                content.getMessage());
        Files.createDirectories(missing);
        var templates = assertThrows(
                InvalidOptionException.class,
                () -> Options.builder()
                        .requireFolders(true)
                        .content(missing)
                        .templates(dir.resolve("theme"))
                        .build());
        assertEquals(InvalidOptionException.Option.TEMPLATES, templates.option());
        Options byDefault = Options.builder()
                .requireFolders(true)
                .content(missing)
                .defaultTemplates(dir.resolve("theme"))
                .build();
        assertEquals(
                List.of(),
                byDefault.buildOptions().templateFolders(),
                "a default folder that does not exist: built-in templates");
    }

    /** Records what serving tells. */
    private static final class Recorder implements ServeListener {
        final List<String> events = new ArrayList<>();

        @Override
        public void built(BuildSummary build) {
            events.add("built " + build.failed());
        }

        @Override
        public void servingPreviousBuild(BuildSummary build) {
            events.add("previous");
        }

        @Override
        public void serving(Serving serving) {
            events.add("serving " + serving.url());
        }

        @Override
        public void rebuilt(BuildSummary rebuild) {
            events.add("rebuilt");
        }

        @Override
        public void rebuildFailed(Exception e) {
            events.add("rebuild failed");
        }

        @Override
        public void stopped() {
            events.add("stopped");
        }
    }

    @Test
    void servingAFailedBuildWithoutAnEarlierOneEndsBeforeServing() throws Exception {
        new ContentFixture(dir).leaflet("ct", "exam", "CT", "", "[[nothing]]\n");
        Recorder recorder = new Recorder();
        ServeOutcome outcome = new Pil(project(dir.resolve("out")).port(0).build()).serve(recorder);
        assertEquals(ServeOutcome.End.BUILD_FAILED, outcome.end());
        assertTrue(outcome.build().hasErrors());
        assertEquals(List.of("built true"), recorder.events);
    }

    @Test
    void servingNothingWithoutBuildingSaysSo() throws Exception {
        new ContentFixture(dir).leaflet("ct", "exam", "CT", "", "Tekst\n");
        Recorder recorder = new Recorder();
        ServeOutcome outcome =
                new Pil(project(dir.resolve("out")).noBuild(true).port(0).build()).serve(recorder);
        assertEquals(ServeOutcome.End.NOTHING_TO_SERVE, outcome.end());
        assertNull(outcome.build());
        assertEquals(List.of(), recorder.events);
    }

    @Test
    void aFailedBuildServesTheEarlierOneIfThereIsOne() throws Exception {
        ContentFixture f = new ContentFixture(dir).leaflet("ct", "exam", "CT", "", "Tekst\n");
        Path out = dir.resolve("out");
        assertFalse(new Pil(project(out).build()).build().failed());
        f.leaflet("ct", "exam", "CT", "", "[[nothing]]\n");
        Recorder recorder = new Recorder();
        ServeOutcome outcome = new Pil(project(out).port(0).build()).serve(recorder);
        // the generator's tests have no site server (the site module has it): serving ends there
        assertEquals(ServeOutcome.End.NO_SERVER, outcome.end());
        assertEquals(List.of("built true", "previous"), recorder.events);
        assertTrue(Files.isRegularFile(out.resolve("nl/ct/index.html")), "the earlier build stays");
    }
}
