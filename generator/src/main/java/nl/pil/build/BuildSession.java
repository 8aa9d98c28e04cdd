package nl.pil.build;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.pil.load.ContentLoader;

/**
 * What a long-running process ({@code pil watch}) keeps between its builds of one project: the leaflet files it
 * has parsed, and a background thread that removes each replaced site while the writer already sees the new one.
 */
public final class BuildSession implements AutoCloseable {
    private final ContentLoader.ParsedFiles parsed = new ContentLoader.ParsedFiles();
    private final ExecutorService cleanup = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "pil-cleanup");
        t.setDaemon(true); // an old site left half-removed is cleared by the next build
        return t;
    });

    ContentLoader.ParsedFiles parsed() {
        return parsed;
    }

    java.util.concurrent.Executor cleanup() {
        return cleanup;
    }

    /** Finishes removing replaced sites (briefly), then stops the background thread. */
    @Override
    public void close() {
        cleanup.shutdown();
        try {
            cleanup.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
