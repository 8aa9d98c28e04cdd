package nl.pil.watch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderWatcherTest {
    @TempDir
    Path dir;

    @Test
    void callsBackOncePerBurstAlsoForNewFolders() throws Exception {
        Files.createDirectories(dir.resolve("ct-scan"));
        Semaphore changes = new Semaphore(0);
        try (FolderWatcher watcher = new FolderWatcher(List.of(dir), 200)) {
            Thread thread = watchInBackground(watcher, changes);
            Thread.sleep(200);
            for (int i = 0; i < 5; i++) {
                Files.writeString(dir.resolve("ct-scan/nl.md"), "versie " + i); // an editor saving in steps
            }
            assertTrue(changes.tryAcquire(10, TimeUnit.SECONDS), "a change is reported");
            Thread.sleep(600);
            assertTrue(changes.availablePermits() == 0, "one callback for the whole burst");
            Files.createDirectories(dir.resolve("mri"));
            assertTrue(changes.tryAcquire(10, TimeUnit.SECONDS));
            Thread.sleep(400);
            changes.drainPermits();
            Files.writeString(dir.resolve("mri/nl.md"), "nieuw");
            assertTrue(changes.tryAcquire(10, TimeUnit.SECONDS), "files in a folder created later are watched too");
        }
    }

    @Test
    void theBuildsOwnWritesDoNotCountAndFoldersThatVanishDoNotStopIt() throws Exception {
        Files.createDirectories(dir.resolve("ct-scan"));
        Path out = dir.resolve("site"); // an output folder inside the content folder
        Files.createDirectories(out.resolve("nl"));
        Semaphore changes = new Semaphore(0);
        java.util.function.Predicate<Path> builtBy = p -> p.startsWith(out.toAbsolutePath())
                || p.getFileName().toString().startsWith(".site.");
        try (FolderWatcher watcher = new FolderWatcher(List.of(dir), 100, builtBy)) {
            Thread thread = watchInBackground(watcher, changes);
            Thread.sleep(200);
            // what a build does: a staging folder filled, swapped in, the replaced one removed
            for (int i = 0; i < 3; i++) {
                Path staging = Files.createDirectories(dir.resolve(".site.new-" + i).resolve("nl/ct-scan"));
                Files.writeString(staging.resolve("index.html"), "pagina " + i);
                Files.writeString(out.resolve("nl/index.html"), "pagina " + i);
                nl.pil.publish.Publisher.deleteTree(dir.resolve(".site.new-" + i));
            }
            assertTrue(!changes.tryAcquire(1, TimeUnit.SECONDS), "the build's own writes start no build");

            // folders that come and go at once (an editor's temporary folders) are no reason to stop watching
            for (int i = 0; i < 20; i++) {
                Path temp = Files.createDirectories(dir.resolve("ct-scan/tmp-" + i + "/a/b"));
                nl.pil.publish.Publisher.deleteTree(temp.getParent().getParent());
            }
            assertTrue(changes.tryAcquire(10, TimeUnit.SECONDS));
            Thread.sleep(400);
            changes.drainPermits();
            assertTrue(thread.isAlive(), "still watching");
            Files.writeString(dir.resolve("ct-scan/nl.md"), "nieuw");
            assertTrue(changes.tryAcquire(10, TimeUnit.SECONDS), "and a real change still counts");
        }
    }

    /** Runs the watcher on a thread of its own, counting its callbacks. */
    private static Thread watchInBackground(FolderWatcher watcher, Semaphore changes) {
        Thread thread = new Thread(() -> {
            try {
                watcher.run(changes::release);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
