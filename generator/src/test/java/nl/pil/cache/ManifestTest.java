package nl.pil.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {
    @TempDir
    Path dir;

    record Problem(String file, int line, String message) {}

    private static Manifest sample() {
        Manifest manifest = new Manifest("pdf", "v1");
        manifest.put(
                "nl/ct/",
                Manifest.Entry.of("f-ct")
                        .withFiles(List.of("nl/ct/CT-nl.pdf", "nl/ct/CT-nl-print.pdf"))
                        .withCount("pages", 3)
                        .withWarnings(List.of("font 'Foo' not found", "two\tparts")));
        manifest.put(
                "en/ct/",
                Manifest.Entry.of("f-en")
                        .withExtra("problems", List.of(new Problem("ct/en.md", 4, "outdated")))
                        .withExtra("totals", Map.of("html", 2)));
        return manifest;
    }

    @Test
    void whatIsWrittenIsReadBack() throws IOException {
        Manifest written = sample();
        written.write(dir);
        Manifest read = Manifest.read(dir, "pdf", "v1");
        assertEquals(written.entries(), read.entries());

        Manifest.Entry ct = read.get("nl/ct/").orElseThrow();
        assertEquals(List.of("nl/ct/CT-nl.pdf", "nl/ct/CT-nl-print.pdf"), ct.files());
        assertEquals(3, ct.count("pages"));
        assertEquals(0, ct.count("booklets"));
        assertEquals(List.of("font 'Foo' not found", "two\tparts"), ct.warnings());
        Manifest.Entry en = read.get("en/ct/").orElseThrow();
        assertEquals(
                List.of(new Problem("ct/en.md", 4, "outdated")),
                List.of(en.extra("problems", Problem[].class).orElseThrow()));
        assertEquals(Optional.empty(), en.extra("missing", Problem[].class));

        assertEquals(Optional.of(ct), read.get("nl/ct/", "f-ct"));
        assertEquals(Optional.empty(), read.get("nl/ct/", "f-other"), "made from other inputs");
        assertEquals(Optional.empty(), read.get("nl/mri/", "f-ct"));
    }

    @Test
    void theSameEntriesGiveTheSameBytesInAnyOrder() throws IOException {
        sample().write(dir.resolve("a"));
        Manifest reversed = new Manifest("pdf", "v1");
        List<Map.Entry<String, Manifest.Entry>> entries =
                List.copyOf(sample().entries().entrySet());
        for (int i = entries.size() - 1; i >= 0; i--) {
            reversed.put(entries.get(i).getKey(), entries.get(i).getValue());
        }
        reversed.write(dir.resolve("b"));
        assertArrayEquals(
                Files.readAllBytes(Manifest.file(dir.resolve("a"), "pdf")),
                Files.readAllBytes(Manifest.file(dir.resolve("b"), "pdf")));
    }

    @Test
    void aMissingDamagedOrForeignManifestIsEmpty() throws IOException {
        assertTrue(Manifest.read(dir, "pdf", "v1").entries().isEmpty(), "missing");
        assertTrue(Manifest.read(null, "pdf", "v1").entries().isEmpty(), "no previous build");

        sample().write(dir);
        assertTrue(Manifest.read(dir, "pdf", "v2").entries().isEmpty(), "written with another version");
        Files.copy(Manifest.file(dir, "pdf"), Manifest.file(dir, "html"));
        assertTrue(Manifest.read(dir, "html", "v1").entries().isEmpty(), "another output's manifest");

        String good = Files.readString(Manifest.file(dir, "pdf"));
        for (String damaged : List.of(
                "",
                "rubbish\twith\ttabs\n\u0000",
                "{ not json",
                good.substring(0, good.length() / 2),
                "[]",
                "{}",
                good.replace("\"format\":1", "\"format\":99"),
                good.replace("\"pages\":3", "\"pages\":\"three\""),
                good.replace("\"nl/ct/\":{", "\"nl/ct/\":null,\"x\":{"))) {
            Files.writeString(Manifest.file(dir, "pdf"), damaged);
            assertTrue(Manifest.read(dir, "pdf", "v1").entries().isEmpty(), damaged);
        }
        assertEquals(2, count(good, "\"fingerprint\""), "the replacements above met the file: " + good);
        assertTrue(
                good.contains("\"format\":1") && good.contains("\"pages\":3") && good.contains("\"nl/ct/\":{"), good);
    }

    @Test
    void writingReplacesTheFileInOneStepAndLeavesNothingElse() throws IOException {
        sample().write(dir);
        new Manifest("pdf", "v1").write(dir);
        assertTrue(Manifest.read(dir, "pdf", "v1").entries().isEmpty());
        try (Stream<Path> files = Files.list(dir.resolve(Manifest.FOLDER))) {
            assertEquals(
                    List.of("pdf.json"),
                    files.map(p -> p.getFileName().toString()).toList());
        }
        // as readable as any other file of the site (a temporary file would be its owner's only)
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            Path other = Files.writeString(dir.resolve("other.html"), "");
            assertEquals(
                    Files.getPosixFilePermissions(other), Files.getPosixFilePermissions(Manifest.file(dir, "pdf")));
        }
    }

    @Test
    void takingOverLinksTheFilesOfAnEntryMadeFromTheSameInputs() throws IOException {
        Path previous = outputFolder("previous", "nl/ct");
        Path next = outputFolder("next", "nl/ct");
        Files.writeString(previous.resolve("nl/ct/CT-nl.pdf"), "pdf");
        Files.writeString(previous.resolve("nl/ct/CT-nl-print.pdf"), "print");
        Manifest manifest = sample();

        assertEquals(Optional.empty(), manifest.takeOver("nl/ct/", "f-other", previous, next));
        assertTrue(Files.notExists(next.resolve("nl/ct/CT-nl.pdf")), "nothing taken over");

        assertEquals(manifest.get("nl/ct/"), manifest.takeOver("nl/ct/", "f-ct", previous, next));
        assertTrue(Files.isSameFile(previous.resolve("nl/ct/CT-nl.pdf"), next.resolve("nl/ct/CT-nl.pdf")));
        assertEquals("print", Files.readString(next.resolve("nl/ct/CT-nl-print.pdf")));

        // a file gone from the previous output: the entry does not vouch for it any more
        Files.delete(previous.resolve("nl/ct/CT-nl-print.pdf"));
        assertEquals(Optional.empty(), manifest.takeOver("nl/ct/", "f-ct", previous, dir.resolve("other")));
    }

    @Test
    void aSizedFileEditedSinceItWasWrittenIsNotTakenOver() throws IOException {
        Path previous = outputFolder("previous", "nl");
        Path next = outputFolder("next", "nl");
        Files.writeString(previous.resolve("nl/index.html"), "<p>A–Z</p>");
        Manifest manifest = new Manifest("html");
        manifest.put(
                "nl/index.html",
                Manifest.Entry.of("f-az").withFiles(List.of("nl/index.html")).withSizes(previous));
        assertTrue(manifest.takeOver("nl/index.html", "f-az", previous, next).isPresent(), "as written");

        Files.writeString(previous.resolve("nl/index.html"), "<p>edited by hand</p>");
        assertEquals(Optional.empty(), manifest.takeOver("nl/index.html", "f-az", previous, dir.resolve("other")));
    }

    /** An output folder of the test, with {@code folder} made in it. */
    private Path outputFolder(String name, String folder) throws IOException {
        Path out = dir.resolve(name);
        Files.createDirectories(out.resolve(folder));
        return out;
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
