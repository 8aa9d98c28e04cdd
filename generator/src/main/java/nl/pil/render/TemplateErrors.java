package nl.pil.render;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.pil.model.Diagnostic;
import nl.pil.model.Diagnostics;

/**
 * The template errors of one output's render, collected from every page (from several threads) and reported once
 * per template position, with the pages they stopped: a broken layout is one error, not one per page. Which
 * page's message is kept does not depend on the order the pages were rendered in.
 */
final class TemplateErrors {
    private record Seen(Diagnostic first, String firstPage, Set<String> pages) {}

    private final Map<String, Seen> byPosition = new TreeMap<>();

    /** A page (or other output file) that could not be rendered because of {@code error}. */
    synchronized void add(TemplateError error, String page) {
        Diagnostic d = error.diagnostic();
        String key = d.file() + ":" + d.line() + ":" + d.column();
        Seen seen = byPosition.get(key);
        if (seen == null) {
            seen = new Seen(d, page, new TreeSet<>());
        } else if (page.compareTo(seen.firstPage()) < 0) {
            seen = new Seen(d, page, seen.pages());
        }
        seen.pages().add(page);
        byPosition.put(key, seen);
    }

    synchronized boolean any() {
        return !byPosition.isEmpty();
    }

    /** Reports every error collected, as errors: the build then keeps the previous site. */
    synchronized void reportTo(Diagnostics diagnostics) {
        for (Seen seen : byPosition.values()) {
            Diagnostic d = seen.first();
            int others = seen.pages().size() - 1;
            String where = " (rendering " + seen.firstPage() + (others == 0 ? "" : " and " + others + " more") + ")";
            diagnostics.report(
                    new Diagnostic(d.severity(), d.file(), d.line(), d.column(), d.message() + where, d.hint()));
        }
    }
}
