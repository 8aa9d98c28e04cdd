package nl.pil.search;

import java.util.List;
import java.util.Map;

/**
 * What a search found.
 *
 * @param total      matches in the query's language (before the limit)
 * @param facets     counts per type and per department of those matches
 * @param suggestion a corrected query when few leaflets matched and a likely misspelling was found, else null
 * @param partial    true when the search ran out of its time or cost budget and answers with what it had found
 */
public record SearchResponse(
        String query,
        String lang,
        long total,
        long tookMs,
        List<Hit> results,
        Map<String, Map<String, Integer>> facets,
        String suggestion,
        boolean partial) {

    /** A complete answer. */
    public SearchResponse(
            String query,
            String lang,
            long total,
            long tookMs,
            List<Hit> results,
            Map<String, Map<String, Integer>> facets,
            String suggestion) {
        this(query, lang, total, tookMs, results, facets, suggestion, false);
    }

    /**
     * One leaflet found.
     *
     * @param snippet  HTML: the text is escaped, matches are wrapped in {@code <mark>}
     * @param fallback true when the leaflet is shown in the source language because it has no translation
     */
    public record Hit(
            String id,
            String lang,
            String type,
            String title,
            String url,
            String snippet,
            float score,
            boolean fallback) {}
}
