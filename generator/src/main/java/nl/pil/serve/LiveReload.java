package nl.pil.serve;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import nl.pil.model.Diagnostic;

/**
 * What open browser tabs need to know while a writer works: a version that moves on with every rebuild (the
 * page reloads) and the errors of the last build (shown over the page, which keeps the last good output).
 */
public final class LiveReload {
    private final AtomicLong version = new AtomicLong(1);
    private volatile List<Diagnostic> errors = List.of();

    /** Records a finished build: successful builds reload the pages, failed ones show their errors. */
    public void built(List<Diagnostic> diagnostics) {
        errors = diagnostics.stream().filter(Diagnostic::isError).toList();
        synchronized (version) {
            version.incrementAndGet();
            version.notifyAll();
        }
    }

    /**
     * Waits until a build newer than {@code seen} is recorded, at most {@code timeout}, so that open pages learn of a
     * rebuild the moment it is done instead of at their next poll.
     *
     * @return the version then
     */
    public long awaitNewerThan(long seen, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (version) {
            while (version.get() <= seen) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                TimeUnit.NANOSECONDS.timedWait(version, left);
            }
            return version.get();
        }
    }

    public long version() {
        return version.get();
    }

    public List<Diagnostic> errors() {
        return errors;
    }
}
