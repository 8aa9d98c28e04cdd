package nl.pil.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Watches folders (and every folder below them, also ones created later) and calls back once per burst of
 * changes: editors save a file in several steps, and one rebuild per save is enough.
 */
public final class FolderWatcher implements AutoCloseable {
    private final WatchService service;
    private final long quietMillis;
    private final Predicate<Path> ignored;
    private volatile boolean running = true;

    public FolderWatcher(List<Path> roots, long quietMillis) throws IOException {
        this(roots, quietMillis, path -> false);
    }

    /**
     * @param ignored paths (absolute, normalised) whose changes do not count and below which nothing is watched, e.g. the
     *                output folder when it sits inside the content folder: the build's own writes must not start a build
     */
    public FolderWatcher(List<Path> roots, long quietMillis, Predicate<Path> ignored) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.quietMillis = quietMillis;
        this.ignored = ignored;
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                registerTree(root.toAbsolutePath().normalize());
            }
        }
    }

    private void registerTree(Path root) throws IOException {
        if (ignored.test(root)) {
            return;
        }
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory)
                    .filter(d -> !ignoredBelow(root, d))
                    .toList()) {
                dir.register(
                        service,
                        StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    /**
     * What changed in one burst.
     *
     * @param paths    created, changed or deleted files and folders (absolute); for a folder created, what is in it
     *                 changed too
     * @param complete false when events were lost (the system's queue overflowed): anything may have changed
     */
    public record Changes(Set<Path> paths, boolean complete) {
        public Changes {
            paths = Set.copyOf(paths);
        }
    }

    /** Blocks, calling {@code onChange} after each burst of changes, until {@link #close()}. */
    public void run(Runnable onChange) throws InterruptedException {
        run(changes -> onChange.run());
    }

    /** Blocks, calling {@code onChange} with what changed after each burst of changes, until {@link #close()}. */
    public void run(Consumer<Changes> onChange) throws InterruptedException {
        while (running) {
            WatchKey key;
            try {
                key = service.take();
            } catch (ClosedWatchServiceException e) {
                return;
            }
            // collect the rest of the burst
            boolean relevant = false;
            boolean complete = true;
            Set<Path> paths = new HashSet<>();
            while (key != null) {
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (!(event.context() instanceof Path name) || !(key.watchable() instanceof Path dir)) {
                        relevant = true; // events were lost (overflow): rebuild to be sure
                        complete = false;
                        continue;
                    }
                    Path changed = dir.resolve(name);
                    if (ignored.test(changed)) {
                        continue;
                    }
                    relevant = true;
                    paths.add(changed);
                    if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                        try {
                            registerTree(changed);
                        } catch (IOException | UncheckedIOException e) {
                            // a folder that vanished again; the next event will tell
                        }
                    }
                }
                key.reset();
                try {
                    key = service.poll(quietMillis, TimeUnit.MILLISECONDS);
                } catch (ClosedWatchServiceException e) {
                    return;
                }
            }
            if (running && relevant) {
                onChange.accept(new Changes(paths, complete));
            }
        }
    }

    /** Whether {@code dir} (below {@code root}) or a folder between them is ignored. */
    private boolean ignoredBelow(Path root, Path dir) {
        for (Path p = dir; p != null && !p.equals(root); p = p.getParent()) {
            if (ignored.test(p)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        running = false;
        service.close();
    }
}
