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
import nl.pil.compile.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {
    @TempDir
    Path dir;

    private int pil(ContentFixture f, String... args) {
        String[] base = {"--content", f.root().toString(), "--templates", "../templates", "--today", "2026-11-23"};
        String[] all = new String[args.length + base.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(base, 0, all, args.length, base.length);
        return Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), all);
    }

    @Test
    void scaffoldsAnExamThatChecksWithOnlyTodoWarnings() throws Exception {
        ContentFixture f = new ContentFixture(dir);
        assertEquals(0, pil(f, "new", "exam", "ct-scan", "--lang", "nl", "--title", "CT-scan"));
        String md = Files.readString(f.root().resolve("ct-scan/nl.md"));
        assertTrue(
                md.startsWith("---\n# yaml-language-server: $schema=../_schema/leaflet.schema.json\n"
                        + "type: exam\ntitle: CT-scan\n"),
                md);
        assertEquals(
                Files.readString(Path.of("../docs/leaflet.schema.json")),
                Files.readString(f.root().resolve("ct-scan/../_schema/leaflet.schema.json")),
                "the schema the line names is the project's");
        for (String section : List.of(
                "## Wat is een CT-scan?",
                "## Voorbereiding",
                "## Het onderzoek",
                "## Na het onderzoek",
                "## De uitslag")) {
            assertTrue(md.contains(section), section);
        }
        assertFalse(md.contains("## Vragen?"), "the contact box at the end of every page answers that");
        assertTrue(md.contains("review-due: 2028-11-23"));
        BuildResult result = f.check();
        assertFalse(result.hasErrors(), result.diagnostics()::toString);
        List<String> h = f.headlines(result);
        assertTrue(
                h.contains("ct-scan/nl.md:5:10: warning: unfinished: 'summary' still says TODO [unfinished]"),
                h::toString);
        assertTrue(
                h.stream()
                                .filter(s -> s.contains("unfinished: 'TODO' is still in the text"))
                                .count()
                        >= 5,
                h::toString);

        assertEquals(0, pil(f, "new", "exam", "ct-scan", "--lang", "en", "--title", "CT scan"));
        String en = Files.readString(f.root().resolve("ct-scan/en.md"));
        assertTrue(en.contains("## What is a CT scan?"), en);
        assertFalse(en.contains("code:"), "a translation inherits code, department and dates");
        assertTrue(en.startsWith("---\n# yaml-language-server: $schema=../_schema/leaflet.schema.json\n"), en);
        List<String> both = f.headlines(f.check());
        assertTrue(
                both.stream().noneMatch(l -> l.endsWith("[contact-section]") || l.endsWith("[translation-structure]")),
                "the skeletons leave the contact box to the page and have the same sections: " + both);
    }

    @Test
    void skeletonsInEveryLanguageHaveNoEnglishPlaceholders() throws Exception {
        ContentFixture f = new ContentFixture(dir)
                .write("site.yaml", ContentFixture.SITE_YAML.replace("[nl, en]", "[nl, en, ar, tr, pl, uk]"));
        for (String type : List.of("exam", "condition", "treatment", "aftercare", "general")) {
            String id = "pet-ct-" + type;
            assertEquals(0, pil(f, "new", type, id));
            List<String> english = Files.readString(Path.of("../templates/new/en/" + type + ".md"))
                    .lines()
                    .map(l ->
                            l.replace("TODO", "").replaceAll("^[#>|:\\s-]+", "").strip())
                    .filter(l -> l.length() > 3 && !l.startsWith("[!"))
                    .toList();
            for (String lang : List.of("ar", "tr", "pl", "uk")) {
                assertEquals(0, pil(f, "new", type, id, "--lang", lang));
                String md = Files.readString(f.root().resolve(id + "/" + lang + ".md"));
                assertTrue(md.contains("\ntitle: " + id + "\n"), "the id as it is, not 'Pet ct': " + md);
                assertFalse(md.contains("sentences for cards"), "the summary placeholder is translated: " + md);
                for (String line : english) {
                    assertFalse(md.contains(line), lang + " " + type + " still says '" + line + "':\n" + md);
                }
            }
        }
        // exam skeletons check with the TODO warnings only (the condition skeletons name example cards)
        List<String> h = f.headlines(f.check());
        for (String lang : List.of("ar", "tr", "pl", "uk")) {
            // a new translation names no source version yet: 'pil translations --stamp' does that once it is done
            List<String> own = h.stream()
                    .filter(l -> l.startsWith("pet-ct-exam/" + lang + ".md:"))
                    .filter(l -> !l.endsWith("does not say which version of the source it was translated from"))
                    .toList();
            assertTrue(own.stream().allMatch(l -> l.contains(": warning: unfinished: ")), lang + ": " + own);
            assertEquals(
                    "pet-ct-exam/" + lang + ".md:5:10: warning: unfinished: 'summary' still says TODO [unfinished]",
                    own.get(0),
                    own::toString);
            assertEquals(6, own.size(), lang + ": the summary and the five sections: " + own);
        }
    }

    @Test
    void refusesWhatWouldGoWrong() {
        ContentFixture f = new ContentFixture(dir).leaflet("ct", "exam", "CT", "", "x\n");
        assertEquals(Main.CONTENT_ERRORS, pil(f, "new", "exam", "ct"), "never overwrites");
        assertEquals(Main.USAGE, pil(f, "new", "exma", "mri"));
        assertEquals(Main.USAGE, pil(f, "new", "exam", "MRI Scan"));
        assertEquals(Main.USAGE, pil(f, "new", "exam", "mri", "--lang", "fr"));
        assertEquals(Main.CONTENT_ERRORS, pil(f, "new", "exam", "mri", "--lang", "en"), "source language first");
    }

    @Test
    void completionScriptCoversTheCommands() {
        StringWriter out = new StringWriter();
        assertEquals(0, Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "completion"));
        assertTrue(out.toString().contains("complete -F"), out.toString());
        assertTrue(out.toString().contains("translations"));
    }

    @Test
    void theSchemaPilNewWritesIsTheOneInDocs() throws Exception {
        try (var in = NewCommand.class.getResourceAsStream("leaflet.schema.json")) {
            assertEquals(
                    Files.readString(Path.of("../docs/leaflet.schema.json")),
                    new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
                    "copy docs/leaflet.schema.json to generator/src/main/resources/nl/pil/cli/");
        }
    }

    @Test
    void aLeafletInANestedFolderNamesTheSchemaRelativeToItself() throws Exception {
        ContentFixture f = new ContentFixture(dir).leaflet("scans/ct", "exam", "CT", "", "Tekst.\n");
        assertEquals(0, pil(f, "new", "exam", "ct", "--lang", "en"));
        assertTrue(Files.readString(f.root().resolve("scans/ct/en.md"))
                .startsWith("---\n# yaml-language-server: $schema=../../_schema/leaflet.schema.json\n"));
    }
}
