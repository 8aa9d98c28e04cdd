package nl.pil.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.pil.ContentFixture;
import nl.pil.cache.Manifest;
import nl.pil.compile.BuildOptions;
import nl.pil.compile.BuildResult;
import nl.pil.compile.Compiler;
import nl.pil.link.Linker;
import nl.pil.link.Site;
import nl.pil.load.ContentLoader;
import nl.pil.model.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds that follow each other: byte-identical output, and handouts with unchanged inputs reused. */
class PdfBuildsTest {
    @TempDir
    Path dir;

    private ContentFixture site() {
        return new ContentFixture(dir)
                .withPdf()
                .leaflet("ct", "exam", "CT-scan", "related: [mri]", "Een CT-scan.\n\n## Voorbereiding\n\nNiet eten.\n")
                .translation("ct", "en", "CT scan", "", "A CT scan.\n")
                .leaflet("mri", "exam", "MRI-scan", "", "Een MRI-scan.\n")
                .leaflet("echo", "exam", "Echo", "", "Een echo.\n");
    }

    private static PdfOutput build(BuildOptions options) throws IOException {
        Compiler compiler = new Compiler(options);
        BuildResult result = compiler.build();
        assertTrue(result.published(), result.diagnostics()::toString);
        return compiler.outputs().stream()
                .filter(o -> o instanceof PdfOutput)
                .map(o -> (PdfOutput) o)
                .findFirst()
                .orElseThrow();
    }

    private static Map<String, byte[]> pdfs(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(p -> p.toString().endsWith(".pdf")).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static Object inode(Path file) throws IOException {
        try {
            return Files.getAttribute(file, "unix:ino");
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
    }

    @Test
    void sameContentGivesByteIdenticalPdfsWhateverTheNumberOfThreads() throws IOException {
        ContentFixture f = site();
        build(f.options());
        Map<String, byte[]> first = pdfs(f.output());
        assertEquals(4, first.size(), first.keySet()::toString);

        // lay the same site out again, one leaflet at a time, into a fresh folder (so nothing can be reused)
        Diagnostics d = new Diagnostics();
        Site site = new Linker(ContentFixture.TODAY)
                .link(new ContentLoader(f.root()).load(d).orElseThrow(), d);
        Path again = dir.resolve("again");
        PdfOutput serial = new PdfOutput(1);
        serial.render(
                RenderContext.of(site, new Theme(List.of()), dir.resolve("no-previous-build"), Set.of("pdf"), d),
                again,
                d);
        assertEquals(4, serial.counts().written());
        Map<String, byte[]> second = pdfs(again);
        assertEquals(first.keySet(), second.keySet());
        first.forEach((name, bytes) -> assertArrayEquals(bytes, second.get(name), name + " is byte-identical"));
    }

    @Test
    void handoutsWhoseInputsDidNotChangeAreReused() throws IOException {
        ContentFixture f = site();
        PdfOutput first = build(f.options());
        assertEquals(4, first.counts().written());
        Object inode = inode(f.output().resolve("nl/echo/" + PdfOutput.fileName(page(f, "echo", "nl"))));
        Map<String, byte[]> before = pdfs(f.output());

        PdfOutput second = build(f.options());
        assertEquals(0, second.counts().written(), "nothing changed");
        assertEquals(4, second.counts().reused());
        Map<String, byte[]> after = pdfs(f.output());
        before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
        if (inode != null) {
            assertEquals(
                    inode,
                    inode(f.output().resolve("nl/echo/" + PdfOutput.fileName(page(f, "echo", "nl")))),
                    "hard-linked, not copied");
        }
        assertTrue(
                f.read("nl/echo/index.html").contains("href=\"" + PdfOutput.fileName(page(f, "echo", "nl")) + "\""),
                "a reused handout is still linked");

        // the MRI's body changes: only its own handout; cards show title and summary, which stayed the same
        f.write("mri/nl.md", Files.readString(f.root().resolve("mri/nl.md")) + "\nNieuwe alinea.\n");
        PdfOutput third = build(f.options());
        assertEquals(1, third.counts().written());
        assertEquals(3, third.counts().reused());

        // its summary changes: also the CT handouts in both languages, whose "see also" card shows it
        f.write(
                "mri/nl.md",
                Files.readString(f.root().resolve("mri/nl.md")).replace("summary: Over MRI-scan.", "summary: Anders."));
        PdfOutput fourth = build(f.options());
        assertEquals(3, fourth.counts().written());
        assertEquals(1, fourth.counts().reused(), "the echo stays as it was");

        // a template change touches every handout
        Path mine = dir.resolve("my-templates");
        Files.createDirectories(mine);
        Files.writeString(
                mine.resolve("pdf.css"),
                new String(Theme.class
                                .getClassLoader()
                                .getResourceAsStream("pil/templates/pdf.css")
                                .readAllBytes()) + "\nh1 { color: black; }\n");
        PdfOutput fifth = build(new BuildOptions(f.root(), List.of(mine), f.output(), ContentFixture.TODAY));
        assertEquals(4, fifth.counts().written());

        // a damaged cache costs time, nothing else
        Files.writeString(Manifest.file(f.output(), PdfOutput.MANIFEST), "rubbish\twith\ttabs\n\u0000");
        PdfOutput sixth = build(new BuildOptions(f.root(), List.of(mine), f.output(), ContentFixture.TODAY));
        assertEquals(4, sixth.counts().written());
    }

    @Test
    void whatLayingOutAHandoutReportedIsReportedAgainWhileItIsReused() throws IOException {
        ContentFixture f = new ContentFixture(dir).withPdf().leaflet("ct", "exam", "CT-scan", "", "Niet eten.\n");
        assertEquals(List.of(), pdfWarnings(f.options()));
        // as if the layout engine had reported a problem (it rarely does, and never on purpose): the cache keeps it
        Manifest cache = Manifest.read(f.output(), PdfOutput.MANIFEST);
        assertEquals(Set.of("nl/ct/"), cache.entries().keySet());
        cache.put(
                "nl/ct/",
                cache.get("nl/ct/")
                        .orElseThrow()
                        .withWarnings(List.of("image 'scanner.webp' could not be read", "font 'Foo' not found")));
        cache.write(f.output());
        List<String> expected = List.of("PDF: font 'Foo' not found", "PDF: image 'scanner.webp' could not be read");
        assertEquals(expected, pdfWarnings(f.options()), "reported again while the handout is taken over");
        assertEquals(expected, pdfWarnings(f.options()), "and again: the new cache keeps them");
    }

    private static List<String> pdfWarnings(BuildOptions options) throws IOException {
        Compiler compiler = new Compiler(options);
        BuildResult result = compiler.build();
        assertTrue(result.published(), result.diagnostics()::toString);
        return result.diagnostics().stream()
                .map(nl.pil.model.Diagnostic::message)
                .filter(m -> m.startsWith("PDF: "))
                .sorted()
                .toList();
    }

    @Test
    void sourceDateEpochSetsTheDateOfEveryPdf() {
        assertEquals(Instant.parse("2023-11-14T22:13:20Z"), PdfOutput.sourceDateEpoch("1700000000"));
        assertNull(PdfOutput.sourceDateEpoch(""));
        assertNull(PdfOutput.sourceDateEpoch("yesterday"));
    }

    private static nl.pil.link.Page page(ContentFixture f, String id, String lang) {
        Diagnostics d = new Diagnostics();
        return new Linker(ContentFixture.TODAY)
                .link(new ContentLoader(f.root()).load(d).orElseThrow(), d)
                .resolve(id, lang)
                .orElseThrow();
    }
}
