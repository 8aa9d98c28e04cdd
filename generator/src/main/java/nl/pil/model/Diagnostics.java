package nl.pil.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects every problem of a run so the build can go on and report all of them at once.
 * Thread-safe: rendering stages may report from several threads.
 */
public final class Diagnostics {
    private final List<Diagnostic> items = Collections.synchronizedList(new ArrayList<>());

    public void report(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public void error(SourcePosition at, String message, String hint) {
        report(Diagnostic.error(at, message, hint));
    }

    public void warning(SourcePosition at, String message, String hint) {
        report(Diagnostic.warning(at, message, hint));
    }

    public boolean hasErrors() {
        synchronized (items) {
            return items.stream().anyMatch(Diagnostic::isError);
        }
    }

    public long errorCount() {
        synchronized (items) {
            return items.stream().filter(Diagnostic::isError).count();
        }
    }

    public long warningCount() {
        synchronized (items) {
            return items.stream().filter(d -> !d.isError()).count();
        }
    }

    /** All diagnostics, sorted by file, line and column, without exact duplicates. */
    public List<Diagnostic> sorted() {
        synchronized (items) {
            return items.stream().distinct().sorted().toList();
        }
    }
}
