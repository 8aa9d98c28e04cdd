package nl.pil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.pil.ContentFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken or hostile user template, as the command line reports it: exit code 1, a diagnostic, the old site kept. */
class TemplateErrorsCliTest {
    @TempDir
    Path dir;

    ContentFixture f;
    Path mine;

    record Run(int code, String out, String err) {}

    @BeforeEach
    void content() throws IOException {
        f = new ContentFixture(dir)
                .leaflet("ct", "exam", "CT", "", "Tekst\n")
                .leaflet("mri", "exam", "MRI", "", "Tekst\n");
        mine = Files.createDirectories(dir.resolve("my-templates"));
    }

    private Run run(String command, String... more) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] base = {
            command,
            "--content",
            f.root().toString(),
            "--out",
            f.output().toString(),
            "--today",
            "2026-11-23",
            "--templates",
            mine.toString()
        };
        String[] all = Stream.concat(Stream.of(base), Stream.of(more)).toArray(String[]::new);
        if (command.equals("check")) { // check writes nothing, so it has no --out
            all = Stream.of(all)
                    .filter(a -> !a.equals("--out") && !a.equals(f.output().toString()))
                    .toArray(String[]::new);
        }
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
        return new Run(code, out.toString(), err.toString());
    }

    /** Every file of the output folder with its content, to compare before and after. */
    private Map<String, String> snapshot() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(f.output())) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(
                        f.output().relativize(p).toString(),
                        nl.pil.cache.Fingerprint.start()
                                .add(Files.readAllBytes(p))
                                .hex());
            }
        }
        return files;
    }

    private String shown(String name) {
        return mine.resolve(name).toAbsolutePath().normalize().toString().replace('\\', '/');
    }

    @Test
    void anUnclosedIfIsAnErrorInCheckAndBuildAndTheSiteStays() throws IOException {
        assertEquals(0, run("build", "--no-pdf").code());
        Map<String, String> before = snapshot();
        Files.writeString(
                mine.resolve("leaflet.ftlh"),
                "<#import \"layout.ftlh\" as layout>\n<p>${title}</p>\n<#if summary??>\n<p>${summary}</p>\n",
                StandardCharsets.UTF_8);
        String expected = shown("leaflet.ftlh")
                + ":4:18: error: template syntax: Unexpected end of file reached. You have an unclosed #if.";

        Run check = run("check");
        assertEquals(1, check.code(), check.err());
        assertTrue(check.err().contains(expected), check.err());
        assertTrue(check.err().contains("\n    hint: fix the FreeMarker syntax"), check.err());
        assertTrue(check.out().contains("1 error"), check.out());

        Run build = run("build", "--no-pdf");
        assertEquals(1, build.code(), build.err());
        assertTrue(build.err().contains(expected), build.err());
        assertTrue(
                build.err().contains("pil: build failed: 1 error, 0 warnings; " + f.output() + " was not changed"),
                build.err());
        assertFalse(build.err().contains("internal failure"), build.err());
        assertEquals(before, snapshot(), "the previous site is untouched");
    }

    @Test
    void aRuntimeErrorStopsTheBuildWithOneDiagnostic() throws IOException {
        assertEquals(0, run("build", "--no-pdf").code());
        Map<String, String> before = snapshot();
        Files.writeString(mine.resolve("card.ftlh"), "<p>${card.nope}</p>", StandardCharsets.UTF_8);
        f.leaflet("ct", "exam", "CT", "", "Tekst\n\n[[mri]]\n").leaflet("mri", "exam", "MRI", "", "Tekst\n\n[[ct]]\n");

        assertEquals(0, run("check").code(), "the template parses; only rendering finds the missing value");
        Run build = run("build", "--no-pdf");
        assertEquals(1, build.code(), build.err());
        assertTrue(
                build.err()
                        .contains(
                                shown("card.ftlh")
                                        + ":1:6: error: template: The following has evaluated to null or missing: "
                                        + "==> card.nope (rendering en/departments/radiology/index.html and 3 more)\n    hint: "),
                build.err());
        assertEquals(
                1, build.err().split("error: ", -1).length - 1, "reported once, not once per page: " + build.err());
        assertEquals(before, snapshot());
    }

    @Test
    void aTemplateRunningAProgramFailsTheBuildAndRunsNothing() throws IOException {
        Path canary = dir.resolve("canary");
        Files.writeString(
                mine.resolve("pdf.ftlh"),
                "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"touch " + canary + "\")}",
                StandardCharsets.UTF_8);
        Run build = run("build");
        assertEquals(1, build.code(), build.err());
        assertTrue(
                build.err()
                        .contains(shown("pdf.ftlh")
                                + ":1:1: error: template: Instantiating freemarker.template.utility.Execute "
                                + "is not allowed in the template for security reasons."),
                build.err());
        assertFalse(Files.exists(canary), "the template ran a program");
        assertFalse(Files.exists(f.output()), "nothing written");
    }
}
