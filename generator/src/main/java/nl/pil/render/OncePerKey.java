package nl.pil.render;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work done once per key and build, by whichever thread asks first; the others wait for its answer. The handouts of
 * a page and a care-path packet are laid out once, whether the PDF output or the web page linking them asks first.
 */
final class OncePerKey<T> {
    /** The work, which may fail with an I/O error. */
    interface Work<T> {
        T run() throws IOException;
    }

    private final Map<String, FutureTask<T>> tasks = new ConcurrentHashMap<>();

    T get(String key, Work<T> work) throws IOException {
        FutureTask<T> task = new FutureTask<>(work::run);
        FutureTask<T> planned = tasks.putIfAbsent(key, task);
        if (planned == null) {
            planned = task;
            task.run();
        }
        try {
            return planned.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while making " + key, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        }
    }
}
