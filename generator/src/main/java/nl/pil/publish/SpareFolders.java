package nl.pil.publish;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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
    private volatile CompletableFuture<Void> adopting = CompletableFuture.completedFuture(null);

    /** @param background where replaced sites are emptied (it must run tasks one at a time, in order) */
    public SpareFolders(Executor background) {
        this.background = background;
    }

    /**
     * A spare beside {@code name}, renamed to a staging folder, or {@code null} when none is ready. The first call
     * removes spares that a stopped process left behind.
     */
    Path take(Path parent, String name) throws IOException {
        adopting.join(); // what {@link #adopt} began is nearly always done by now: the build loaded everything
        // meanwhile
        return takeReady(parent, name);
    }

    private synchronized Path takeReady(Path parent, String name) throws IOException {
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

    /**
     * For a build that runs once ({@code pil build}, {@code mvn pil:build}): takes over what earlier builds left beside
     * {@code site} for it, in the background while this build loads its content. A build that runs once leaves the
     * site it replaced where it is, no longer marked complete ({@link Publisher#leavingReplaced}): removing 40,000
     * pages took longer than building them again. The next build takes one such folder (or a spare a stopped
     * watching process left) as its spare, emptied of files, and removes the rest.
     */
    public void adopt(Path site) {
        Path target = site.toAbsolutePath().normalize();
        String name = target.getFileName().toString();
        List<Path> taken = new ArrayList<>();
        try {
            // under the output's lock: no build is between its renames, and only replaced sites without the mark
            // (which are never put back) and spares are taken
            Publisher.locked(target, folder -> {
                synchronized (this) {
                    leftoversRemoved = true;
                }
                List<Path> leftovers = new ArrayList<>(Publisher.siblings(target.getParent(), "." + name + ".old-"));
                leftovers.removeIf(old -> Files.exists(old.resolve(Publisher.COMPLETE)));
                leftovers.addAll(Publisher.siblings(target.getParent(), "." + name + ".spare-"));
                for (Path leftover : leftovers) {
                    Path spare = target.resolveSibling(
                            "." + name + ".spare-" + Long.toHexString(System.nanoTime()) + "-" + taken.size());
                    try {
                        Files.move(leftover, spare, StandardCopyOption.ATOMIC_MOVE);
                        taken.add(spare);
                    } catch (IOException e) {
                        // another process took it first
                    }
                }
            });
        } catch (IOException e) {
            return; // only a missed speed-up
        }
        if (taken.isEmpty()) {
            return;
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        adopting = done;
        background.execute(() -> {
            try {
                Path spare = taken.getFirst();
                try {
                    deleteFiles(spare);
                    synchronized (this) {
                        ready = spare;
                    }
                } catch (IOException | RuntimeException e) {
                    Publisher.deleteQuietly(spare);
                }
            } finally {
                done.complete(null); // the rest is removed after: the build need not wait for it
            }
            taken.subList(1, taken.size()).forEach(Publisher::deleteQuietly);
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
        // whether each folder being walked holds anything: known from the walk itself, without listing it again
        Deque<boolean[]> holdsSomething = new ArrayDeque<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                holdsSomething.push(new boolean[1]);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                holdsSomething.element()[0] = true;
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                boolean kept = holdsSomething.pop()[0] || dir.equals(root);
                if (!kept) {
                    Files.delete(dir);
                } else if (!holdsSomething.isEmpty()) {
                    holdsSomething.element()[0] = true;
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
