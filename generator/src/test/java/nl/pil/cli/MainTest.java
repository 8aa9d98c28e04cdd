package nl.pil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        // only the commands that write the site know where it goes
        String[] base = command.equals("check")
                ? new String[] {command, "--content", f.root().toString(), "--today", "2026-11-23"}
                : new String[] {
                    command,
                    "--content",
                    f.root().toString(),
                    "--out",
                    f.output().toString(),
                    "--today",
                    "2026-11-23"
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
    void checkWritesJsonToStdoutAndKeepsTheTextOnStderr() throws Exception {
        new ContentFixture(dir).leaflet("ct", "exam", "CT", "", "<b>x</b>\n");
        Run r = run(project("check", "--format", "json"));
        assertEquals(0, r.code(), r.err());
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        assertEquals(1, json.path("counts").path("warnings").asInt(), r.out());
        assertEquals("raw-html", json.path("diagnostics").get(0).path("rule").asText());
        assertEquals(11, json.path("diagnostics").get(0).path("line").asInt());
        assertTrue(r.err().contains("warning: raw HTML is not allowed and is shown as plain text [raw-html]"), r.err());
        assertTrue(r.err().contains("checked 1 leaflet, 1 page: 0 errors, 1 warning"), "the summary leaves stdout");
    }

    @Test
    void checkWritesSarifToAFileWithTheSameExitCode() throws Exception {
        new ContentFixture(dir).leaflet("ct", "exam", "CT", "", "[a](nope)\n");
        Path file = dir.resolve("reports/check.sarif");
        Run r = run(project("check", "--format", "SARIF", "--output", file.toString()));
        assertEquals(1, r.code(), "errors still exit with 1");
        var sarif = new com.fasterxml.jackson.databind.ObjectMapper().readTree(Files.readString(file));
        assertEquals("2.1.0", sarif.path("version").asText());
        assertEquals(
                "content",
                sarif.path("runs").get(0).path("results").get(0).path("ruleId").asText());
        assertTrue(r.out().endsWith("; report in " + file + System.lineSeparator()), r.out());
        assertTrue(r.err().contains("error: link to unknown leaflet 'nope'"), r.err());

        Path text = dir.resolve("check.txt");
        assertEquals(1, run(project("check", "--output", text.toString())).code());
        assertTrue(Files.readString(text).contains("error: link to unknown leaflet 'nope'"));
    }

    @Test
    void anUnknownReportFormatIsAUsageError() {
        new ContentFixture(dir).leaflet("ct", "exam", "CT", "", "Tekst\n");
        Run r = run(project("check", "--format", "xml"));
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--format: unknown report format 'xml'; choose from text, json, sarif"), r.err());
    }

    @Test
    void strictMakesRuleWarningsErrorsInCheckAndBuild() {
        new ContentFixture(dir).leaflet("ct", "exam", "CT", "", "<b>x</b>\n\n![](foto.png)\n");
        new ContentFixture(dir).writeBytes("ct/foto.png", pngBytes());
        Run check = run(project("check", "--strict"));
        assertEquals(1, check.code(), check.err());
        assertTrue(
                check.err().contains("error: raw HTML is not allowed and is shown as plain text [raw-html]"),
                check.err());
        assertTrue(
                check.err().contains("warning: image has no description (alt text)"),
                "warnings that are not a rule's stay warnings: " + check.err());
        Run build = run(project("build", "--strict"));
        assertEquals(1, build.code(), build.err());
        assertTrue(!Files.exists(dir.resolve("out")), "nothing written");
        assertEquals(0, run(project("build")).code(), "without --strict the warning does not stop the build");
        assertEquals(1, run(project("build", "--strict")).code(), "an up-to-date build is not strict by accident");
    }

    private static byte[] pngBytes() {
        try {
            var out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(
                    new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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

    @Test
    void eachCommandsHelpListsOnlyTheOptionsThatApply() {
        Run create = run("new", "--help");
        assertEquals(0, create.code());
        for (String option : List.of("--lang", "--title", "--department", "--content", "--templates")) {
            assertTrue(create.out().contains(option), () -> option + " missing in\n" + create.out());
        }
        for (String option : List.of("--formats", "--no-pdf", "--fail-on-warnings", "--out", "--languages", "--port")) {
            assertFalse(create.out().contains(option), () -> option + " does not apply to 'pil new':\n" + create.out());
        }
        Run build = run("build", "--help");
        for (String option : List.of("--formats", "--no-pdf", "--fail-on-warnings", "--out", "--languages")) {
            assertTrue(build.out().contains(option), () -> option + " missing in\n" + build.out());
        }
        Run check = run("check", "--help");
        assertTrue(check.out().contains("--fail-on-warnings"), check.out());
        assertTrue(check.out().contains("--format="), check.out());
        assertFalse(check.out().contains("--formats"), check.out());
        assertFalse(check.out().contains("--no-pdf"), check.out());
        Run serve = run("serve", "--help");
        for (String option : List.of("--port", "--host", "--no-pdf", "--out")) {
            assertTrue(serve.out().contains(option), () -> option + " missing in\n" + serve.out());
        }
        assertFalse(serve.out().contains("--fail-on-warnings"), serve.out());
        Run health = run("health", "--help");
        assertTrue(health.out().contains("--out"), health.out());
        assertFalse(health.out().contains("--formats"), health.out());
    }

    @Test
    void servingPrintsTheAddressBound() throws Exception {
        assertEquals("http://127.0.0.1:8080/", ServeCommand.where(serving("127.0.0.1", 8080)));
        assertEquals("http://192.168.1.5:80/", ServeCommand.where(serving("192.168.1.5", 80)));
        assertEquals("http://[0:0:0:0:0:0:0:1]:8081/", ServeCommand.where(serving("::1", 8081)));
        String everywhere = ServeCommand.where(serving("0.0.0.0", 8080));
        assertTrue(
                everywhere.equals("all addresses, port 8080 (on this machine: http://127.0.0.1:8080/)")
                        || everywhere.equals(
                                "all addresses, port 8080 (on this machine: http://[0:0:0:0:0:0:0:1]:8080/)"),
                everywhere);
    }

    private static nl.pil.app.ServeListener.Serving serving(String host, int port) throws Exception {
        return new nl.pil.app.ServeListener.Serving(
                Path.of("build/site"),
                new java.net.InetSocketAddress(java.net.InetAddress.getByName(host), port),
                "http://localhost:" + port + "/",
                List.of());
    }
}
