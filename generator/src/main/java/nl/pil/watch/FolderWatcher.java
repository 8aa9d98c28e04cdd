package nl.pil.watch;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders (and every folder below them, also ones created later) and calls back once per burst of
 * changes: editors save a file in several steps, and one rebuild per save is enough.
 */
public final class FolderWatcher implements AutoCloseable {
    private final WatchService service;
    private final long quietMillis;
    private volatile boolean running = true;

    public FolderWatcher(List<Path> roots, long quietMillis) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.quietMillis = quietMillis;
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                registerTree(root);
            }
        }
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    /** Blocks, calling {@code onChange} after each burst of changes, until {@link #close()}. */
    public void run(Runnable onChange) throws InterruptedException {
        while (running) {
            WatchKey key;
            try {
                key = service.take();
            } catch (ClosedWatchServiceException e) {
                return;
            }
            // collect the rest of the burst
            while (key != null) {
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && key.watchable() instanceof Path dir) {
                        Path created = dir.resolve((Path) event.context());
                        if (Files.isDirectory(created)) {
                            try {
                                registerTree(created);
                            } catch (IOException e) {
                                // a folder that vanished again; the next event will tell
                            }
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
            if (running) {
                onChange.run();
            }
        }
    }

    @Override
    public void close() throws IOException {
        running = false;
        service.close();
    }
}
