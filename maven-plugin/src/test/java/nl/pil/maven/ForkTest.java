package nl.pil.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The goals in a forked JVM, as when Maven runs on Java 17 (here forced with {@code pil.javaHome}): the same log
 * lines, the same failures, the same report as in-process.
 */
class ForkTest {
    @TempDir
    Path dir;

    private static final File THIS_JAVA = new File(System.getProperty("java.home"));

    /** Forced to fork; without PDFs, which take long and have their own tests. */
    private static <T extends AbstractPilMojo> T forked(T mojo) {
        mojo.javaHome = THIS_JAVA;
        if (mojo instanceof BuildMojo build) {
            build.formats = List.of("html", "index");
        }
        return mojo;
    }

    @Test
    void paramsCrossAsArguments() {
        Params p = new Params("build")
                .set("content", "/a b/content")
                .set("today", null)
                .setAll("formats", List.of("html", "index"))
                .setAll("languages", List.of())
                .set("strict", true);
        Params back = Params.fromArgs(p.toArgs().toArray(String[]::new));
        assertEquals("build", back.goal());
        assertEquals("/a b/content", back.get("content"));
        assertEquals(null, back.get("today"));
        assertEquals(List.of("html", "index"), back.list("formats"));
        assertEquals(List.of(), back.list("languages"));
        assertTrue(back.flag("strict"));
        assertEquals("x\\n\ny\r", Forked.unescape(Forked.escape("x\\n\ny\r")));
    }

    @Test
    void buildLogsAsInProcessAndFailsOnContentErrors() throws Exception {
        Project p = new Project(dir);
        forked(p.build()).execute();
        assertTrue(Files.isRegularFile(p.output().resolve("nl/ct-scan/index.html")));
        List<String> info = p.log.at("INFO");
        assertEquals(
                "Pil runs on Java " + Runtime.version().feature() + " in "
                        + THIS_JAVA.toPath().toAbsolutePath() + " (from pil.javaHome; Maven runs on Java "
                        + Runtime.version().feature() + ")",
                info.get(0));
        assertTrue(
                info.getLast().startsWith("Pil built 2 leaflets, 3 pages (html, index) into " + p.output()),
                p.log.all());
        // slf4j-api is on the tests' class path (provided by Maven), not on the plugin's
        assertEquals(
                List.of(),
                p.log.at("WARNING").stream()
                        .filter(w -> !w.startsWith("SLF4J:"))
                        .toList(),
                p.log.all());

        p.leaflet("mri-scan", "nl", "MRI-scan", "RAD-2", "## Voorbereiding\n\n[[ct]]\n");
        var e = assertThrows(MojoFailureException.class, () -> forked(p.build()).execute());
        assertEquals(
                List.of(
                        dir.resolve("content/mri-scan/nl.md").toAbsolutePath()
                                + ":13:1: card of unknown leaflet 'ct' (hint: a leaflet id is the name of its folder in the content folder)"),
                p.log.at("ERROR"));
        assertTrue(
                e.getMessage().startsWith("Pil found 1 error and 0 warnings in " + dir.resolve("content")),
                e.getMessage());
    }

    @Test
    void checkWritesItsReportAndAWrongParameterNamesIt() throws Exception {
        Project p = new Project(dir).leaflet("mri-scan", "nl", "MRI-scan", "RAD-2", "Een <b>vette</b> tekst.\n");
        forked(p.check()).execute();
        assertTrue(Files.readString(p.report()).contains("\"ruleId\" : \"raw-html\"")
                || Files.readString(p.report()).contains("\"ruleId\":\"raw-html\""));
        assertTrue(p.log.at("INFO").contains("Pil wrote its report (sarif) to " + p.report()), p.log.all());

        CheckMojo wrong = forked(p.check());
        wrong.reportFormat = "xml";
        var e = assertThrows(MojoExecutionException.class, wrong::execute);
        assertEquals(
                "unknown report format 'xml' (parameter reportFormat / pil.reportFormat); choose from text, json, sarif",
                e.getMessage());
    }

    @Test
    void serveRunsUntilStoppedAndTheForkedJvmEndsWithIt() throws Exception {
        Project p = new Project(dir);
        ServeMojo mojo = forked(p.serve());
        CompletableFuture<Void> done = CompletableFuture.runAsync(() -> {
            try {
                mojo.execute();
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        Pattern serving = Pattern.compile("Pil: serving .* on http://127\\.0\\.0\\.1:(\\d+)/ \\(Ctrl-C to stop\\)");
        String port = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (port == null && !done.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            Matcher m = serving.matcher(p.log.all());
            port = m.find() ? m.group(1) : null;
        }
        try {
            assertTrue(port != null, p.log.all());
            var page = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/nl/ct-scan/"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
        } finally {
            mojo.stop.countDown();
        }
        done.get(30, TimeUnit.SECONDS);
        assertTrue(p.log.at("INFO").contains("Pil: stopped serving"), p.log.all());
        String at = port;
        assertFalse(
                ProcessHandle.current()
                        .descendants()
                        .anyMatch(h -> h.info().commandLine().orElse("").contains(Forked.class.getName())),
                "the forked JVM ended, port " + at);
    }
}
