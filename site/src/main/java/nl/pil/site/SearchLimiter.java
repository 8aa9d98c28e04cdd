package nl.pil.site;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.pil.search.LeafletSearcher;

/**
 * Bounds the searches running at once. Requests are served on virtual threads, which the JVM does not
 * time-slice: a search (pure CPU) on one would hold a carrier thread, and a few at once would stall every
 * page. So searches run here, on a small pool of platform threads that the operating system shares fairly
 * with the rest; a search that finds every thread busy waits briefly for one, then is refused ({@link Busy},
 * answered with 503 and {@code Retry-After}) instead of piling up.
 *
 * <p>Settings, as system properties (through {@code PIL_JAVA_OPTS}): {@value #CONCURRENCY} (default: the
 * number of processors, at least 2), {@value #WAIT} (milliseconds a search waits for a thread, default
 * {@value #DEFAULT_WAIT_MILLIS}), {@value #BUDGET} (milliseconds one search may take before it answers with
 * what it has found, default {@link LeafletSearcher#DEFAULT_BUDGET}).
 */
final class SearchLimiter implements AutoCloseable {
    static final String CONCURRENCY = "pil.search.concurrency";
    static final String WAIT = "pil.search.waitMillis";
    static final String BUDGET = "pil.search.budgetMillis";
    static final long DEFAULT_WAIT_MILLIS = 1000;

    /** Every thread was busy for the whole wait. */
    static final class Busy extends Exception {
        Busy() {
            super("the search service is busy", null, false, false);
        }
    }

    private final Semaphore permits;
    private final int concurrency;
    private final ExecutorService threads;
    private final Duration wait;
    private final Duration budget;

    SearchLimiter(int concurrency, Duration wait, Duration budget) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1");
        }
        this.permits = new Semaphore(concurrency);
        this.concurrency = concurrency;
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(concurrency, task -> {
            Thread thread = new Thread(task, "pil-search-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.wait = wait;
        this.budget = budget;
    }

    /** With the settings of the system properties (see the class comment); a value that is not a number is ignored. */
    static SearchLimiter fromSystemProperties() {
        int concurrency =
                (int) property(CONCURRENCY, Math.max(2, Runtime.getRuntime().availableProcessors()), 1);
        long wait = property(WAIT, DEFAULT_WAIT_MILLIS, 0);
        long budget = property(BUDGET, LeafletSearcher.DEFAULT_BUDGET.toMillis(), 1);
        return new SearchLimiter(concurrency, Duration.ofMillis(wait), Duration.ofMillis(budget));
    }

    private static long property(String name, long fallback, long min) {
        String value = System.getProperty(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Math.max(min, Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            System.err.println("pil: ignoring -D" + name + "=" + value + " (not a number)");
            return fallback;
        }
    }

    /** The time one search may take before it answers with what it has. */
    Duration budget() {
        return budget;
    }

    /**
     * Runs {@code search} on a search thread and returns its result; waits at most the configured time for a
     * free thread, else throws {@link Busy}. The thread is freed when the search ends, even if the caller
     * stopped waiting (interrupted), so the limit always holds.
     */
    <T> T call(Callable<T> search) throws Busy, IOException {
        try {
            if (!permits.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new Busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for a search thread");
        }
        FutureTask<T> job = new FutureTask<>(search) {
            @Override
            protected void done() {
                permits.release(); // run or cancelled: exactly once
            }
        };
        try {
            threads.execute(job);
        } catch (RejectedExecutionException e) {
            permits.release(); // closed: the job never runs
            throw new Busy();
        }
        try {
            return job.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while searching");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        }
    }

    /** How many searches may run at once: for tests. */
    int capacity() {
        return concurrency;
    }

    /** Searches now running or waiting to: for tests. */
    int available() {
        return permits.availablePermits();
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
