package nl.pil.search;

import java.time.Duration;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.IndexSearcher;

/**
 * The time left for one search. A {@link QueryTimeout}, so Lucene stops collecting matches when it is spent
 * and returns those it has; {@link #cut} records that something was left out.
 */
final class SearchBudget implements QueryTimeout {
    private final long end;
    boolean cut;

    SearchBudget(long start, Duration budget) {
        this.end = start + Math.max(0, budget.toNanos());
    }

    @Override
    public boolean shouldExit() {
        return System.nanoTime() - end >= 0;
    }

    /** Whether the time is up; if so the answer is marked partial, as what comes next is skipped. */
    boolean spent() {
        if (shouldExit()) {
            cut = true;
        }
        return cut;
    }

    /** A searcher of {@code language} that stops collecting at the deadline (cheap: one per search). */
    IndexSearcher searcher(SearchLanguage language) {
        IndexSearcher searcher = language.newSearcher();
        searcher.setTimeout(this);
        return searcher;
    }
}
