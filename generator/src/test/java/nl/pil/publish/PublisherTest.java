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
import nl.pil.compile.BuildResult;
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
    void aReplacedSiteLeftByABuildThatRanOnceIsRemovedOffThePathOfAWatchingPublish() throws IOException {
        Path site = dir.resolve("site");
        Publisher.leavingReplaced(new SpareFolders(Runnable::run))
                .publish(site, folder -> Files.writeString(folder.resolve("index.html"), "first"));
        Publisher.leavingReplaced(new SpareFolders(Runnable::run))
                .publish(site, folder -> Files.writeString(folder.resolve("index.html"), "second"));
        assertEquals(2, siblings().size(), "the replaced site was left: " + siblings());
        Path left = dir.resolve(siblings().stream()
                .filter(n -> n.startsWith(".site.old-"))
                .findFirst()
                .orElseThrow());
        List<Runnable> later = new java.util.ArrayList<>();
        new Publisher(later::add).publish(site, folder -> Files.writeString(folder.resolve("index.html"), "third"));
        assertTrue(Files.isDirectory(left), "not removed before the publish returned: " + siblings());
        later.forEach(Runnable::run);
        assertEquals(List.of("site"), siblings(), "removed in the background");
        assertEquals("third", Files.readString(site.resolve("index.html")));
    }

    @Test
    void pruningRemovesEveryFolderLeftEmptyAndNothingElse() throws IOException {
        Path root = dir.resolve("staging");
        write(root.resolve("nl/ct/index.html"), "CT");
        Files.createDirectories(root.resolve("nl/mri/pictures/small")); // a dropped leaflet's folders, nested
        Files.createDirectories(root.resolve("en/mri"));
        Files.createDirectories(root.resolve("nl/ct/empty"));
        write(root.resolve("_search/nl/segments_1"), "index");
        Files.createDirectories(root.resolve("_search/en"));
        SpareFolders.pruneEmptyFolders(root);
        try (Stream<Path> walk = Files.walk(root)) {
            assertEquals(
                    List.of("", "_search", "_search/nl", "_search/nl/segments_1", "nl", "nl/ct", "nl/ct/index.html"),
                    walk.map(p -> root.relativize(p).toString().replace('\\', '/'))
                            .sorted()
                            .toList());
        }
    }

    @Test
    void aWatchingProcessWritesIntoTheEmptiedFoldersOfTheReplacedSite() throws IOException {
        Path site = dir.resolve("site");
        SpareFolders spares = new SpareFolders(Runnable::run);
        Publisher publisher = new Publisher(Runnable::run, spares);
        publisher.publish(site, folder -> {
            write(folder.resolve("nl/ct/index.html"), "CT 1");
            write(folder.resolve("nl/mri/index.html"), "MRI 1");
        });
        Object ctFolder = key(site.resolve("nl/ct"));
        Path shared = site.resolve("nl/ct/index.html");

        // the next site takes a page over from the current one (a hard link); the first site becomes the spare
        publisher.publish(site, folder -> {
            Files.createDirectories(folder.resolve("nl/ct"));
            Files.createLink(folder.resolve("nl/ct/index.html"), shared);
            write(folder.resolve("nl/mri/index.html"), "MRI 2");
        });
        assertEquals(
                "CT 1",
                Files.readString(site.resolve("nl/ct/index.html")),
                "emptying the spare leaves the linked page alone");

        // the third is written into the first one's folders, and drops the MRI leaflet
        publisher.publish(site, folder -> {
            assertTrue(Files.isDirectory(folder.resolve("nl/mri")), "the spare's folders are there");
            try (Stream<Path> walk = Files.walk(folder)) {
                assertTrue(walk.noneMatch(Files::isRegularFile), "but no files");
            }
            write(folder.resolve("nl/ct/index.html"), "CT 3");
            write(folder.resolve("nl/echo/index.html"), "Echo 3");
        });
        assertEquals("CT 3", Files.readString(site.resolve("nl/ct/index.html")));
        assertEquals(ctFolder, key(site.resolve("nl/ct")), "the folder was reused, not made again");
        assertEquals(
                List.of("nl/ct/index.html", "nl/echo/index.html"),
                files(site),
                "no folder of the dropped leaflet is left");
        assertTrue(Files.notExists(site.resolve("nl/mri")), "not even an empty one");
        spares.close();
        assertEquals(List.of("site"), siblings(), "closing removes the spare");
    }

    @Test
    void aBuildThatRunsOnceLeavesTheReplacedSiteAndTheNextOneWritesIntoItsFolders() throws IOException {
        Path site = dir.resolve("site");
        Publisher.leavingReplaced(new SpareFolders(Runnable::run)).publish(site, folder -> {
            write(folder.resolve("nl/ct/index.html"), "CT 1");
            write(folder.resolve("nl/mri/index.html"), "MRI 1");
        });
        Path shared = site.resolve("nl/ct/index.html");
        Object nlFolder = key(site.resolve("nl"));
        Publisher.leavingReplaced(new SpareFolders(Runnable::run)).publish(site, folder -> {
            Files.createDirectories(folder.resolve("nl/ct"));
            Files.createLink(folder.resolve("nl/ct/index.html"), shared);
            write(folder.resolve("nl/mri/index.html"), "MRI 2");
        });
        List<String> beside = siblings().stream().filter(n -> !n.equals("site")).toList();
        assertEquals(1, beside.size(), "the replaced site is left beside the new one: " + siblings());
        assertTrue(beside.getFirst().startsWith(".site.old-"));
        Path replaced = dir.resolve(beside.getFirst());
        assertFalse(Files.exists(replaced.resolve(Publisher.COMPLETE)), "no longer marked: it is never put back");
        assertTrue(Publisher.recover(site));
        assertEquals("MRI 2", Files.readString(site.resolve("nl/mri/index.html")));

        // a killed build's staging folder, a stopped watch's spare: the next build takes the replaced site as its
        // spare, removes the rest, and leaves the site it replaces in turn
        Files.createDirectories(dir.resolve(".site.new-1/nl/x"));
        Files.createDirectories(dir.resolve(".site.spare-0/nl/y"));
        SpareFolders spares = new SpareFolders(Runnable::run);
        spares.adopt(site);
        Publisher.leavingReplaced(spares).publish(site, folder -> {
            assertTrue(Files.isDirectory(folder.resolve("nl/mri")), "the replaced site's folders are there");
            try (Stream<Path> walk = Files.walk(folder)) {
                assertTrue(walk.noneMatch(Files::isRegularFile), "but none of its files");
            }
            write(folder.resolve("nl/ct/index.html"), "CT 3");
        });
        assertEquals(nlFolder, key(site.resolve("nl")), "the folder was reused, not made again");
        assertEquals(List.of("nl/ct/index.html"), files(site), "the unused folders are gone");
        assertEquals("CT 3", Files.readString(site.resolve("nl/ct/index.html")));
        assertFalse(Files.exists(replaced), "taken over");
        beside = siblings().stream().filter(n -> !n.equals("site")).toList();
        assertEquals(1, beside.size(), "only the site this build replaced: " + siblings());
        assertTrue(beside.getFirst().startsWith(".site.old-"));
        try (Stream<Path> walk = Files.walk(dir.resolve(beside.getFirst()))) {
            assertTrue(
                    walk.anyMatch(p -> p.endsWith("nl/mri/index.html")),
                    "it holds the replaced site's pages, the linked one included");
        }
        assertEquals("CT 1", Files.readString(dir.resolve(beside.getFirst()).resolve("nl/ct/index.html")));
    }

    @Test
    void aSpareCanBePreparedFromTheCurrentSiteForTheFirstBuild() throws IOException {
        Path site = dir.resolve("site");
        new Publisher().publish(site, folder -> {
            write(folder.resolve("nl/ct/index.html"), "CT");
            write(folder.resolve("en/ct/index.html"), "CT");
        });
        Files.createDirectories(dir.resolve(".site.spare-0")); // left by a process that was killed
        SpareFolders spares = new SpareFolders(Runnable::run);
        spares.prepare(site);
        assertEquals(
                List.of("site"),
                siblings().stream().filter(n -> !n.startsWith(".site.spare-")).toList());
        assertEquals(
                1,
                siblings().stream().filter(n -> n.startsWith(".site.spare-")).count(),
                "the leftover is gone, one spare made");
        new Publisher(Runnable::run, spares).publish(site, folder -> {
            assertTrue(
                    Files.isDirectory(folder.resolve("nl/ct")) && Files.isDirectory(folder.resolve("en/ct")),
                    "the folders are there");
            write(folder.resolve("nl/ct/index.html"), "CT 2");
        });
        assertEquals(List.of("nl/ct/index.html"), files(site), "and the unused ones are gone");
        spares.close();
    }

    @Test
    void aFolderWhereTheNewSiteHasAFileMeansWritingAgainIntoAFreshFolder() throws IOException {
        Path site = dir.resolve("site");
        SpareFolders spares = new SpareFolders(Runnable::run);
        Publisher publisher = new Publisher(Runnable::run, spares);
        publisher.publish(site, folder -> write(folder.resolve("nl/forms/list.pdf"), "a form"));
        publisher.publish(site, folder -> write(folder.resolve("nl/x.html"), "x")); // the first site becomes the spare
        publisher.publish(site, folder -> write(folder.resolve("nl/forms"), "now a file"));
        assertEquals("now a file", Files.readString(site.resolve("nl/forms")));
        assertEquals(List.of("nl/forms"), files(site));
        spares.close();
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> !p.equals(root))
                    .filter(p -> Files.isRegularFile(p) || isEmptyFolder(p))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals(Publisher.COMPLETE) && !p.equals(".pil"))
                    .sorted()
                    .toList();
        }
    }

    private static boolean isEmptyFolder(Path p) {
        try (Stream<Path> list = Files.list(p)) {
            return list.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static Object key(Path p) throws IOException {
        return Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class)
                .fileKey();
    }

    @Test
    void failedWriteLeavesThePreviousOutputAndNoDebris() throws IOException {
        Path site = dir.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "previous");
        IOException failure = assertThrows(
                IOException.class,
                () -> new Publisher().publish(site, folder -> {
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

    /** What lies beside the output, its lock file aside (it stays, see {@link OutputLock}). */
    private List<String> siblings() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals(".site.lock"))
                    .sorted()
                    .toList();
        }
    }
}
