package nl.pil.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Searches the index of a built site ({@code <site>/_search}). Read-only and safe for concurrent use; holders
 * that swap in a newer index use {@link #acquire()} / {@link #release()} so in-flight searches finish on the old one.
 *
 * <p>A search: {@link QueryPlanner} makes the query per language, {@link Matches} finds the leaflets (in the query's
 * language, then untranslated ones in the source language; related leaflets when none has every key word) with their
 * totals and facet counts, {@link ResultHits} shows a page of them with their best section and a snippet, and
 * {@link SpellingSuggestion} offers a correction when few were found.
 */
public final class LeafletSearcher implements Closeable {
    private static final int FEW_RESULTS = 3;
    /**
     * Unknown words per query that get typo tolerance (fuzzy and prefix matching) and a spelling correction.
     * Each costs a walk of the term dictionary per field, so a query of a dozen long unknown words would cost
     * a dozen times that; patients mistype a word or two, and words after the first few are matched as typed.
     */
    public static final int MAX_TOLERANT_WORDS = 4;
    /** Terms one fuzzy or prefix word expands to, at most: the rest of its look-alikes are left out. */
    public static final int MAX_EXPANSIONS = 20;
    /**
     * Time one search may take by default. When it is spent, the search answers with what it has: the
     * matches collected so far, then no source-language fallback, snippets or spelling correction
     * ({@link SearchResponse#partial()} is set). Never an error.
     */
    public static final Duration DEFAULT_BUDGET = Duration.ofMillis(250);

    private final Map<String, SearchLanguage> languages;
    private final String sourceLanguage;
    private final String basePath;
    /** Per language other than the source: the source-language leaflets it has no translation of (null: none). */
    private final Map<String, Query> untranslated;

    private final AtomicInteger references = new AtomicInteger(1);

    private LeafletSearcher(Map<String, SearchLanguage> languages, String sourceLanguage, String basePath) {
        this.languages = languages;
        this.sourceLanguage = sourceLanguage;
        this.basePath = basePath;
        Map<String, Query> missing = new LinkedHashMap<>();
        SearchLanguage source = languages.get(sourceLanguage);
        if (source != null) {
            for (SearchLanguage language : languages.values()) {
                List<BytesRef> ids = source.ids().stream()
                        .filter(id -> !language.ids().contains(id))
                        .sorted()
                        .map(BytesRef::new)
                        .toList();
                if (language != source && !ids.isEmpty()) {
                    missing.put(language.lang(), new TermInSetQuery(SearchFields.ID, ids));
                }
            }
        }
        this.untranslated = missing;
    }

    /** Opens the index of the site built in {@code siteFolder}. */
    public static LeafletSearcher open(Path siteFolder) throws IOException {
        Path root = siteFolder.resolve(IndexLayout.FOLDER);
        JsonNode meta;
        try {
            meta = new ObjectMapper().readTree(root.resolve(IndexLayout.META).toFile());
        } catch (FileNotFoundException e) {
            throw new NoSuchFileException(
                    root.resolve(IndexLayout.META).toString(), null, "no search index; build the site first");
        }
        if (meta.path("analyzers").asInt() != SearchAnalyzers.VERSION) {
            throw new IOException("the search index was built by another version of Pil; rebuild the site");
        }
        Map<String, SearchLanguage> languages = new LinkedHashMap<>();
        try {
            for (JsonNode l : meta.path("languages")) {
                String lang = l.asText();
                languages.put(lang, SearchLanguage.open(root.resolve(lang), lang));
            }
        } catch (IOException | RuntimeException e) {
            for (SearchLanguage l : languages.values()) {
                l.reader().close();
            }
            throw e;
        }
        return new LeafletSearcher(
                languages,
                meta.path("sourceLanguage").asText(),
                meta.path("basePath").asText("/"));
    }

    public Set<String> languages() {
        return languages.keySet();
    }

    public String sourceLanguage() {
        return sourceLanguage;
    }

    /** Searches within {@link #DEFAULT_BUDGET}. */
    public SearchResponse search(SearchRequest request) throws IOException {
        return search(request, DEFAULT_BUDGET);
    }

    /**
     * Searches, answering with what it has found when {@code budget} is spent (see {@link #DEFAULT_BUDGET}).
     * The budget bounds the work this method controls: collecting matches (Lucene's query timeout), and the
     * steps after it; building the query is bounded by {@link #MAX_TOLERANT_WORDS} and {@link #MAX_EXPANSIONS}.
     */
    public SearchResponse search(SearchRequest request, Duration budget) throws IOException {
        long start = System.nanoTime();
        SearchLanguage language = language(request.lang());
        SearchBudget time = new SearchBudget(start, budget);
        PlannedQuery query = QueryPlanner.plan(language, request, time);
        SearchLanguage source = languages.get(sourceLanguage);
        // leaflets not translated into the query's language are found in the source language, listed after
        Query missing = untranslated.get(language.lang());
        PlannedQuery fallbackQuery =
                missing != null && source != null ? QueryPlanner.plan(source, request, time) : null;
        int wanted = request.offset() + request.limit();
        Matches found = Matches.NONE;
        Matches fallback = Matches.NONE;
        boolean related = false;
        long exactTotal = 0;
        if (query != null) {
            found = Matches.find(language, query, true, request, null, wanted, time);
            if (fallbackQuery != null && !time.spent()) {
                fallback = Matches.find(source, fallbackQuery, true, request, missing, wanted, time);
            }
            exactTotal = found.total() + fallback.total();
            // no leaflet has every key word: the leaflets with some of them, under a notice saying so
            if (exactTotal == 0 && query.filter() != null && !time.spent()) {
                related = true;
                found = Matches.find(language, query, false, request, null, wanted, time);
                if (fallbackQuery != null && !time.spent()) {
                    fallback = Matches.find(source, fallbackQuery, false, request, missing, wanted, time);
                }
            }
        }
        List<SearchResponse.Hit> hits = new ArrayList<>();
        ScoreDoc[] own = found.page(request.offset(), request.limit());
        hits.addAll(ResultHits.of(language, found.query(), own, basePath, false, time));
        if (own.length < request.limit() && fallback.total() > 0) {
            ScoreDoc[] more =
                    fallback.page((int) Math.max(0, request.offset() - found.total()), request.limit() - own.length);
            hits.addAll(ResultHits.of(source, fallback.query(), more, basePath, true, time));
        }
        String suggestion = exactTotal < FEW_RESULTS && !time.spent()
                ? SpellingSuggestion.of(language, request.query(), time)
                : null;
        return new SearchResponse(
                request.query(),
                request.lang(),
                found.total() + fallback.total(),
                request.offset(),
                (System.nanoTime() - start) / 1_000_000,
                hits,
                Matches.facets(found, fallback),
                suggestion,
                related,
                time.cut);
    }

    /** Titles that start with what the patient has typed so far (every word complete but the last). */
    public List<SearchResponse.Hit> suggest(String typed, String lang, int limit) throws IOException {
        SearchLanguage language = languages.get(lang);
        if (language == null) {
            throw new IllegalArgumentException("unknown language '" + lang + "'");
        }
        return TitleSuggestions.of(language, basePath, typed, limit);
    }

    private SearchLanguage language(String lang) {
        SearchLanguage language = languages.get(lang);
        if (language == null) {
            throw new IllegalArgumentException(
                    "unknown language '" + lang + "'; the index has " + String.join(", ", languages.keySet()));
        }
        return language;
    }

    /** Takes a reference; returns false if the searcher is already closed. */
    public boolean acquire() {
        while (true) {
            int n = references.get();
            if (n <= 0) {
                return false;
            }
            if (references.compareAndSet(n, n + 1)) {
                return true;
            }
        }
    }

    /**
     * Runs a few searches per language — a title, the same with a typo, a question — without a time limit, so that the
     * first patient's search is not the one that loads Lucene's classes and the index's structures: on a cold JVM that
     * can take the whole {@link #DEFAULT_BUDGET} and answer with nothing. Returns how many searches it ran.
     */
    public int warmUp() throws IOException {
        int searches = 0;
        for (SearchLanguage l : languages.values()) {
            String title = l.firstTitle();
            if (title == null) {
                continue;
            }
            String typo = title.length() > 3
                    ? title.substring(0, 1) + title.charAt(2) + title.charAt(1) + title.substring(3)
                    : title;
            for (String query : List.of(title, typo, "hoe lang duurt " + title)) {
                search(SearchRequest.of(query, l.lang()), Duration.ofSeconds(30));
                searches++;
            }
        }
        return searches;
    }

    /** Drops a reference; the last one closes the index. */
    public void release() throws IOException {
        if (references.decrementAndGet() == 0) {
            for (SearchLanguage l : languages.values()) {
                l.reader().close();
            }
        }
    }

    @Override
    public void close() throws IOException {
        release();
    }
}
