package nl.pil.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The publish stage: output is written to a fresh folder beside the target and swapped in only when complete,
 * so readers (and the web server) see either the previous site or the new one, never half of one.
 */
public final class Publisher {
    private final java.util.concurrent.Executor cleanup;
    private final SpareFolders spares;

    /** Removes the replaced site before {@link #publish} returns. */
    public Publisher() {
        this(Runnable::run);
    }

    /**
     * @param cleanup runs the removal of the replaced site once the new one is in place; a watching process hands
     *                it to a background thread so the writer does not wait for it
     */
    public Publisher(java.util.concurrent.Executor cleanup) {
        this(cleanup, null);
    }

    /**
     * @param spares where replaced sites are kept, emptied, for the next build to write into instead of a fresh folder
     *               ({@code null}: they are removed by {@code cleanup})
     */
    public Publisher(java.util.concurrent.Executor cleanup, SpareFolders spares) {
        this.cleanup = cleanup;
        this.spares = spares;
    }

    /** Writes the whole output into a folder handed to {@code writer}. */
    @FunctionalInterface
    public interface Writer {
        void writeInto(Path folder) throws IOException;
    }

    /**
     * Runs {@code writer} on a staging folder and, if it returns normally, replaces {@code target} with it.
     * If it throws, the staging folder is removed and {@code target} is left as it was.
     */
    public void publish(Path target, Writer writer) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        String name = absolute.getFileName().toString();
        removeSiblings(parent, "." + name + ".old-");
        Path spare = null;
        if (spares == null) {
            removeSiblings(parent, "." + name + ".spare-"); // left by a watching process that stopped
        } else {
            spare = spares.take(parent, name);
        }
        Path staging = spare != null ? spare : Files.createTempDirectory(parent, "." + name + ".new-");
        try {
            writer.writeInto(staging);
            if (spare != null) {
                SpareFolders.pruneEmptyFolders(staging);
            }
        } catch (IOException e) {
            deleteTree(staging);
            if (spare == null) {
                throw e;
            }
            // a folder of the previous site stood where this one has a file: write it again into a fresh folder
            staging = Files.createTempDirectory(parent, "." + name + ".new-");
            try {
                writer.writeInto(staging);
            } catch (IOException | RuntimeException | Error again) {
                deleteTree(staging);
                throw again;
            }
        } catch (RuntimeException | Error e) {
            deleteTree(staging);
            throw e;
        }
        Path old = null;
        if (Files.exists(absolute)) {
            old = parent.resolve("." + absolute.getFileName() + ".old-" + Long.toHexString(System.nanoTime()));
            move(absolute, old);
        }
        try {
            move(staging, absolute);
        } catch (IOException e) {
            if (old != null) {
                move(old, absolute); // put the previous site back
            }
            deleteTree(staging);
            throw e;
        }
        if (old != null && spares != null) {
            spares.recycle(old, name);
        } else if (old != null) {
            Path replaced = old;
            cleanup.execute(() -> deleteQuietly(replaced));
        }
    }

    /** Replaced sites a stopped process had no time to remove (they are never served again). */
    static void removeSiblings(Path parent, String prefix) throws IOException {
        try (java.util.stream.Stream<Path> list = Files.list(parent)) {
            for (Path p : list.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
                deleteQuietly(p);
            }
        }
    }

    /** Deletes a tree that another thread may be deleting too; what cannot be removed now is left for the next build. */
    static void deleteQuietly(Path root) {
        try {
            delete(root, true);
        } catch (IOException | RuntimeException e) {
            // e.g. a folder not yet empty because the other thread is still in it: the next build tries again
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    public static void deleteTree(Path root) throws IOException {
        delete(root, false);
    }

    /** @param shared another thread may be deleting the same tree: what is already gone is no error */
    private static void delete(Path root, boolean shared) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                remove(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                if (shared) {
                    return FileVisitResult.CONTINUE;
                }
                throw exc;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                remove(dir);
                return FileVisitResult.CONTINUE;
            }

            private void remove(Path path) throws IOException {
                if (shared) {
                    Files.deleteIfExists(path);
                } else {
                    Files.delete(path);
                }
            }
        });
    }
}
