package nl.pil.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import nl.pil.ContentFixture;
import nl.pil.cache.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When nothing a build reads has changed, the output folder is left as it is and its diagnostics are repeated. */
class UpToDateTest {
    @TempDir
    Path dir;

    private ContentFixture site() {
        return new ContentFixture(dir)
                .leaflet("ct", "exam", "CT-scan", "", "Niet eten. TODO: tijden\n") // a warning to repeat
                .leaflet("mri", "exam", "MRI-scan", "", "Een magneet.\n");
    }

    private static BuildResult build(BuildOptions options) throws IOException {
        BuildResult result = new Compiler(options).buildIfChanged();
        assertFalse(result.hasErrors(), result.diagnostics()::toString);
        return result;
    }

    @Test
    void aSecondBuildWithNothingChangedOnlyRepeatsTheDiagnostics() throws IOException {
        ContentFixture f = site();
        BuildResult first = build(f.options());
        assertFalse(first.upToDate());
        assertTrue(first.published());
        Object page = Files.readAttributes(
                        f.output().resolve("nl/ct/index.html"), java.nio.file.attribute.BasicFileAttributes.class)
                .fileKey();

        BuildResult second = build(f.options());
        assertTrue(second.upToDate());
        assertFalse(second.published(), "nothing was written");
        assertEquals(first.diagnostics(), second.diagnostics(), "the same warnings, in the same order");
        assertEquals(first.leaflets(), second.leaflets());
        assertEquals(first.pages(), second.pages());
        assertEquals(
                page,
                Files.readAttributes(
                                f.output().resolve("nl/ct/index.html"),
                                java.nio.file.attribute.BasicFileAttributes.class)
                        .fileKey(),
                "the site was not even swapped");
    }

    @Test
    void anythingReadOrAskedForDifferentlyBuildsAgain() throws IOException {
        ContentFixture f = site();
        build(f.options());
        assertTrue(build(f.options()).upToDate());

        f.write("mri/nl.md", Files.readString(f.root().resolve("mri/nl.md")) + "Nog een zin.\n");
        assertFalse(build(f.options()).upToDate(), "a leaflet");
        assertTrue(f.read("nl/mri/index.html").contains("Nog een zin."));
        assertTrue(build(f.options()).upToDate());

        f.write("_search/synonyms-nl.txt", "magneet, mri\n");
        assertFalse(build(f.options()).upToDate(), "search synonyms");
        f.writeBytes("ct/plattegrond.png", new byte[] {1, 2});
        assertFalse(build(f.options()).upToDate(), "any file in the content folder");
        assertTrue(build(f.options()).upToDate());

        assertFalse(build(f.options().withFormats(Set.of("html"))).upToDate(), "other formats");
        BuildOptions tomorrow =
                new BuildOptions(f.root(), List.of(), f.output(), ContentFixture.TODAY.plusDays(1), Set.of("html"));
        assertFalse(build(tomorrow).upToDate(), "another day: review dates may have passed");
        Path templates = dir.resolve("templates");
        Files.createDirectories(templates);
        Files.writeString(templates.resolve("extra.css"), "h1 { color: navy; }\n");
        BuildOptions themed = new BuildOptions(
                f.root(), List.of(templates), f.output(), ContentFixture.TODAY.plusDays(1), Set.of("html"));
        assertFalse(build(themed).upToDate(), "a template folder");
        assertTrue(build(themed).upToDate());
        assertFalse(build(themed.withClean(true)).upToDate(), "--clean always builds");
    }

    @Test
    void anOutputFolderThatIsNotAsItWasLeftIsBuiltAgain() throws IOException {
        ContentFixture f = site();
        build(f.options());
        Files.delete(f.output().resolve("nl/mri/index.html"));
        assertFalse(build(f.options()).upToDate());
        assertTrue(Files.isRegularFile(f.output().resolve("nl/mri/index.html")), "the page is back");

        Files.writeString(f.output().resolve("nl/index.html"), "edited by hand");
        assertFalse(build(f.options()).upToDate());
        assertTrue(f.read("nl/index.html").contains("<html"));

        Files.writeString(Manifest.file(f.output(), UpToDate.MANIFEST), "{ not json");
        assertFalse(build(f.options()).upToDate(), "a damaged record");
        assertTrue(build(f.options()).upToDate());
    }

    @Test
    void anOutputFolderInsideTheContentFolderIsNoInput() throws IOException {
        ContentFixture f = site();
        BuildOptions inside = new BuildOptions(
                f.root(), List.of(), f.root().resolve("site"), ContentFixture.TODAY, Set.of("html", "index"));
        build(inside);
        assertTrue(build(inside).upToDate());
    }
}
