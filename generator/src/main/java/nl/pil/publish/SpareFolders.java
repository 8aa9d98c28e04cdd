package nl.pil.publish;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.Executor;

/**
 * Replaced sites kept as empty folder trees for the next build of a watching process to write into. A site has a
 * folder per page, and creating thousands of folders is most of what an unchanged build costs on some disks;
 * emptying the replaced site of its files and keeping its folders saves that.
 *
 * <p>Safe because a spare holds no files at all when it is taken: every file a build writes is new, so nothing is
 * ever written through a hard link into the site being served. Folders the new site does not need are removed
 * before it is swapped in, so it is the same as one written into a fresh folder.
 */
public final class SpareFolders {
    private final Executor background;
    private Path ready; // guarded by this
    private boolean leftoversRemoved; // guarded by this

    /** @param background where replaced sites are emptied (it must run tasks one at a time, in order) */
    public SpareFolders(Executor background) {
        this.background = background;
    }

    /**
     * A spare beside {@code name}, renamed to a staging folder, or {@code null} when none is ready. The first call
     * removes spares that a stopped process left behind.
     */
    synchronized Path take(Path parent, String name) throws IOException {
        removeLeftovers(parent, name);
        Path spare = ready;
        ready = null;
        if (spare == null || !parent.equals(spare.getParent()) || !Files.isDirectory(spare)) {
            return null;
        }
        Path staging = parent.resolve("." + name + ".new-" + Long.toHexString(System.nanoTime()));
        Files.move(spare, staging, StandardCopyOption.ATOMIC_MOVE);
        return staging;
    }

    /** Takes the replaced site out of the way at once, then empties it of files in the background. */
    void recycle(Path replaced, String name) {
        Path spare = replaced.resolveSibling("." + name + ".spare-" + Long.toHexString(System.nanoTime()));
        try {
            Files.move(replaced, spare, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            background.execute(() -> Publisher.deleteQuietly(replaced));
            return;
        }
        background.execute(() -> {
            try {
                deleteFiles(spare);
            } catch (IOException | RuntimeException e) {
                Publisher.deleteQuietly(spare);
                return;
            }
            Path previous;
            synchronized (this) {
                previous = ready;
                ready = spare;
            }
            if (previous != null) {
                Publisher.deleteQuietly(previous);
            }
        });
    }

    /**
     * Makes a spare with the folders of {@code site} in the background, for the first build of a watching process
     * (which has no replaced site yet to take them from).
     */
    public void prepare(Path site) {
        Path target = site.toAbsolutePath().normalize();
        String name = target.getFileName().toString();
        try {
            // under the output's lock: a build running in another process is not taking one of them meanwhile
            Publisher.locked(target, folder -> removeLeftovers(target.getParent(), name));
        } catch (IOException e) {
            return; // only a missed speed-up
        }
        background.execute(() -> {
            Path spare = target.resolveSibling("." + name + ".spare-" + Long.toHexString(System.nanoTime()));
            try {
                Files.walkFileTree(target, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                        Files.createDirectories(
                                spare.resolve(target.relativize(dir).toString()));
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException | RuntimeException e) {
                Publisher.deleteQuietly(
                        spare); // e.g. the site was replaced meanwhile: the next build makes its folders
                return;
            }
            Path previous;
            synchronized (this) {
                previous = ready;
                ready = spare;
            }
            if (previous != null) {
                Publisher.deleteQuietly(previous);
            }
        });
    }

    /** Once per process: spares that a stopped process left behind are of no use and would never be removed. */
    private synchronized void removeLeftovers(Path parent, String name) throws IOException {
        if (!leftoversRemoved) {
            Publisher.removeSiblings(parent, "." + name + ".spare-");
            leftoversRemoved = true;
        }
    }

    /** Removes the spare, if there is one (when the watching process stops). */
    public synchronized void close() {
        if (ready != null) {
            Publisher.deleteQuietly(ready);
            ready = null;
        }
    }

    /** Every file below {@code root}; the folders stay. */
    private static void deleteFiles(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Folders below {@code root} that the new site left empty: a fresh site has none (every page folder has its page). */
    static void pruneEmptyFolders(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                if (!dir.equals(root)) {
                    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                        if (!entries.iterator().hasNext()) {
                            Files.delete(dir);
                        }
                    }
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
