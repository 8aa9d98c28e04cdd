package nl.pil.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.stream.Stream;

/**
 * The publish stage: output is written to a fresh folder beside the target and swapped in only when complete,
 * so readers (and the web server) see either the previous site or the new one, never half of one.
 *
 * <p>Crash-proof (see docs/publishing.md): the swap is two renames (target → {@code .<name>.old-*}, staging → target),
 * and a process killed between them leaves no target. So a staging folder is marked complete ({@link #COMPLETE},
 * written last and flushed to disk) before the first rename, and {@link #recover} puts the newest complete site
 * back when the target is missing: the staging folder (the interrupted publish is finished), else the replaced
 * site. Every build starts with that, and removes what killed builds left beside the target, under the
 * {@link OutputLock} that tells it no living build owns those folders.
 */
public final class Publisher {
    /** Written into a site as the last step before it is swapped in: a site without it may be incomplete. */
    public static final String COMPLETE = ".pil/published";

    /** The points of {@link #publish} a test can stop at (see {@link #hook}). */
    enum Step {
        /** the staging folder exists, nothing is written yet */
        STAGING_MADE,
        /** the writer has finished; the staging folder is not yet marked complete */
        WRITTEN,
        /** the staging folder is marked complete; the target is untouched */
        MARKED,
        /** the target is renamed away and the staging folder not yet renamed to it: there is no target */
        OLD_MOVED,
        /** the new site is the target; the replaced one still lies beside it */
        SWAPPED
    }

    /** Called with each {@link Step} and the folder it concerns; tests throw from it to stop a publish there, as a crash would. */
    @FunctionalInterface
    interface Hook {
        void reached(Step step, Path folder) throws IOException;
    }

    static volatile Hook hook;

    private final Executor cleanup;
    private final SpareFolders spares;
    private final boolean leaveReplaced;

    /** Removes the replaced site before {@link #publish} returns. */
    public Publisher() {
        this(Runnable::run);
    }

    /**
     * @param cleanup runs the removal of the replaced site once the new one is in place; a watching process hands
     *                it to a background thread so the writer does not wait for it
     */
    public Publisher(Executor cleanup) {
        this(cleanup, null);
    }

    /**
     * @param spares where replaced sites are kept, emptied, for the next build to write into instead of a fresh folder
     *               ({@code null}: they are removed by {@code cleanup})
     */
    public Publisher(Executor cleanup, SpareFolders spares) {
        this(cleanup, spares, false);
    }

    private Publisher(Executor cleanup, SpareFolders spares, boolean leaveReplaced) {
        this.cleanup = cleanup;
        this.spares = spares;
        this.leaveReplaced = leaveReplaced;
    }

    /**
     * For a build that runs once: writes into the spare {@link SpareFolders#adopt} made, if it is ready, and leaves
     * the replaced site beside the new one, no longer marked complete, for the next build to take over. Removing a
     * site of 40,000 pages cost more than writing it (10–17 s on the machine we measure on); the next build does it
     * in the background while it loads its content.
     */
    public static Publisher leavingReplaced(SpareFolders spares) {
        return new Publisher(Runnable::run, spares, true);
    }

    /** Writes the whole output into a folder handed to {@code writer}. */
    @FunctionalInterface
    public interface Writer {
        void writeInto(Path folder) throws IOException;
    }

    /**
     * Runs {@code writer} on a staging folder and, if it returns normally, replaces {@code target} with it.
     * If it throws, the staging folder is removed and {@code target} is left as it was. First puts back a site a
     * killed build left without target ({@link #recover}) and removes the folders killed builds left beside it;
     * waits while another build publishes into the same target.
     */
    public void publish(Path target, Writer writer) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        String name = absolute.getFileName().toString();
        try (OutputLock lock = OutputLock.acquire(parent, name)) {
            recoverLocked(absolute);
            removeLeftovers(parent, name);
            publishLocked(absolute, parent, name, writer);
        }
    }

    private void publishLocked(Path absolute, Path parent, String name, Writer writer) throws IOException {
        Path spare = spares == null ? null : spares.take(parent, name);
        Path staging = spare != null ? spare : Files.createTempDirectory(parent, "." + name + ".new-");
        reached(Step.STAGING_MADE, staging);
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
        reached(Step.WRITTEN, staging);
        try {
            markComplete(staging);
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            throw e;
        }
        reached(Step.MARKED, staging);
        Path old = null;
        if (Files.exists(absolute)) {
            old = parent.resolve("." + name + ".old-" + Long.toHexString(System.nanoTime()));
            move(absolute, old);
            reached(Step.OLD_MOVED, old);
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
        syncFolder(parent); // the renames reach the disk before anything else happens to these folders
        if (old == null) {
            return;
        }
        reached(Step.SWAPPED, old);
        try {
            Files.deleteIfExists(old.resolve(COMPLETE)); // a site half removed must never look like one to put back
        } catch (IOException e) {
            return; // the new site is in place: the next build removes this one
        }
        if (leaveReplaced) {
            return; // the next build takes it over (SpareFolders.adopt)
        }
        if (spares != null) {
            spares.recycle(old, name);
        } else {
            Path replaced = old;
            cleanup.execute(() -> deleteQuietly(replaced));
        }
    }

    private static void reached(Step step, Path folder) throws IOException {
        Hook h = hook;
        if (h != null) {
            h.reached(step, folder);
        }
    }

    /**
     * Makes sure {@code target} is there when a build was killed in the middle of swapping it: puts back the newest
     * complete site beside it, the new one if it was marked complete, else the one it replaced. What every reader
     * of the output calls first: a build (before it looks at the previous output), {@code pil serve} and the site
     * server. Does nothing (and takes no lock) when {@code target} is a folder.
     *
     * @return whether {@code target} is a folder now
     */
    public static boolean recover(Path target) throws IOException {
        return recover(target, true);
    }

    /**
     * {@link #recover}, but without waiting: {@code false} at once while a build holds the output's lock (it is then
     * in the middle of its swap, or it recovered first). For a server answering a request while the site is missing.
     */
    public static boolean recoverIfIdle(Path target) throws IOException {
        return recover(target, false);
    }

    private static boolean recover(Path target, boolean wait) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (Files.isDirectory(absolute) || parent == null || !Files.isDirectory(parent)) {
            return Files.isDirectory(absolute);
        }
        String name = absolute.getFileName().toString();
        if (siblings(parent, "." + name + ".new-").isEmpty()
                && siblings(parent, "." + name + ".old-").isEmpty()) {
            return false; // nothing to put back: no need for a lock file
        }
        try (OutputLock lock = wait ? OutputLock.acquire(parent, name) : OutputLock.tryAcquire(parent, name)) {
            return lock != null && recoverLocked(absolute);
        }
    }

    private static boolean recoverLocked(Path absolute) throws IOException {
        if (Files.exists(absolute)) {
            return Files.isDirectory(absolute);
        }
        Path parent = absolute.getParent();
        String name = absolute.getFileName().toString();
        Path best = newestComplete(siblings(parent, "." + name + ".new-"));
        if (best == null) {
            best = newestComplete(siblings(parent, "." + name + ".old-"));
        }
        if (best == null) {
            return false;
        }
        move(best, absolute);
        syncFolder(parent);
        return true;
    }

    /** The folder among {@code folders} marked complete most recently, or {@code null}. */
    private static Path newestComplete(List<Path> folders) {
        Path best = null;
        long bestTime = Long.MIN_VALUE;
        for (Path folder : folders) {
            Path marker = folder.resolve(COMPLETE);
            if (!Files.isRegularFile(marker)) {
                continue;
            }
            long time;
            try {
                time = Files.getLastModifiedTime(marker).toMillis();
            } catch (IOException e) {
                continue;
            }
            if (best == null || time > bestTime || (time == bestTime && folder.compareTo(best) > 0)) {
                best = folder;
                bestTime = time;
            }
        }
        return best;
    }

    /** Writes {@link #COMPLETE} into {@code staging} and flushes it to disk. */
    private static void markComplete(Path staging) throws IOException {
        Path marker = staging.resolve(COMPLETE);
        Files.createDirectories(marker.getParent());
        Files.deleteIfExists(marker); // never write through a link into another site
        try (FileChannel channel = FileChannel.open(marker, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap("complete\n".getBytes(StandardCharsets.US_ASCII)));
            channel.force(true);
        }
        syncFolder(marker.getParent());
    }

    /** Flushes a folder's entries (new names, renames) to disk where the system allows it (not on Windows). */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // folders cannot be opened (Windows) or flushed here: the renames are still atomic, only maybe not yet
            // durable
        }
    }

    /**
     * Folders killed builds left beside the target: staging folders ({@code .new-}) and replaced sites ({@code .old-}).
     * Called with the {@link OutputLock} held (so no living build owns any of them) and after {@link #recoverLocked}.
     * Without spares of its own, a build also removes spare folders ({@code .spare-}): those of a stopped watching
     * process, or of a running one, which then makes its next site in a fresh folder.
     */
    private void removeLeftovers(Path parent, String name) throws IOException {
        removeSiblings(parent, "." + name + ".new-");
        for (Path old : siblings(parent, "." + name + ".old-")) {
            if (Files.exists(old.resolve(COMPLETE))) {
                deleteQuietly(old); // a killed build's, and recovery did not need it
            } else if (!leaveReplaced) {
                // never put back (e.g. what a build that runs once left): removed the way this publisher removes the
                // site it replaces, in a watching process in the background; a build that runs once leaves it for
                // the next build to take over
                cleanup.execute(() -> deleteQuietly(old));
            }
        }
        if (spares == null) {
            removeSiblings(parent, "." + name + ".spare-");
        }
    }

    /** Runs {@code action} with the output's {@link OutputLock} held. */
    static void locked(Path target, Writer action) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        try (OutputLock lock =
                OutputLock.acquire(absolute.getParent(), absolute.getFileName().toString())) {
            action.writeInto(absolute);
        }
    }

    static List<Path> siblings(Path parent, String prefix) throws IOException {
        try (Stream<Path> list = Files.list(parent)) {
            return list.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .toList();
        }
    }

    /** Replaced sites a stopped process had no time to remove (they are never served again). */
    static void removeSiblings(Path parent, String prefix) throws IOException {
        for (Path p : siblings(parent, prefix)) {
            deleteQuietly(p);
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
                if (shared || exc instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE; // already gone: what this is for
                }
                throw exc;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                remove(dir);
                return FileVisitResult.CONTINUE;
            }

            private void remove(Path path) throws IOException {
                // a file another thread removed first (a build's background thread emptying a replaced site) is gone,
                // which is what this is for
                Files.deleteIfExists(path);
            }
        });
    }
}
