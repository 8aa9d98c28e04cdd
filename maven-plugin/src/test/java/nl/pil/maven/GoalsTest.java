package nl.pil.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.pil.compile.Compiler;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build and check goals run in-process on a small project (the integration tests run them in a real Maven). */
class GoalsTest {
    @TempDir
    Path dir;

    @Test
    void buildWritesTheSiteAndTheSearchIndex() throws Exception {
        Project p = new Project(dir);
        p.build().execute();
        assertTrue(Files.isRegularFile(p.output().resolve("nl/ct-scan/index.html")));
        assertTrue(Files.isRegularFile(p.output().resolve("en/ct-scan/index.html")));
        assertTrue(Files.isRegularFile(p.output().resolve("sitemap.xml")));
        assertTrue(Files.isRegularFile(p.output().resolve("_search/meta.json")));
        assertEquals(List.of(), p.log.at("ERROR"));
        assertEquals(List.of(), p.log.at("WARNING"), "no warning about outputs nobody asked for");
        assertTrue(p.log.at("INFO").getLast().startsWith("Pil built 2 leaflets, 3 pages (html, index"), p.log.all());

        p.build().execute(); // again, nothing changed
        assertTrue(
                p.log.at("INFO")
                        .getLast()
                        .startsWith("Pil: nothing changed since the last build; " + p.output()
                                + " is up to date (2 leaflets, 3 pages)"),
                p.log.all());

        p.leaflet(
                "mri-scan", "nl", "MRI-scan", "RAD-2", "## Voorbereiding\n\nNeem uw medicijnlijst en uw pasje mee.\n");
        p.build().execute(); // one leaflet changed: the others' pages and handouts are taken over
        assertTrue(
                p.log.at("INFO")
                        .getLast()
                        .startsWith("Pil took over from the previous build what did not change: "
                                + "2 of 3 pages, 2 of 3 handouts (delete "),
                p.log.all());
    }

    @Test
    void contentErrorsAreLoggedWithTheirPlaceAndFailTheBuildWithoutWriting() {
        Project p = new Project(dir).leaflet("mri-scan", "nl", "MRI-scan", "RAD-2", "## Voorbereiding\n\n[[ct]]\n");
        var e = assertThrows(MojoFailureException.class, () -> p.build().execute());
        Path file = dir.resolve("content/mri-scan/nl.md").toAbsolutePath();
        assertEquals(
                List.of(
                        file
                                + ":13:1: card of unknown leaflet 'ct' (hint: a leaflet id is the name of its folder in the content folder)"),
                p.log.at("ERROR"));
        assertTrue(
                e.getMessage()
                        .startsWith("Pil found 1 error and 0 warnings in " + dir.resolve("content") + "; " + p.output()
                                + " was not changed"),
                e.getMessage());
        assertFalse(Files.exists(p.output()));
    }

    @Test
    void checkReportsWithoutWriting() throws Exception {
        Project p = new Project(dir);
        p.check().execute();
        assertFalse(Files.exists(p.output()));
        assertEquals(
                "Pil checked 2 leaflets in " + dir.resolve("content") + ": no errors, no warnings",
                p.log.at("INFO").getLast());

        p.leaflet("mri-scan", "nl", "MRI-scan", "RAD-2", "## Voorbereiding\n\n[[ct]]\n");
        assertThrows(MojoFailureException.class, () -> p.check().execute());
        assertEquals(1, p.log.at("ERROR").size());
    }

    @Test
    void warningsFailOnlyWithFailOnWarningsAndThenNothingIsWritten() throws Exception {
        Project p = new Project(dir)
                .leaflet("mri-scan", "nl", "MRI-scan", "RAD-2", "## Voorbereiding\n\nEen <b>vette</b> waarschuwing.\n");
        BuildMojo strict = p.build();
        strict.failOnWarnings = true;
        var e = assertThrows(MojoFailureException.class, strict::execute);
        assertTrue(
                e.getMessage()
                        .startsWith("Pil found 0 errors and 1 warning in " + dir.resolve("content")
                                + " (failOnWarnings is on); " + p.output() + " was not changed"),
                e.getMessage());
        assertFalse(Files.exists(p.output()));
        String file = dir.resolve("content/mri-scan/nl.md").toAbsolutePath().toString();
        assertEquals(
                List.of(file
                        + ":13:5: raw HTML is not allowed and is shown as plain text (hint: use Markdown instead: **bold**, lists, "
                        + "tables, > [!NOTE] call-outs)"),
                p.log.at("WARNING").stream().filter(w -> w.startsWith(file)).toList());

        p.build().execute();
        assertTrue(Files.isRegularFile(p.output().resolve("nl/mri-scan/index.html")));
        assertTrue(p.log.at("INFO").getLast().endsWith("; 1 warning"), p.log.all());
    }

    @Test
    void skipDoesNothing() throws Exception {
        Project p = new Project(dir).leaflet("mri-scan", "nl", "MRI-scan", "RAD-2", "[[nothing]]\n");
        for (AbstractPilMojo mojo : List.of(p.build(), p.check())) {
            mojo.skip = true;
            mojo.execute();
        }
        assertFalse(Files.exists(p.output()));
        assertEquals(List.of("Pil build skipped (pil.skip)", "Pil check skipped (pil.skip)"), p.log.at("INFO"));
    }

    @Test
    void formatsChooseTheOutputsAndUnavailableOnesAreReported() throws Exception {
        Project p = new Project(dir);
        BuildMojo mojo = p.build();
        mojo.formats = List.of("html", "pdf");
        mojo.execute();
        assertTrue(Files.isRegularFile(p.output().resolve("nl/ct-scan/index.html")));
        assertFalse(Files.exists(p.output().resolve("_search/meta.json")));
        boolean pdfExists = new Compiler(ParametersTest.options(mojo)).formats().contains("pdf");
        assertEquals(
                pdfExists ? List.of() : List.of("Pil: the pdf output is not available in this version of Pil; skipped"),
                p.log.at("WARNING"));
    }

    @Test
    void checkWritesASarifReportAlsoWhenItFails() throws Exception {
        Project p = new Project(dir)
                .leaflet(
                        "mri-scan",
                        "nl",
                        "MRI-scan",
                        "RAD-2",
                        "## Voorbereiding\n\nEen <b>vette</b> tekst.\n\n[[ct]]\n");
        assertThrows(MojoFailureException.class, () -> p.check().execute());
        var sarif = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(p.report().toFile());
        var results = sarif.path("runs").get(0).path("results");
        assertEquals(2, results.size(), sarif::toString);
        assertEquals("raw-html", results.get(0).path("ruleId").asText());
        assertEquals("warning", results.get(0).path("level").asText());
        var location = results.get(0).path("locations").get(0).path("physicalLocation");
        assertEquals(
                "content/mri-scan/nl.md",
                location.path("artifactLocation").path("uri").asText(),
                "relative to the project's folder, wherever Maven runs");
        assertEquals(13, location.path("region").path("startLine").asInt());
        assertEquals("content", results.get(1).path("ruleId").asText());
        assertTrue(p.log.at("INFO").contains("Pil wrote its report (sarif) to " + p.report()), p.log.all());
    }

    @Test
    void theReportCanBeJsonOrNone() throws Exception {
        Project p = new Project(dir);
        CheckMojo json = p.check();
        json.reportFormat = "JSON";
        json.report = dir.resolve("out/check.json").toFile();
        json.execute();
        var report = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.report);
        assertEquals(2, report.path("counts").path("leaflets").asInt());
        CheckMojo none = p.check();
        none.reportFormat = "none";
        none.execute();
        assertFalse(Files.exists(p.report()));
        CheckMojo wrong = p.check();
        wrong.reportFormat = "xml";
        var e = assertThrows(org.apache.maven.plugin.MojoExecutionException.class, wrong::execute);
        assertEquals(
                "unknown report format 'xml' (parameter reportFormat / pil.reportFormat); choose from text, json, sarif",
                e.getMessage());
    }

    @Test
    void strictMakesRuleWarningsFailTheGoals() throws Exception {
        Project p = new Project(dir)
                .leaflet("mri-scan", "nl", "MRI-scan", "RAD-2", "## Voorbereiding\n\nEen <b>vette</b> tekst.\n");
        p.check().execute();
        CheckMojo check = p.check();
        check.strict = true;
        var e = assertThrows(MojoFailureException.class, check::execute);
        assertTrue(e.getMessage().startsWith("Pil found 1 error and 0 warnings in "), e.getMessage());
        BuildMojo build = p.build();
        build.strict = true;
        assertThrows(MojoFailureException.class, build::execute);
        assertFalse(Files.exists(p.output()));
    }
}
