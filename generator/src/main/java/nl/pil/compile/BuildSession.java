package nl.pil.compile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import nl.pil.cache.KnownFiles;
import nl.pil.cache.Manifest;
import nl.pil.check.Checker;
import nl.pil.load.ContentLoader;
import nl.pil.publish.SpareFolders;
import nl.pil.render.KnownCards;

/**
 * What a long-running process ({@code pil watch}) keeps between its builds of one project: the leaflet files it
 * has parsed, what the checker found in them, the fingerprints of the cards, and a background thread that empties each replaced site while the writer already sees the new one,
 * keeping its folders for the next build to write into ({@link nl.pil.publish.SpareFolders}).
 */
public final class BuildSession implements AutoCloseable {
    private final ContentLoader.ParsedFiles parsed = new ContentLoader.ParsedFiles();
    private final KnownFiles files = InputFiles.byTimes();
    private final Checker.Remembered checked = new Checker.Remembered(files);
    private final KnownCards cards = new KnownCards();
    private final ExecutorService cleanup = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "pil-cleanup");
        t.setDaemon(true); // an old site left half-removed is cleared by the next build
        return t;
    });
    private final SpareFolders spares = new SpareFolders(cleanup);

    private volatile boolean loaded;

    public BuildSession() {
        Manifest.rememberWritten(); // each build reads back the manifests the one before wrote
    }

    ContentLoader.ParsedFiles parsed() {
        return parsed;
    }

    /** Whether a build of this session loaded the content: every file's parse is then in memory. */
    boolean loaded() {
        return loaded;
    }

    void markLoaded() {
        loaded = true;
    }

    /**
     * From now on every change below the content folder is reported ({@link #changed}, {@link #lostTrack}): files not
     * reported are not read again, from the build after next.
     */
    public void watching() {
        parsed.watching();
    }

    /** Files or folders created, changed or deleted since the last build began. */
    public void changed(Collection<Path> paths) {
        parsed.changed(paths);
    }

    /** Changes were missed: the next build reads every file. */
    public void lostTrack() {
        parsed.lostTrack();
    }

    /** What the checker found in each leaflet, to repeat for leaflets whose files were not parsed again. */
    public Checker.Remembered checked() {
        return checked;
    }

    /** The content's files by their size, times and identity: to take over copies of unchanged pictures. */
    KnownFiles files() {
        return files;
    }

    /** The fingerprints of the cards the builds made, by the files they were made from. */
    KnownCards cards() {
        return cards;
    }

    Executor cleanup() {
        return cleanup;
    }

    SpareFolders spares() {
        return spares;
    }

    /** Gets the folders of the site in {@code outputFolder} ready for the next build to write into, in the background. */
    public void prepare(Path outputFolder) {
        if (Files.isDirectory(outputFolder)) {
            spares.prepare(outputFolder);
        }
    }

    /** Finishes removing replaced sites (briefly), stops the background thread and removes the spare folders. */
    @Override
    public void close() {
        cleanup.shutdown();
        try {
            cleanup.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        spares.close();
    }
}
