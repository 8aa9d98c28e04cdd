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
            Thread thread = new Thread(() -> {
                try {
                    watcher.run(changes::release);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            thread.setDaemon(true);
            thread.start();
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
}
