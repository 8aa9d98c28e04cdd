package nl.pil.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.pil.ContentFixture;
import nl.pil.compile.BuildOptions;
import nl.pil.compile.BuildResult;
import nl.pil.compile.Compiler;
import nl.pil.model.Diagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user's template can and cannot do, and how its mistakes are reported (see {@link TemplateSandbox}). */
class TemplateSandboxTest {
    @TempDir
    Path dir;

    ContentFixture f;
    Path mine;

    @BeforeEach
    void content() throws IOException {
        f = new ContentFixture(dir)
                .leaflet("ct", "exam", "CT-scan", "", "Tekst over de CT.\n")
                .leaflet("mri", "exam", "MRI-scan", "", "Tekst over de MRI.\n")
                .leaflet("pet", "exam", "PET-scan", "", "Tekst over de PET.\n");
        mine = Files.createDirectories(dir.resolve("my-templates"));
    }

    private void template(String name, String text) throws IOException {
        Files.createDirectories(mine.resolve(name).getParent());
        Files.writeString(mine.resolve(name), text, StandardCharsets.UTF_8);
    }

    private BuildOptions options(String... formats) {
        return new BuildOptions(f.root(), List.of(mine), f.output(), ContentFixture.TODAY, Set.of(formats));
    }

    private BuildResult build(String... formats) throws IOException {
        return new Compiler(options(formats.length == 0 ? new String[] {"html"} : formats)).build();
    }

    private List<Diagnostic> errors(BuildResult result) {
        return result.diagnostics().stream().filter(Diagnostic::isError).toList();
    }

    private String shown(String name) {
        return mine.resolve(name).toAbsolutePath().normalize().toString().replace('\\', '/');
    }

    private static Path touch() {
        for (String candidate : List.of("/usr/bin/touch", "/bin/touch")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        return null;
    }

    @Test
    void executeDoesNotRunAProgram() throws Exception {
        Path touch = touch();
        assumeTrue(touch != null, "needs touch(1) to prove the payload");
        Path control = dir.resolve("control-canary");
        Path canary = dir.resolve("canary");
        String payload = "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"" + touch + " %s\")}";

        // the payload is real: FreeMarker as configured out of the box runs it
        Template unsandboxed =
                new Template("x.ftlh", payload.formatted(control), new Configuration(Configuration.VERSION_2_3_34));
        unsandboxed.process(Map.of(), new StringWriter());
        assertTrue(Files.exists(control), "control: the payload runs touch without the sandbox");

        template("leaflet.ftlh", payload.formatted(canary));
        BuildResult result = build();
        assertFalse(Files.exists(canary), "the template ran a program");
        assertFalse(result.published());
        assertFalse(Files.exists(f.output()), "nothing written");
        List<Diagnostic> errors = errors(result);
        assertEquals(1, errors.size(), errors.toString());
        Diagnostic d = errors.getFirst();
        assertEquals(
                shown("leaflet.ftlh")
                        + ":1:1: error: template: Instantiating freemarker.template.utility.Execute is not "
                        + "allowed in the template for security reasons. (rendering nl/ct/index.html and 2 more)",
                d.headline());
        assertEquals(TemplateError.SANDBOX_HINT, d.hint());
    }

    @Test
    void objectConstructorCannotMakeObjects() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOPSECRET");
        template(
                "leaflet.ftlh",
                "<#assign oc=\"freemarker.template.utility.ObjectConstructor\"?new()>"
                        + "${oc(\"java.util.Scanner\", oc(\"java.io.File\", \"" + secret + "\")).nextLine()}");
        template("home.ftlh", "${\"java.lang.ProcessBuilder\"?new()}");
        BuildResult result = build();
        assertFalse(result.published());
        List<String> headlines =
                errors(result).stream().map(Diagnostic::headline).toList();
        assertEquals(2, headlines.size(), headlines.toString());
        assertTrue(
                headlines.contains(
                        shown("home.ftlh") + ":1:1: error: template: Instantiating java.lang.ProcessBuilder is not "
                                + "allowed in the template for security reasons. (rendering index.html)"),
                headlines.toString());
        assertTrue(
                headlines
                        .get(1)
                        .startsWith(shown("leaflet.ftlh") + ":1:1: error: template: Instantiating "
                                + "freemarker.template.utility.ObjectConstructor is not allowed"),
                headlines.toString());
    }

    @Test
    void apiBuiltInAndJavaObjectsAreOutOfReach() throws IOException {
        template("leaflet.ftlh", "${contact?api.getClass().getProtectionDomain()}");
        BuildResult result = build();
        assertFalse(result.published());
        assertTrue(
                errors(result).getFirst().message().contains("?api"),
                errors(result).toString());

        // should Pil ever hand a template a Java object, it is refused rather than opened up with its methods
        Theme theme = new Theme(List.of(mine));
        template("probe.ftlh", "${file.getClass().getClassLoader()}");
        TemplateError e =
                assertThrows(TemplateError.class, () -> theme.render("probe.ftlh", Map.of("file", dir.toFile())));
        assertTrue(
                e.diagnostic().message().contains("Pil does not give templates Java objects (java.io.File)"),
                e.getMessage());
        assertEquals(TemplateError.SANDBOX_HINT, e.diagnostic().hint());
        template("plain.ftlh", "${m.a} ${l[1]} ${n + 1} <#if b>yes</#if> ${msg?is_method?c}");
        assertEquals(
                "x 2 42 yes true",
                theme.render(
                        "plain.ftlh",
                        Map.of(
                                "m",
                                Map.of("a", "x"),
                                "l",
                                List.of(1, 2),
                                "n",
                                41,
                                "b",
                                true,
                                "msg",
                                (freemarker.template.TemplateMethodModelEx) args -> "")));
    }

    @Test
    void includesReadOnlyTheTemplateFolders() throws IOException {
        Files.writeString(dir.resolve("secret.ftlh"), "TOPSECRET");
        Theme theme = new Theme(List.of(mine));
        List<String> names = List.of(
                "/etc/passwd",
                "../secret.ftlh",
                "../../../../../../etc/passwd",
                "..\\secret.ftlh",
                "/../secret.ftlh",
                mine.getParent().resolve("secret.ftlh").toString());
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            template("inc" + i + ".ftlh", "<#include \"" + name.replace("\\", "\\\\") + "\">");
            String template = "inc" + i + ".ftlh";
            TemplateError e = assertThrows(TemplateError.class, () -> theme.render(template, Map.of()), name);
            assertTrue(
                    e.diagnostic()
                            .headline()
                            .startsWith(shown(template) + ":1:1: error: template: Template inclusion failed"),
                    e.diagnostic().headline());
            assertEquals(TemplateError.INCLUDE_HINT, e.diagnostic().hint());
            assertFalse(e.getMessage().contains("TOPSECRET") || e.getMessage().contains("root:"), e.getMessage());
        }
        template("root.ftlh", "<#include \"/layout.ftlh\">ok"); // the root of the template folders is fine
        assertTrue(theme.render("root.ftlh", Map.of()).endsWith("ok"));
    }

    @Test
    void symbolicLinksOutOfTheFolderAreNotFollowed() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(outside.resolve("secret.ftlh"), "TOPSECRET");
        Files.writeString(outside.resolve("secret.css"), "TOPSECRET");
        try {
            Files.createSymbolicLink(mine.resolve("stolen.ftlh"), outside.resolve("secret.ftlh"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here: " + e);
        }
        Files.createDirectories(mine.resolve("assets"));
        Files.createSymbolicLink(mine.resolve("assets/stolen.css"), outside.resolve("secret.css"));
        Files.createSymbolicLink(mine.resolve("linked-dir"), outside);
        template("real/card.ftlh", "<div class=\"linked-card\">${card.title}</div>");
        Files.createSymbolicLink(mine.resolve("card.ftlh"), mine.resolve("real/card.ftlh")); // inside: fine
        Theme theme = new Theme(List.of(mine));

        for (String name : List.of("stolen.ftlh", "linked-dir/secret.ftlh", "stolen.ftlh")) {
            template("inc.ftlh", "<#include \"" + name + "\">");
            TemplateError e = assertThrows(
                    TemplateError.class, () -> new Theme(List.of(mine)).render("inc.ftlh", Map.of()), name);
            assertEquals(
                    shown("inc.ftlh") + ":1:1: error: template: Template inclusion failed (for parameter value \""
                            + name + "\"): '" + shown(name) + "' leads outside the template folder "
                            + mine.toAbsolutePath() + "; Pil only reads templates inside it",
                    e.diagnostic().headline());
            assertEquals(TemplateError.INCLUDE_HINT, e.diagnostic().hint());
        }
        // FreeMarker remembers the failed look-up; the second page gets the same error
        String first = assertThrows(TemplateError.class, () -> theme.render("inc.ftlh", Map.of()))
                .diagnostic()
                .headline();
        assertEquals(
                first,
                assertThrows(TemplateError.class, () -> theme.render("inc.ftlh", Map.of()))
                        .diagnostic()
                        .headline());
        // used as a page template itself: refused too, at the link
        TemplateError e = assertThrows(TemplateError.class, () -> theme.render("stolen.ftlh", Map.of()));
        assertEquals(shown("stolen.ftlh"), e.diagnostic().file());

        Files.delete(mine.resolve("inc.ftlh"));
        BuildResult checked = new Compiler(options("html")).check();
        List<String> problems =
                checked.diagnostics().stream().map(Diagnostic::headline).toList();
        assertTrue(
                problems.contains(shown("stolen.ftlh") + ":1:1: error: '" + shown("stolen.ftlh")
                        + "' leads outside the template folder " + mine.toAbsolutePath()
                        + "; Pil only reads templates inside it"),
                problems.toString());
        assertTrue(
                problems.contains(shown("assets/stolen.css") + ":1:1: warning: '" + shown("assets/stolen.css")
                        + "' leads outside the template folder; Pil does not read it"),
                problems.toString());

        Files.delete(mine.resolve("stolen.ftlh"));
        BuildResult built = build();
        assertTrue(built.published(), built.diagnostics().toString());
        assertFalse(
                Files.exists(f.output().resolve("assets/stolen.css")), "an asset linked from outside is not published");
        assertTrue(Files.exists(f.output().resolve("assets/pil.css")));
        f.leaflet("ct", "exam", "CT-scan", "related: [mri]", "Tekst over de CT.\n\n[[mri]]\n");
        assertTrue(build().published());
        assertTrue(
                f.read("nl/ct/index.html").contains("<div class=\"linked-card\">MRI-scan</div>"),
                "a link inside the folder is read");
    }

    @Test
    void aRuntimeErrorIsReportedOnceAndKeepsThePreviousSite() throws IOException {
        assertTrue(build().published());
        String before = f.read("nl/ct/index.html");
        template(
                "layout.ftlh",
                Files.readString(Path.of("../templates/layout.ftlh")).replaceFirst("</head>", "\\${nope}</head>"));
        BuildResult result = build();
        assertFalse(result.published());
        List<Diagnostic> errors = errors(result);
        assertEquals(1, errors.size(), "one error for every page the layout broke: " + errors);
        Diagnostic d = errors.getFirst();
        assertTrue(
                d.headline()
                        .matches(java.util.regex.Pattern.quote(shown("layout.ftlh"))
                                + ":\\d+:\\d+: error: template: The following has "
                                + "evaluated to null or missing: ==> nope \\(rendering 404\\.html and 16 more\\)"),
                d.headline());
        assertTrue(
                d.hint()
                        .startsWith(
                                "If the failing expression is known to legally refer to something that's sometimes null"),
                d.hint());
        assertEquals(before, f.read("nl/ct/index.html"), "the previous site stays");
    }

    @Test
    void handoutTemplatesAreCoveredToo() throws IOException {
        template("pdf-card.ftlh", "<p>${card.nope}</p>");
        f.leaflet("ct", "exam", "CT-scan", "related: [mri]", "Tekst over de CT.\n\n[[mri]]\n[[pet]]\n");
        f.leaflet("pet", "exam", "PET-scan", "related: [mri]", "Tekst over de PET.\n\n[[mri]]\n");
        BuildResult result = build("pdf", "html");
        assertFalse(result.published());
        assertEquals(
                List.of(shown("pdf-card.ftlh")
                        + ":1:6: error: template: The following has evaluated to null or missing: "
                        + "==> card.nope (rendering nl/ct/T-" + Math.abs("ct".hashCode() % 10000)
                        + "-nl.pdf and 1 more)"),
                errors(result).stream().map(Diagnostic::headline).toList());
        assertFalse(Files.exists(f.output()));

        Files.delete(mine.resolve("pdf-card.ftlh"));
        template("pdf.ftlh", "<html>\n<#if title??>\n<body/>\n</html>\n");
        // every template in the folder is parsed, whichever outputs are asked for: check and build agree
        for (BuildResult r :
                List.of(new Compiler(options("pdf", "html")).check(), build("pdf", "html"), build("html"))) {
            assertEquals(
                    List.of(shown("pdf.ftlh")
                            + ":4:8: error: template syntax: Unexpected end of file reached. You have an "
                            + "unclosed #if. Check if the FreeMarker end-tags are present, and aren't malformed. (Note that FreeMarker "
                            + "end-tags must have # or @ after the / character.)"),
                    errors(r).stream().map(Diagnostic::headline).toList());
            assertEquals(TemplateError.SYNTAX_HINT, errors(r).getFirst().hint());
        }
        assertFalse(Files.exists(f.output()));
    }
}
