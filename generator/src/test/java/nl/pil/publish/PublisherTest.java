package nl.pil.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.pil.ContentFixture;
import nl.pil.build.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublisherTest {
    @TempDir
    Path dir;

    @Test
    void successfulPublishReplacesTheWholeFolder() throws IOException {
        Path site = dir.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("stale.html"), "old");
        new Publisher().publish(site, folder -> Files.writeString(folder.resolve("index.html"), "new"));
        assertEquals("new", Files.readString(site.resolve("index.html")));
        assertFalse(Files.exists(site.resolve("stale.html")), "pages of removed leaflets do not linger");
        assertEquals(List.of("site"), siblings());
    }

    @Test
    void theReplacedSiteCanBeRemovedLaterAndLeftoversGoWithTheNextPublish() throws IOException {
        Path site = dir.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "first");
        List<Runnable> later = new java.util.ArrayList<>();
        new Publisher(later::add).publish(site, folder -> Files.writeString(folder.resolve("index.html"), "second"));
        assertEquals("second", Files.readString(site.resolve("index.html")), "the new site is in place at once");
        assertEquals(1, later.size());
        assertEquals(2, siblings().size(), "the replaced site waits for its removal: " + siblings());

        // the process stopped before removing it: the next publish clears it away
        new Publisher().publish(site, folder -> Files.writeString(folder.resolve("index.html"), "third"));
        assertEquals(List.of("site"), siblings());
        later.getFirst().run(); // a late removal of something already gone does no harm
        assertEquals("third", Files.readString(site.resolve("index.html")));
    }

    @Test
    void failedWriteLeavesThePreviousOutputAndNoDebris() throws IOException {
        Path site = dir.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "previous");
        IOException failure = assertThrows(IOException.class, () -> new Publisher().publish(site, folder -> {
            Files.writeString(folder.resolve("index.html"), "half");
            throw new IOException("disk full");
        }));
        assertEquals("disk full", failure.getMessage());
        assertEquals("previous", Files.readString(site.resolve("index.html")));
        assertEquals(List.of("site"), siblings());
    }

    @Test
    void buildWithContentErrorsDoesNotTouchThePreviousSite() throws IOException {
        ContentFixture f = new ContentFixture(dir).leaflet("ct", "exam", "CT", "", "Tekst\n");
        assertTrue(f.build().published());
        String before = f.read("nl/ct/index.html");
        f.leaflet("mri", "exam", "MRI", "", "[kapot](nergens)\n").write("ct/nl.md", "---\ntype: exam\n---\nNieuw\n");
        BuildResult broken = f.build();
        assertTrue(broken.hasErrors());
        assertFalse(broken.published());
        assertEquals(before, f.read("nl/ct/index.html"));
        assertFalse(Files.exists(f.output().resolve("nl/mri")));
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
