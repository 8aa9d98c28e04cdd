package nl.pil.publish;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.FileLockInterruptionException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Who may publish into an output folder right now: an operating-system lock on the file {@code .<name>.lock} beside
 * it ({@link FileChannel#lock}), held from the moment a build looks at the folders beside the output until its new
 * site is in place. The system drops the lock when its process dies, however it dies (even {@code kill -9}), so a
 * build that holds it knows that every staging or replaced folder it finds belongs to no living build and may be
 * removed, and that no other build is halfway through a swap. A second build into the same output (a {@code pil
 * build} while {@code pil watch} rebuilds) waits for the first one.
 *
 * <p>The file itself stays (removing a lock file lets two processes lock two different files) and is always empty.
 * Inside one process the lock is also taken per path, since the system lock belongs to the whole process.
 */
final class OutputLock implements AutoCloseable {
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock local;
    private final FileChannel channel;

    private OutputLock(ReentrantLock local, FileChannel channel) {
        this.local = local;
        this.channel = channel;
    }

    /** The lock file of the output folder {@code name} in {@code parent}. */
    static Path file(Path parent, String name) {
        return parent.resolve("." + name + ".lock");
    }

    /** Waits until no other build (in this process or another) publishes into {@code name} in {@code parent}. */
    static OutputLock acquire(Path parent, String name) throws IOException {
        return lock(parent, name, true);
    }

    /** The lock if no other build holds it right now, else {@code null}. */
    static OutputLock tryAcquire(Path parent, String name) throws IOException {
        return lock(parent, name, false);
    }

    private static OutputLock lock(Path parent, String name, boolean wait) throws IOException {
        Path file = file(parent, name).toAbsolutePath().normalize();
        ReentrantLock local = IN_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
        if (local.isHeldByCurrentThread()) {
            throw new IllegalStateException("already publishing into " + parent.resolve(name));
        }
        if (wait) {
            local.lock();
        } else if (!local.tryLock()) {
            return null;
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                // a byte far beyond the (empty) file: on Windows a lock keeps others from reading the bytes it covers
                FileLock lock = wait
                        ? channel.lock(Long.MAX_VALUE - 1, 1, false)
                        : channel.tryLock(Long.MAX_VALUE - 1, 1, false);
                if (lock == null) {
                    closeQuietly(channel);
                    local.unlock();
                    return null;
                }
            } catch (ClosedChannelException | FileLockInterruptionException interrupted) {
                throw interrupted;
            } catch (IOException unsupported) {
                // e.g. a network file system without locks: only the builds of this process are kept apart
            }
            return new OutputLock(local, channel);
        } catch (IOException | RuntimeException | Error e) {
            if (channel != null) {
                closeQuietly(channel);
            }
            local.unlock();
            throw e;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // another failure is the one to report, or there is nothing to report
        }
    }

    /** Releases the lock (closing the channel releases the system lock). */
    @Override
    public void close() throws IOException {
        try {
            channel.close();
        } finally {
            local.unlock();
        }
    }
}
