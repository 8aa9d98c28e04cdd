package nl.pil.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.pil.ContentFixture;
import nl.pil.model.Diagnostic;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inputs of the security and fault review (issue "Hardening"), each as it was reproduced: what {@code check}
 * accepts, {@code build} renders; what it must not accept is an error at the writer's line, never a crash.
 */
class HardeningRegressionTest {
    @TempDir
    Path dir;

    /** A site in a folder of its own, so one test can try several. */
    private ContentFixture fixture(String body) {
        Path own;
        try {
            own = Files.createTempDirectory(dir, "site");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new ContentFixture(own)
                .leaflet("ct-scan", "exam", "CT-scan", "", "## Voorbereiding\n\nNiet eten.\n\n" + body);
    }

    /** Check finds no errors, and the build (with handouts) publishes: the checker is the gate. */
    private BuildResult checkedAndBuilt(ContentFixture f) {
        BuildResult check = f.check();
        assertFalse(check.hasErrors(), () -> "check: " + f.headlines(check));
        BuildResult build = f.withPdf().build();
        assertTrue(build.published(), () -> "build: " + f.headlines(build));
        return build;
    }

    private static void assertRefused(ContentFixture f, String expected) {
        BuildResult check = f.check();
        assertTrue(
                f.headlines(check).stream().anyMatch(h -> h.contains(": error: ") && h.contains(expected)),
                () -> "expected an error containing '" + expected + "', got " + f.headlines(check));
        BuildResult build = f.withPdf().build();
        assertFalse(build.published());
        assertFalse(Files.exists(f.output()), "nothing is written");
    }

    private String pdfText(ContentFixture f) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(f.output()
                .resolve("nl/ct-scan")
                .resolve(Files.list(f.output().resolve("nl/ct-scan"))
                        .filter(p -> p.toString().endsWith(".pdf"))
                        .findFirst()
                        .orElseThrow()
                        .getFileName())
                .toFile())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    @Test
    void inlineCodeIsLaidOutInTheHandout() throws IOException {
        ContentFixture f = fixture("Neem uw `medicijnlijst` mee.\n\n```\nregel een\nregel twee\n```\n");
        checkedAndBuilt(f);
        assertTrue(pdfText(f).contains("medicijnlijst"));
        assertTrue(f.read("nl/ct-scan/index.html").contains("<code>medicijnlijst</code>"));
    }

    @Test
    void controlCharactersAreRemovedWithAWarningAndTheHandoutIsBuilt() throws IOException {
        ContentFixture f = fixture("Tekst met \u0001 en \u001b[31m kleur \u0007 en \u0085.\n");
        BuildResult build = checkedAndBuilt(f);
        List<String> warnings = f.headlines(build);
        assertTrue(
                warnings.contains(
                        "ct-scan/nl.md:15:11: warning: invisible control character U+0001 removed [encoding]"),
                warnings::toString);
        assertEquals(
                4,
                warnings.stream()
                        .filter(w -> w.contains("invisible control character"))
                        .count(),
                warnings::toString);
        assertFalse(f.read("nl/ct-scan/index.html").contains("\u001b"));
        assertTrue(pdfText(f).contains("kleur"));
    }

    @Test
    void deepNestingIsAnErrorAtItsLine() {
        assertRefused(fixture("> ".repeat(101) + "diep\n"), "nested more than 32 levels deep");
    }

    @Test
    void deeplyNestedListsAreAnError() {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < 101; i++) {
            list.append("  ".repeat(i)).append("- item\n");
        }
        assertRefused(fixture(list.toString()), "nested more than 32 levels deep");
    }

    @Test
    void fiveThousandQuoteMarkersDoNotOverflowTheStack() {
        assertRefused(fixture(">".repeat(5000) + " x\n"), "nested");
    }

    @Test
    void fiftyThousandUnderscoresNeitherOverflowNorStall() {
        checkedAndBuilt(fixture("_".repeat(50_000) + "\n")); // a line of them is a thematic break: fine
        assertRefused(fixture("Tekst " + "_".repeat(50_000) + "\n"), "a word of 50000 characters");
        assertRefused(fixture("_a ".repeat(25_000) + "b_ ".repeat(25_000) + "\n"), "nested");
        assertRefused(
                fixture("*a ".repeat(20_000) + "\n\n" + "[".repeat(20_000) + "x" + "](ct-scan)".repeat(20_000) + "\n"),
                "error");
    }

    @Test
    void deepYamlFlowNestingIsAnError() {
        ContentFixture f = new ContentFixture(dir)
                .leaflet("ct-scan", "exam", "CT-scan", "keywords: " + "[".repeat(1100) + "]".repeat(1100), "Tekst.\n");
        assertRefused(f, "YAML is nested more than 20 levels deep");
    }

    @Test
    void aMegabyteTableRowIsRefusedQuickly() {
        ContentFixture f = fixture("| a | b |\n|---|---|\n| " + "x".repeat(1_000_000) + " | y |\n");
        long start = System.nanoTime();
        assertRefused(f, "a word of 1000000 characters");
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 60, "refused without laying it out");
    }

    @Test
    void aHundredThousandRowTableIsTooLarge() {
        StringBuilder table = new StringBuilder("| a | b |\n|---|---|\n");
        for (int i = 0; i < 100_000; i++) {
            table.append("| r").append(i).append(" | y |\n");
        }
        assertRefused(fixture(table.toString()), "file is too large");
        StringBuilder smaller = new StringBuilder("| a | b |\n|---|---|\n");
        for (int i = 0; i < 1000; i++) {
            smaller.append("| r").append(i).append(" | y |\n");
        }
        assertRefused(fixture(smaller.toString()), "table has 1001 rows (at most 300)");
    }

    @Test
    void aCommentOpenerInTheTitleDoesNotBlankThePage() {
        ContentFixture f = new ContentFixture(dir)
                .leaflet("ct-scan", "exam", "\"Voor <!-- en </script> na\"", "", "Lichaamstekst blijft zichtbaar.\n");
        assertTrue(f.build().published());
        String html = f.read("nl/ct-scan/index.html");
        String jsonLd = html.substring(
                html.indexOf("application/ld+json"), html.indexOf("</script>", html.indexOf("application/ld+json")));
        assertFalse(jsonLd.contains("<!--") || jsonLd.contains("</") || jsonLd.contains("<"), jsonLd);
        assertTrue(jsonLd.contains("Voor \\u003c!-- en \\u003c/script\\u003e na"), jsonLd);
        assertTrue(html.contains("Lichaamstekst blijft zichtbaar."));
    }

    @Test
    void nullValuesAreMissingValuesNotTheWordNull() {
        ContentFixture f = new ContentFixture(dir).write("ct-scan/nl.md", """
                ---
                type: exam
                title: CT-scan
                summary: null
                code: ~
                department: radiology
                reviewed: 2026-01-10
                review-due: 2027-01-10
                authors: ~
                ---
                Tekst.
                """);
        List<String> errors = f.headlines(f.check());
        assertTrue(
                errors.contains("ct-scan/nl.md:4:1: error: missing required key 'summary' in front matter"),
                errors::toString);
        assertTrue(errors.stream().anyMatch(e -> e.contains("missing required key 'code'")), errors::toString);
        assertTrue(errors.stream().anyMatch(e -> e.contains("missing required key 'authors'")), errors::toString);
    }

    @Test
    void aQuotedNullIsText() {
        ContentFixture f =
                new ContentFixture(dir).leaflet("ct-scan", "exam", "CT-scan", "keywords: [\"null\"]", "Tekst.\n");
        assertFalse(f.check().hasErrors());
    }

    @Test
    void terminalEscapesInFolderNamesAreShownNotRun() {
        ContentFixture f = new ContentFixture(dir).leaflet("rood\u001b[31mtekst", "exam", "CT-scan", "", "Tekst.\n");
        BuildResult check = f.check();
        for (Diagnostic d : check.diagnostics()) {
            assertFalse(d.format().chars().anyMatch(c -> c < 0x20 && c != '\n'), d.format());
        }
        assertTrue(
                f.headlines(check).stream().anyMatch(h -> h.contains("rood\\x1B[31mtekst")),
                () -> f.headlines(check).toString());
    }

    @Test
    void aSymlinkedAttachmentOutsideTheLeafletIsRefused() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "root:$6$hash");
        ContentFixture f = fixture("Vul het [formulier](formulier.pdf) in.\n");
        symlink(f.root().resolve("ct-scan/formulier.pdf"), secret);
        assertRefused(f, "'formulier.pdf' is a symbolic link to a file outside the leaflet's folder");
        assertTrue(
                f.headlines(f.check()).stream().anyMatch(h -> h.startsWith("ct-scan/nl.md:15:9: error:")),
                () -> f.headlines(f.check()).toString());
    }

    @Test
    void danglingAndLoopingSymlinksAreReported() throws IOException {
        ContentFixture f = fixture("Zie [a](a.pdf) en [b](b.pdf).\n");
        symlink(f.root().resolve("ct-scan/a.pdf"), dir.resolve("does-not-exist.pdf"));
        symlink(f.root().resolve("ct-scan/b.pdf"), f.root().resolve("ct-scan/b.pdf"));
        List<String> errors = f.headlines(f.check());
        assertTrue(
                errors.stream().anyMatch(e -> e.contains("'a.pdf' is a symbolic link to a file that does not exist")),
                errors::toString);
        assertTrue(errors.stream().anyMatch(e -> e.contains("'b.pdf'") && e.contains("error")), errors::toString);
    }

    @Test
    void symlinkedLeafletFilesOutsideTheContentFolderOrDanglingAreErrors() throws IOException {
        ContentFixture f = fixture("Tekst.\n");
        Path outside = Files.writeString(dir.resolve("nl.md"), "---\ntype: exam\n---\n");
        Files.createDirectories(f.root().resolve("mri"));
        symlink(f.root().resolve("mri/nl.md"), outside);
        Files.createDirectories(f.root().resolve("echo"));
        symlink(f.root().resolve("echo/nl.md"), dir.resolve("gone.md"));
        List<String> errors = f.headlines(f.check());
        assertTrue(
                errors.stream()
                        .anyMatch(e -> e.startsWith("mri/nl.md:1:1: error: the file is a symbolic link to")
                                && e.contains("outside the content folder")),
                errors::toString);
        assertTrue(
                errors.stream()
                        .anyMatch(e ->
                                e.startsWith("echo/nl.md:1:1: error: the file is a symbolic link that leads nowhere")),
                errors::toString);
    }

    @Test
    void aSymlinkInsideTheLeafletFolderStillWorks() throws IOException {
        ContentFixture f = fixture("Vul het [formulier](formulier.pdf) in.\n");
        Path real = Files.write(
                f.root().resolve("ct-scan/formulier-2026.pdf"), "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
        symlink(f.root().resolve("ct-scan/formulier.pdf"), real);
        assertTrue(f.build().published());
        assertEquals("%PDF-1.4\n", f.read("nl/ct-scan/formulier.pdf"));
    }

    @Test
    void attachmentsThatCouldRunScriptAreRefused() throws IOException {
        ContentFixture f = fixture("[x](x.svg) en [f](evil.html) en [j](evil.js)\n");
        f.write("ct-scan/x.svg", "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>");
        f.write("ct-scan/evil.html", "<script src=evil.js></script>");
        f.write("ct-scan/evil.js", "alert(1)");
        List<String> errors = f.headlines(f.check());
        for (String type : List.of(".svg", ".html", ".js")) {
            assertTrue(
                    errors.stream().anyMatch(e -> e.contains("error: files of type '" + type + "' cannot be attached")),
                    errors::toString);
        }
        assertRefused(f, "cannot be attached");
    }

    @Test
    void aPdfIsNotAnImage() throws IOException {
        ContentFixture f = fixture("![Formulier](formulier.pdf)\n");
        f.write("ct-scan/formulier.pdf", "%PDF-1.4\n");
        assertRefused(f, "cannot be shown as an image");
    }

    @Test
    void scriptAndDataAddressesAreErrors() {
        ContentFixture f = fixture(
                "[a](data:text/html,<script>alert(1)</script>) [b](javascript:alert(1)) [c](VBScript:x) "
                        + "[d](file:///etc/passwd) <javascript:alert(2)> ![e](data:image/svg+xml,x)\n\n[ok](https://example.org) [m](mailto:a@b.nl) [t](tel:+31405550000)\n");
        List<String> errors = f.headlines(f.check()).stream()
                .filter(h -> h.contains(": error: "))
                .toList();
        assertEquals(
                List.of("data", "javascript", "vbscript", "file", "javascript", "data"),
                errors.stream()
                        .map(e -> e.replaceAll(".*to a '([a-z]+):' address.*", "$1"))
                        .toList(),
                errors::toString);
        assertTrue(
                errors.getFirst().startsWith("ct-scan/nl.md:15:1: error: link to a 'data:' address is not allowed"),
                errors::toString);
    }

    @Test
    void aLatin1SynonymsFileIsAnErrorAtItsByteInCheckAndBuild() {
        ContentFixture f = fixture("Tekst.\n")
                .writeBytes(
                        "_search/synonyms-nl.txt",
                        "ct, computertomografie\nr\u00f6ntgen, x-ray\n".getBytes(StandardCharsets.ISO_8859_1));
        assertRefused(f, "_search/synonyms-nl.txt:2:2: error: file is not valid UTF-8 (byte 0xF6)");
    }

    @Test
    void searchFilesAndSiteYamlLinkedFromOutsideAreRefused() throws IOException {
        ContentFixture f = fixture("Tekst.\n");
        Path rules = Files.writeString(dir.resolve("synonyms.txt"), "ct, computertomografie\n");
        Files.createDirectories(f.root().resolve("_search"));
        symlink(f.root().resolve("_search/synonyms-nl.txt"), rules);
        assertRefused(
                f,
                "_search/synonyms-nl.txt:1:1: error: the file is a symbolic link to a file outside the content folder");
        Path yaml = Files.move(f.root().resolve("site.yaml"), dir.resolve("site.yaml"));
        symlink(f.root().resolve("site.yaml"), yaml);
        assertRefused(f, "site.yaml is a symbolic link to a file outside the content folder");
    }

    @Test
    void aFileOverAMegabyteIsRefused() {
        ContentFixture f = fixture(("Een zin van gewone woorden voor de patiënt. ".repeat(30) + "\n\n").repeat(900));
        assertRefused(f, "file is too large");
    }

    private static void symlink(Path link, Path target) throws IOException {
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not available here: " + e);
        }
    }
}
