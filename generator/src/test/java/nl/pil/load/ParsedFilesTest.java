package nl.pil.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.pil.ContentFixture;
import nl.pil.model.Content;
import nl.pil.model.Diagnostic;
import nl.pil.model.Diagnostics;
import nl.pil.model.Translation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In a watching process, a leaflet file is parsed again only when its text (or the site's languages) changed. */
class ParsedFilesTest {
    @TempDir
    Path dir;

    private record Loaded(Content content, List<Diagnostic> diagnostics) {
        Translation file(String id, String lang) {
            return content.leaflet(id).orElseThrow().in(lang).orElseThrow();
        }
    }

    private static Loaded load(ContentFixture f, ContentLoader.ParsedFiles parsed) {
        Diagnostics d = new Diagnostics();
        Content content =
                new ContentLoader(f.root(), Path.of(""), parsed).load(d).orElseThrow();
        return new Loaded(content, d.sorted());
    }

    @Test
    void unchangedFilesAreTakenFromTheCacheWithTheirDiagnostics() throws IOException {
        ContentFixture f = new ContentFixture(dir)
                .leaflet("ct", "exam", "CT-scan", "", "Niet eten.\n")
                .translation("ct", "en", "CT scan", "", "Do not eat.\n")
                // an unknown key: a warning that must be repeated on every load, cached or not
                .leaflet("mri", "exam", "MRI-scan", "colour: blue", "Magneet.\n");
        ContentLoader.ParsedFiles parsed = new ContentLoader.ParsedFiles();
        Loaded first = load(f, parsed);
        assertEquals(0, parsed.hits());
        assertEquals(1, first.diagnostics().size(), first.diagnostics()::toString);

        Loaded second = load(f, parsed);
        assertEquals(3, parsed.hits());
        assertEquals(first.diagnostics(), second.diagnostics());
        assertSame(first.file("ct", "nl"), second.file("ct", "nl"), "the parsed file itself is shared");

        f.write(
                "ct/nl.md",
                Files.readString(f.root().resolve("ct/nl.md")).replace("Niet eten.", "Niet eten of drinken."));
        Loaded third = load(f, parsed);
        assertEquals(5, parsed.hits(), "the two other files");
        assertNotSame(second.file("ct", "nl"), third.file("ct", "nl"));
        assertEquals(
                third.file("ct", "nl").bodyText(),
                load(f, null).file("ct", "nl").bodyText(),
                "as a fresh load reads it");

        // the site's languages decide what a file may leave out: parse everything again
        f.write("site.yaml", ContentFixture.SITE_YAML.replace("languages: [nl, en]", "languages: [nl, en, ar]"));
        load(f, parsed);
        assertEquals(5, parsed.hits());

        // a deleted file is forgotten, and comes back parsed afresh
        String mri = Files.readString(f.root().resolve("mri/nl.md"));
        Files.delete(f.root().resolve("mri/nl.md"));
        assertEquals(List.of(), load(f, parsed).diagnostics());
        f.write("mri/nl.md", mri);
        Loaded back = load(f, parsed);
        assertEquals(1, back.diagnostics().size());
        assertEquals(
                first.diagnostics().getFirst().message(),
                back.diagnostics().getFirst().message());
    }

    @Test
    void whileWatchingOnlyTheFilesTheWatcherReportedAreReadAgain() throws IOException {
        ContentFixture f = new ContentFixture(dir)
                .leaflet("ct", "exam", "CT-scan", "", "Niet eten.\n")
                .leaflet("mri", "exam", "MRI-scan", "", "Magneet.\n");
        ContentLoader.ParsedFiles parsed = new ContentLoader.ParsedFiles();
        load(f, parsed);
        parsed.watching();
        load(f, parsed); // may have changed before the watcher began: read again

        // changed behind the watcher's back (only possible in a test): not read, so the load still has the old text
        f.write("mri/nl.md", Files.readString(f.root().resolve("mri/nl.md")).replace("Magneet.", "Sterke magneet."));
        f.write("ct/nl.md", Files.readString(f.root().resolve("ct/nl.md")).replace("Niet eten.", "Nuchter blijven."));
        parsed.changed(List.of(f.root().resolve("ct/nl.md")));
        Loaded watched = load(f, parsed);
        assertEquals("Nuchter blijven.", watched.file("ct", "nl").bodyText().strip(), "reported: read");
        assertEquals("Magneet.", watched.file("mri", "nl").bodyText().strip(), "not reported: not read");

        // the watcher lost events: every file is read
        parsed.lostTrack();
        assertEquals(
                "Sterke magneet.", load(f, parsed).file("mri", "nl").bodyText().strip());
    }

    @Test
    void withoutAWatcherEveryLoadReadsEveryFile() throws IOException {
        ContentFixture f = new ContentFixture(dir).leaflet("mri", "exam", "MRI-scan", "", "Magneet.\n");
        ContentLoader.ParsedFiles parsed = new ContentLoader.ParsedFiles();
        load(f, parsed);
        parsed.changed(List.of()); // ignored: nobody said a watcher is on
        f.write("mri/nl.md", Files.readString(f.root().resolve("mri/nl.md")).replace("Magneet.", "Sterke magneet."));
        assertEquals(
                "Sterke magneet.", load(f, parsed).file("mri", "nl").bodyText().strip());
    }
}
