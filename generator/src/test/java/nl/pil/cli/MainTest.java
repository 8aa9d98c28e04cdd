package nl.pil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.pil.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and output of the command line, as scripts and CI see them. */
class MainTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    private String[] project(String command, String... more) {
        ContentFixture f = new ContentFixture(dir);
        String[] base = {
            command, "--content", f.root().toString(), "--out", f.output().toString(), "--today", "2026-11-23"
        };
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void buildSucceedsWithZero() {
        new ContentFixture(dir).leaflet("ct", "exam", "CT", "", "Tekst\n");
        Run r = run(project("build"));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("built 1 leaflet, 1 page, 1 PDF into "), r.out());
        assertTrue(Files.isRegularFile(dir.resolve("out/nl/ct/index.html")));
        assertTrue(Files.isRegularFile(dir.resolve("out/nl/ct/T-" + Math.abs("ct".hashCode() % 10000) + "-nl.pdf")));
        Run again = run(project("build"));
        assertTrue(
                again.out().startsWith("nothing changed since the last build: 1 leaflet, 1 page, 1 PDF in "),
                again.out());
        assertTrue(again.out().contains(" are up to date (checked in "), again.out());
        new ContentFixture(dir).leaflet("ct", "exam", "CT", "", "Tekst, nu langer.\n");
        Run edited = run(project("build"));
        assertTrue(
                edited.out().startsWith("built 1 leaflet, 1 page, 1 PDF into "),
                "the edited leaflet is written again: " + edited.out());
        Run clean = run(project("build", "--clean"));
        assertTrue(
                clean.out().startsWith("built 1 leaflet, 1 page, 1 PDF into "),
                "--clean takes nothing over: " + clean.out());
    }

    @Test
    void languagesToPublishAreCheckedAgainstSiteYaml() {
        new ContentFixture(dir).leaflet("ct", "exam", "CT", "", "Tekst\n");
        Run r = run(project("build", "--languages", "nl,fr"));
        assertEquals(1, r.code(), r.out());
        assertTrue(
                r.err().contains("site.yaml:1:1: error: cannot publish language 'fr': site.yaml does not list it"),
                r.err());
        Run dutch = run(project("build", "--languages", "nl"));
        assertEquals(0, dutch.code(), dutch.err());
        assertTrue(Files.isRegularFile(dir.resolve("out/nl/ct/index.html")));
    }

    @Test
    void noPdfSkipsTheHandouts() throws java.io.IOException {
        new ContentFixture(dir).leaflet("ct", "exam", "CT", "", "Tekst\n");
        Run r = run(project("build", "--no-pdf"));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("built 1 leaflet, 1 page into "), r.out());
        assertTrue(Files.isRegularFile(dir.resolve("out/nl/ct/index.html")));
        try (var files = Files.list(dir.resolve("out/nl/ct"))) {
            assertTrue(files.noneMatch(p -> p.toString().endsWith(".pdf")));
        }
        assertTrue(
                !Files.readString(dir.resolve("out/nl/ct/index.html"), java.nio.charset.StandardCharsets.UTF_8)
                        .contains(".pdf"),
                "no link to a handout that is not there");
    }

    @Test
    void contentErrorsExitWithOneAndPrintEveryDiagnostic() {
        new ContentFixture(dir).leaflet("ct", "exam", "CT", "", "[a](x) [b](y)\n");
        Run r = run(project("build"));
        assertEquals(1, r.code());
        assertTrue(r.err().contains("ct/nl.md:11:1: error: link to unknown leaflet 'x'"), r.err());
        assertTrue(r.err().contains("ct/nl.md:11:8: error: link to unknown leaflet 'y'"), r.err());
        assertTrue(r.err().contains("    hint: "), r.err());
        assertTrue(r.err().contains("pil: build failed: 2 errors, 0 warnings"), r.err());
    }

    @Test
    void warningsExitWithZeroUnlessAskedOtherwise() {
        new ContentFixture(dir).leaflet("ct", "exam", "CT", "", "<b>x</b>\n");
        Run check = run(project("check"));
        assertEquals(0, check.code());
        assertTrue(check.out().contains("0 errors, 1 warning"), check.out());
        assertTrue(check.err().contains("warning: raw HTML"), check.err());
        assertEquals(1, run(project("check", "--fail-on-warnings")).code());
        assertTrue(!Files.exists(dir.resolve("out")), "check writes nothing");
        Run strict = run(project("build", "--fail-on-warnings"));
        assertEquals(1, strict.code());
        assertTrue(strict.err().contains("was not changed"), strict.err());
        assertTrue(!Files.exists(dir.resolve("out")), "a warning stops the build before anything is written");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run("frobnicate").code());
        assertEquals(2, run("build", "--no-such-option").code());
        assertEquals(2, run("build", "--today", "yesterday").code());
        assertEquals(2, run().code());
        assertEquals(2, run("build", "--formats", "html,epub").code());
    }

    @Test
    void formatsChooseTheOutputs() {
        new ContentFixture(dir).leaflet("ct", "exam", "CT", "", "Tekst\n");
        assertEquals(0, run(project("build", "--formats", "html")).code());
        assertTrue(Files.isRegularFile(dir.resolve("out/nl/ct/index.html")));
        assertTrue(!Files.exists(dir.resolve("out/_search/meta.json")), "no search index when only html is asked for");
    }

    @Test
    void helpAndVersion() {
        Run help = run("build", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--content"), help.out());
        assertTrue(run("--version").out().startsWith("pil "));
    }
}
