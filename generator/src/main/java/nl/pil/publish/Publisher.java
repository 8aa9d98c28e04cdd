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
        Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".new-");
        try {
            writer.writeInto(staging);
        } catch (IOException | RuntimeException | Error e) {
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
        if (old != null) {
            deleteTree(old);
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
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
