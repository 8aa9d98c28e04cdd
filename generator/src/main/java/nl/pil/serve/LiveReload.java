package nl.pil.serve;

import java.util.List;
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
        version.incrementAndGet();
    }

    public long version() {
        return version.get();
    }

    public List<Diagnostic> errors() {
        return errors;
    }
}
