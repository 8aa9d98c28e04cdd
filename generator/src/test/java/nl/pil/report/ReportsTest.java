package nl.pil.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.pil.ContentFixture;
import nl.pil.check.Checker;
import nl.pil.compile.BuildResult;
import nl.pil.model.Diagnostic;
import nl.pil.model.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON and SARIF reports: their documented shape, and SARIF valid against the SARIF 2.1.0 schema. */
class ReportsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Schema sarifSchema;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = ReportsTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            sarifSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                    .getSchema(in, InputFormat.JSON);
        }
    }

    private static List<String> schemaErrors(String sarif) {
        return sarifSchema.validate(sarif, InputFormat.JSON).stream()
                .map(Object::toString)
                .toList();
    }

    private static final Path BASE = Path.of("/work/project");

    private static CheckReport sample() {
        return new CheckReport(
                List.of(
                        new Diagnostic(
                                Severity.ERROR,
                                "/work/project/content/ct scan/nl.md",
                                12,
                                3,
                                "raw HTML is not allowed and is shown as plain text",
                                "use Markdown instead",
                                "raw-html"),
                        new Diagnostic(
                                Severity.WARNING,
                                "/work/project/content/zorg#1/ar.md",
                                0,
                                0,
                                "the leaflet has no text",
                                null,
                                null),
                        new Diagnostic(Severity.ERROR, "/elsewhere/site.yaml", 4, 0, "unknown key", "remove it", null)),
                2,
                3);
    }

    @Test
    void jsonHasTheDocumentedShape() throws IOException {
        JsonNode json = JSON.readTree(Reports.json(sample(), BASE));
        assertEquals("pil", json.path("tool").path("name").asText());
        assertEquals(Reports.toolVersion(), json.path("tool").path("version").asText());
        assertEquals(1, json.path("format").asInt());
        assertEquals(
                JSON.readTree("{\"errors\": 2, \"warnings\": 1, \"leaflets\": 2, \"pages\": 3}"), json.path("counts"));
        assertEquals(JSON.readTree("""
                        {"severity": "error", "file": "content/ct scan/nl.md", "line": 12, "column": 3,
                         "message": "raw HTML is not allowed and is shown as plain text", "hint": "use Markdown instead",
                         "rule": "raw-html"}"""), json.path("diagnostics").get(0));
        JsonNode whole = json.path("diagnostics").get(1);
        assertEquals("content/zorg#1/ar.md", whole.path("file").asText());
        assertTrue(whole.has("hint") && whole.get("hint").isNull(), "hint and rule are there, as null");
        assertTrue(whole.has("rule") && whole.get("rule").isNull());
        assertEquals(
                "/elsewhere/site.yaml",
                json.path("diagnostics").get(2).path("file").asText());
    }

    @Test
    void sarifIsValidAndNamesRulesPlacesAndLevels() throws IOException {
        String sarif = Reports.sarif(sample(), BASE);
        assertEquals(List.of(), schemaErrors(sarif));
        JsonNode root = JSON.readTree(sarif);
        assertEquals(
                "https://json.schemastore.org/sarif-2.1.0.json",
                root.path("$schema").asText());
        assertEquals("2.1.0", root.path("version").asText());
        assertEquals(1, root.path("runs").size());
        JsonNode run = root.path("runs").get(0);
        JsonNode driver = run.path("tool").path("driver");
        assertEquals("pil", driver.path("name").asText());
        assertEquals(Reports.HOME, driver.path("informationUri").asText());

        List<String> ruleIds = new ArrayList<>();
        driver.path("rules").forEach(r -> ruleIds.add(r.path("id").asText()));
        List<String> expected =
                new ArrayList<>(new Checker(LocalDate.now()).ruleDescriptions().keySet());
        expected.add("content");
        assertEquals(expected, ruleIds);
        JsonNode rawHtml = driver.path("rules").get(ruleIds.indexOf("raw-html"));
        assertEquals(
                "no HTML in the body: it is shown as plain text",
                rawHtml.path("shortDescription").path("text").asText());
        assertEquals(
                Reports.HOME + "/blob/main/docs/checks.md#raw-html",
                rawHtml.path("helpUri").asText());
        assertEquals(
                "error",
                driver.path("rules")
                        .get(ruleIds.indexOf("image-damaged"))
                        .path("defaultConfiguration")
                        .path("level")
                        .asText());

        JsonNode results = run.path("results");
        assertEquals(3, results.size());
        JsonNode first = results.get(0);
        assertEquals("raw-html", first.path("ruleId").asText());
        assertEquals(ruleIds.indexOf("raw-html"), first.path("ruleIndex").asInt());
        assertEquals("error", first.path("level").asText());
        assertEquals(
                "raw HTML is not allowed and is shown as plain text (hint: use Markdown instead)",
                first.path("message").path("text").asText());
        JsonNode location = first.path("locations").get(0).path("physicalLocation");
        assertEquals(
                "content/ct%20scan/nl.md",
                location.path("artifactLocation").path("uri").asText());
        assertEquals(
                "%SRCROOT%", location.path("artifactLocation").path("uriBaseId").asText());
        assertEquals(12, location.path("region").path("startLine").asInt());
        assertEquals(3, location.path("region").path("startColumn").asInt());

        JsonNode whole = results.get(1);
        assertEquals("content", whole.path("ruleId").asText(), "a problem no rule found has the rule 'content'");
        assertEquals("warning", whole.path("level").asText());
        assertEquals(
                "the leaflet has no text", whole.path("message").path("text").asText());
        JsonNode wholeFile = whole.path("locations").get(0).path("physicalLocation");
        assertEquals(
                "content/zorg%231/ar.md",
                wholeFile.path("artifactLocation").path("uri").asText());
        assertFalse(wholeFile.has("region"), "line 0 is the whole file: no region");

        JsonNode outside = results.get(2).path("locations").get(0).path("physicalLocation");
        assertEquals(
                "file:///elsewhere/site.yaml",
                outside.path("artifactLocation").path("uri").asText());
        assertFalse(outside.path("artifactLocation").has("uriBaseId"));
        assertEquals(4, outside.path("region").path("startLine").asInt());
        assertFalse(outside.path("region").has("startColumn"), "column 0: the line only");
    }

    @Test
    void theSchemaRejectsWhatIsNotSarif() {
        String broken = Reports.sarif(sample(), BASE).replace("\"version\" : \"2.1.0\"", "\"version\" : \"2.0\"");
        assertFalse(schemaErrors(broken).isEmpty(), "the validator really validates");
    }

    @Test
    void aRealCheckGivesValidSarifWithEveryKindOfDiagnostic() throws IOException {
        ContentFixture f = new ContentFixture(dir)
                .leaflet("ct", "exam", "CT", "prepare-days: 1", "<b>x</b> TODO\n\n[[mri]]\n\n[a](nope)\n")
                .write("mri/nl.md", "no front matter\n");
        BuildResult result = f.check();
        CheckReport report = new CheckReport(result.diagnostics(), result.leaflets(), result.pages());
        String sarif = Reports.sarif(report, dir);
        assertEquals(List.of(), schemaErrors(sarif));
        JsonNode results = JSON.readTree(sarif).path("runs").get(0).path("results");
        assertEquals(result.diagnostics().size(), results.size());
        for (int i = 0; i < results.size(); i++) {
            Diagnostic d = result.diagnostics().get(i);
            JsonNode r = results.get(i);
            assertEquals(
                    d.rule() == null ? "content" : d.rule(), r.path("ruleId").asText());
            String uri = r.path("locations")
                    .get(0)
                    .path("physicalLocation")
                    .path("artifactLocation")
                    .path("uri")
                    .asText();
            assertFalse(uri.contains("\\") || uri.startsWith("/"), uri);
            String relative = dir.toAbsolutePath()
                    .relativize(Path.of(d.file()).toAbsolutePath())
                    .toString()
                    .replace('\\', '/');
            assertEquals(relative, java.net.URI.create(uri).getPath());
        }
        JsonNode json = JSON.readTree(Reports.json(report, dir));
        assertEquals(result.errorCount(), json.path("counts").path("errors").asLong());
        assertEquals(result.diagnostics().size(), json.path("diagnostics").size());
    }

    @Test
    void textIsWhatTheBuildPrints() {
        CheckReport report = sample();
        assertEquals(
                report.diagnostics().stream().map(d -> d.format() + "\n").reduce("", String::concat),
                Reports.text(report));
        assertNull(ReportFormat.named("xml").orElse(null));
        assertEquals(ReportFormat.SARIF, ReportFormat.named(" SARIF ").orElseThrow());
    }

    @Test
    void everyRuleHasItsAnchorInTheDocs() throws IOException {
        Path docs = Path.of("..", "docs", "checks.md");
        String text = Files.readString(docs);
        for (String id : new Checker(LocalDate.now()).ruleDescriptions().keySet()) {
            assertTrue(
                    text.contains("<a id=\"" + id + "\"></a>`" + id + "`"),
                    "docs/checks.md has no row with the anchor for " + id + " (the SARIF help link)");
        }
    }
}
