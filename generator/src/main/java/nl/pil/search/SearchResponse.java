package nl.pil.search;

import java.util.List;
import java.util.Map;

/**
 * What a search found.
 *
 * @param total      every match: in the query's language, then leaflets without a translation in the source language
 *                   (those the results list after); the results are {@code offset} to {@code offset + limit} of them
 * @param facets     counts per type and per department of those matches; a dimension's counts leave out the
 *                   request's own filter on that dimension, so each count is the total that choosing the value gives
 * @param suggestion a corrected query when few leaflets matched and a likely misspelling was found, else null
 * @param related    true when no leaflet contains every key word of the query, and these are the leaflets with
 *                   some of them ("no exact match — showing related leaflets")
 * @param partial    true when the search ran out of its time or cost budget and answers with what it had found
 */
public record SearchResponse(
        String query,
        String lang,
        long total,
        int offset,
        long tookMs,
        List<Hit> results,
        Map<String, Map<String, Integer>> facets,
        String suggestion,
        boolean related,
        boolean partial) {

    /** A complete first page of exact matches. */
    public SearchResponse(
            String query,
            String lang,
            long total,
            long tookMs,
            List<Hit> results,
            Map<String, Map<String, Integer>> facets,
            String suggestion) {
        this(query, lang, total, 0, tookMs, results, facets, suggestion, false, false);
    }

    /** The offset of the next page, or -1 when these are the last results. */
    public long nextOffset() {
        long next = (long) offset + results.size();
        return next < total && !results.isEmpty() && next <= SearchRequest.MAX_OFFSET ? next : -1;
    }

    /**
     * One leaflet found.
     *
     * @param snippet  HTML: the text is escaped, matches are wrapped in {@code <mark>}
     * @param fallback true when the leaflet is shown in the source language because it has no translation
     * @param section  the section of the leaflet that matches best, which the snippet quotes; null when none does
     *                 (the snippet is then from anywhere in the leaflet) and for suggestions
     */
    public record Hit(
            String id,
            String lang,
            String type,
            String title,
            String url,
            String snippet,
            float score,
            boolean fallback,
            Section section) {}

    /**
     * A section of a leaflet.
     *
     * @param heading its heading, or null for the text before the leaflet's first heading
     * @param path    the headings above it and its own, outermost first
     * @param anchor  the heading's id on the page, or null
     * @param url     the leaflet's address, with {@code #anchor} when there is one
     */
    public record Section(String heading, List<String> path, String anchor, String url) {}
}
