package nl.pil.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watcher's callbacks, awaited rather than slept for. The watcher registers its folders in its constructor, so
 * nothing needs to wait before changing files; what it has seen is recorded through its {@code ignored} predicate,
 * which it asks about every changed path.
 */
class FolderWatcherTest {
    private static final long WAIT_SECONDS = 10;

    @TempDir
    Path dir;

    @Test
    void callsBackOncePerBurstAlsoForNewFolders() throws Exception {
        Files.createDirectories(dir.resolve("ct-scan"));
        Recorder seen = new Recorder(path -> false);
        try (FolderWatcher watcher = new FolderWatcher(List.of(dir), 200, seen)) {
            watchInBackground(watcher, seen);
            Path ctText = dir.resolve("ct-scan/nl.md").toAbsolutePath();
            for (int i = 0; i < 5; i++) {
                Files.writeString(ctText, "versie " + i); // an editor saving in steps
            }
            assertTrue(seen.changes.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS), "a change is reported");
            assertTrue(seen.callbacks.getFirst().contains(ctText), "after the watcher saw the file change");
            // a second callback would come one quiet period (200 ms) after the burst's last event
            assertFalse(seen.changes.tryAcquire(600, TimeUnit.MILLISECONDS), "one callback for the whole burst");

            Path mri = dir.resolve("mri").toAbsolutePath();
            Files.createDirectories(mri);
            assertTrue(seen.awaitCallbackAfterSeeing(mri), "a new folder is reported");
            Path mriText = mri.resolve("nl.md");
            Files.writeString(mriText, "nieuw");
            assertTrue(seen.awaitCallbackAfterSeeing(mriText), "files in a folder created later are watched too");
        }
    }

    @Test
    void theBuildsOwnWritesDoNotCountAndFoldersThatVanishDoNotStopIt() throws Exception {
        Files.createDirectories(dir.resolve("ct-scan"));
        Path out = dir.resolve("site"); // an output folder inside the content folder
        Files.createDirectories(out.resolve("nl"));
        Predicate<Path> builtBy = p ->
                p.startsWith(out.toAbsolutePath()) || p.getFileName().toString().startsWith(".site.");
        Recorder seen = new Recorder(builtBy);
        try (FolderWatcher watcher = new FolderWatcher(List.of(dir), 100, seen)) {
            Thread thread = watchInBackground(watcher, seen);
            // what a build does: a staging folder filled, swapped in, the replaced one removed
            for (int i = 0; i < 3; i++) {
                Path staging =
                        Files.createDirectories(dir.resolve(".site.new-" + i).resolve("nl/ct-scan"));
                Files.writeString(staging.resolve("index.html"), "pagina " + i);
                Files.writeString(out.resolve("nl/index.html"), "pagina " + i);
                nl.pil.publish.Publisher.deleteTree(dir.resolve(".site.new-" + i));
            }
            assertTrue(
                    seen.awaitSeeing(dir.resolve(".site.new-2").toAbsolutePath()),
                    "the watcher saw the build's writes");
            // a callback would come one quiet period (100 ms) after the last of them
            assertFalse(seen.changes.tryAcquire(500, TimeUnit.MILLISECONDS), "the build's own writes start no build");
            assertEquals(List.of(), seen.callbacks);

            // folders that come and go at once (an editor's temporary folders) are no reason to stop watching
            for (int i = 0; i < 20; i++) {
                Path temp = Files.createDirectories(dir.resolve("ct-scan/tmp-" + i + "/a/b"));
                nl.pil.publish.Publisher.deleteTree(temp.getParent().getParent());
            }
            assertTrue(seen.changes.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS));
            assertTrue(thread.isAlive(), "still watching");
            Path text = dir.resolve("ct-scan/nl.md").toAbsolutePath();
            Files.writeString(text, "nieuw");
            assertTrue(seen.awaitCallbackAfterSeeing(text), "and a real change still counts");
            assertTrue(thread.isAlive(), "still watching");
        }
    }

    @Test
    void reportsWhatChangedInEachBurstButNotWhatTheBuildWrote() throws Exception {
        Files.createDirectories(dir.resolve("ct-scan"));
        Path out = dir.resolve("site").toAbsolutePath();
        Files.createDirectories(out);
        BlockingQueue<FolderWatcher.Changes> reported = new LinkedBlockingQueue<>();
        try (FolderWatcher watcher = new FolderWatcher(List.of(dir), 100, p -> p.startsWith(out))) {
            inBackground(() -> watcher.run(reported::add));
            Path ct = dir.resolve("ct-scan/nl.md").toAbsolutePath();
            Files.writeString(out.resolve("index.html"), "pagina");
            Files.writeString(ct, "versie 1");
            FolderWatcher.Changes first = reported.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertTrue(first != null && first.complete());
            assertEquals(Set.of(ct), first.paths(), "the saved file, not the build's page");

            Path mri = dir.resolve("mri").toAbsolutePath();
            Files.createDirectories(mri);
            Files.writeString(mri.resolve("nl.md"), "nieuw"); // perhaps before the new folder is watched
            Set<Path> seen = new java.util.HashSet<>();
            for (FolderWatcher.Changes c; (c = reported.poll(1, TimeUnit.SECONDS)) != null; ) {
                seen.addAll(c.paths());
            }
            assertTrue(seen.contains(mri), "the new folder, whose files all count as changed: " + seen);
        }
    }

    /**
     * The watcher's {@code ignored} predicate, wrapped: records each path the watcher asks about (every changed path),
     * and, with each callback, the paths seen by then.
     */
    private static final class Recorder implements Predicate<Path> {
        private final Predicate<Path> ignored;
        private final Set<Path> paths = ConcurrentHashMap.newKeySet();
        final List<Set<Path>> callbacks = new CopyOnWriteArrayList<>();
        final Semaphore changes = new Semaphore(0);

        Recorder(Predicate<Path> ignored) {
            this.ignored = ignored;
        }

        @Override
        public boolean test(Path path) {
            paths.add(path);
            return ignored.test(path);
        }

        void changed() {
            callbacks.add(Set.copyOf(paths));
            changes.release();
        }

        /** Waits until the watcher has looked at {@code path}. */
        boolean awaitSeeing(Path path) throws InterruptedException {
            return await(() -> paths.contains(path));
        }

        /** Waits until the watcher has reported a change after it saw {@code path} change. */
        boolean awaitCallbackAfterSeeing(Path path) throws InterruptedException {
            return await(() -> callbacks.stream().anyMatch(seen -> seen.contains(path)));
        }

        private static boolean await(java.util.function.BooleanSupplier condition) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
            while (!condition.getAsBoolean()) {
                if (System.nanoTime() - deadline > 0) {
                    return false;
                }
                Thread.sleep(5); // polls the condition, a few ms at a time, up to the deadline
            }
            return true;
        }
    }

    /** Runs the watcher on a thread of its own, recording its callbacks. */
    private static Thread watchInBackground(FolderWatcher watcher, Recorder recorder) {
        return inBackground(() -> watcher.run(recorder::changed));
    }

    private interface Watching {
        void run() throws InterruptedException;
    }

    private static Thread inBackground(Watching watching) {
        Thread thread = new Thread(() -> {
            try {
                watching.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
