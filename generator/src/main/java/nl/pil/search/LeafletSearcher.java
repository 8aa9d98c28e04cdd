package nl.pil.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import freemarker.template.utility.StringUtil;
import java.io.Closeable;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MaxNonCompetitiveBoostAttribute;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * Searches the index of a built site ({@code <site>/_search}). Read-only and safe for concurrent use; holders
 * that swap in a newer index use {@link #acquire()} / {@link #release()} so in-flight searches finish on the old one.
 */
public final class LeafletSearcher implements Closeable {
    private static final Pattern CODE = Pattern.compile("\\s*([A-Za-z]{2,6})[\\s-]?(\\d{1,5}[A-Za-z]?)\\s*");
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
    // thread-safe and reusable: Lucene analyzers keep per-thread token streams
    private static final Analyzer WORDS = SearchAnalyzers.words();
    // configured once and only read after: safe to share between searches
    private static final DirectSpellChecker SPELLING = new DirectSpellChecker();
    /** The stored fields a result shows (not the body, which is most of a document's bytes). */
    private static final Set<String> HIT_FIELDS = Set.of(
            SearchFields.ID,
            SearchFields.TYPE,
            SearchFields.TITLE,
            SearchFields.URL,
            SearchFields.SUMMARY,
            SearchFields.SECTION_ANCHOR,
            SearchFields.SECTION_PATH);
    /** The stored field of a section read for its snippet. */
    private static final Set<String> SECTION_TEXT = Set.of(SearchFields.SECTION_TEXT);
    /** Sections scored per leaflet found, at most (a long leaflet has a few dozen). */
    private static final int SECTIONS_PER_LEAFLET = 100;

    private final Map<String, Language> languages;
    private final String sourceLanguage;
    private final String basePath;
    /** Per language other than the source: the source-language leaflets it has no translation of (null: none). */
    private final Map<String, Query> untranslated;

    private final AtomicInteger references = new AtomicInteger(1);

    /**
     * @param query       the query chain (synonyms, compound parts)
     * @param exact       the query chain without compound splitting: what "the leaflet contains the word" means
     * @param highlighter reads the body's offsets from the index; thread-safe, so built once
     * @param ids         the leaflets this language's index holds, to skip them in source-language fallbacks
     */
    private record Language(
            String lang,
            DirectoryReader reader,
            IndexSearcher searcher,
            Analyzer query,
            Analyzer exact,
            Analyzer text,
            CharArraySet questionWords,
            UnifiedHighlighter highlighter,
            SortedSetDocValuesReaderState facets,
            Set<String> ids,
            Shown[] shown,
            SectionShown[] sections,
            Map<String, Query> lookAlikes) {

        /**
         * The look-alike words of {@code term} in {@code field} (fuzzy, or with {@code edits} 0 the words it begins),
         * rewritten to those words. Remembered, as the index does not change: building a fuzzy query's automata
         * is most of what a typo costs, and patients make the same typos.
         */
        Query lookAlike(String field, String term, int edits, Map<String, LookAlikes> automata) throws IOException {
            String key = field + '\u0000' + edits + '\u0000' + term;
            synchronized (lookAlikes) {
                Query known = lookAlikes.get(key);
                if (known != null) {
                    return known;
                }
            }
            Query query = edits == 0
                    ? prefix(field, term)
                    : automata.computeIfAbsent(term, t -> new LookAlikes()).query(new Term(field, term), edits);
            Query rewritten = searcher.rewrite(query);
            synchronized (lookAlikes) {
                lookAlikes.put(key, rewritten);
            }
            return rewritten;
        }
    }

    /**
     * What a result shows of a leaflet, read from the index once when it is opened (a few hundred bytes each):
     * reading stored fields means decompressing a block of documents, per hit.
     */
    /** @param titleTerms the title's words as the text chain makes them */
    private record Shown(String id, String type, String title, String url, String summary, Set<String> titleTerms) {}

    /** A section's document: its leaflet's id, its anchor (empty before the first heading) and headings. */
    private record SectionShown(String id, String anchor, List<String> path) {}

    /** How many look-alike expansions each language remembers. */
    private static final int REMEMBERED_LOOK_ALIKES = 4096;

    private static Map<String, Query> lookAlikeMemory() {
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Query> eldest) {
                return size() > REMEMBERED_LOOK_ALIKES;
            }
        };
    }

    private LeafletSearcher(Map<String, Language> languages, String sourceLanguage, String basePath) {
        this.languages = languages;
        this.sourceLanguage = sourceLanguage;
        this.basePath = basePath;
        Map<String, Query> missing = new LinkedHashMap<>();
        Language source = languages.get(sourceLanguage);
        if (source != null) {
            for (Language language : languages.values()) {
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
        Map<String, Language> languages = new LinkedHashMap<>();
        try {
            for (JsonNode l : meta.path("languages")) {
                String lang = l.asText();
                languages.put(lang, openLanguage(root.resolve(lang), lang));
            }
        } catch (IOException | RuntimeException e) {
            for (Language l : languages.values()) {
                l.reader().close();
            }
            throw e;
        }
        return new LeafletSearcher(
                languages,
                meta.path("sourceLanguage").asText(),
                meta.path("basePath").asText("/"));
    }

    private static Language openLanguage(Path folder, String lang) throws IOException {
        CharArraySet compounds = null;
        Path compoundFile = folder.resolve(IndexLayout.COMPOUNDS);
        if (Files.isRegularFile(compoundFile)) {
            compounds = SearchAnalyzers.compoundParts(Files.readAllLines(compoundFile, StandardCharsets.UTF_8));
        }
        SynonymMap synonyms;
        try {
            synonyms = SearchAnalyzers.synonyms(
                    lang, Files.readString(folder.resolve(IndexLayout.SYNONYMS), StandardCharsets.UTF_8));
        } catch (ParseException e) {
            throw new IOException("bad synonyms in " + folder, e);
        }
        DirectoryReader reader = DirectoryReader.open(FSDirectory.open(folder));
        IndexSearcher searcher = new IndexSearcher(reader);
        SortedSetDocValuesReaderState facets = null;
        try {
            facets = new DefaultSortedSetDocValuesReaderState(reader, new FacetsConfig());
        } catch (IllegalArgumentException e) {
            // an index without facet fields: no facet counts
        }
        Set<String> ids = new HashSet<>();
        Analyzer text = SearchAnalyzers.text(lang, compounds);
        Analyzer query = SearchAnalyzers.query(lang, compounds, synonyms); // a title's words and their synonyms
        Shown[] shown = new Shown[reader.maxDoc()];
        SectionShown[] sections = new SectionShown[reader.maxDoc()];
        var stored = searcher.storedFields();
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            Document d = stored.document(doc, HIT_FIELDS);
            if (d.get(SearchFields.TITLE) == null) {
                String path = d.get(SearchFields.SECTION_PATH);
                sections[doc] = new SectionShown(
                        d.get(SearchFields.ID),
                        d.get(SearchFields.SECTION_ANCHOR),
                        path == null || path.isEmpty() ? List.of() : List.of(path.split("\n")));
                continue;
            }
            shown[doc] = new Shown(
                    d.get(SearchFields.ID),
                    d.get(SearchFields.TYPE),
                    d.get(SearchFields.TITLE),
                    d.get(SearchFields.URL),
                    d.get(SearchFields.SUMMARY),
                    Set.copyOf(terms(query, SearchFields.SECTION_TEXT, d.get(SearchFields.TITLE))));
            ids.add(shown[doc].id());
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, text)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withHandleMultiTermQuery(true)
                .withMaxLength(200_000)
                .withBreakIterator(SentenceBreaks::new)
                .build();
        return new Language(
                lang,
                reader,
                searcher,
                query,
                SearchAnalyzers.query(lang, null, synonyms),
                text,
                SearchAnalyzers.questionWords(lang),
                highlighter,
                facets,
                Set.copyOf(ids),
                shown,
                sections,
                lookAlikeMemory());
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
        Language language = languages.get(request.lang());
        if (language == null) {
            throw new IllegalArgumentException("unknown language '" + request.lang() + "'; the index has "
                    + String.join(", ", languages.keySet()));
        }
        Budget time = new Budget(start, budget);
        Built query = buildQuery(language, request, time);
        Language source = languages.get(sourceLanguage);
        // leaflets not translated into the query's language are found in the source language, listed after
        Query missing = untranslated.get(language.lang());
        Built fallbackQuery = missing != null && source != null ? buildQuery(source, request, time) : null;
        int wanted = request.offset() + request.limit();
        Matches found = Matches.NONE;
        Matches fallback = Matches.NONE;
        boolean related = false;
        long exactTotal = 0;
        if (query != null) {
            found = matches(language, query, true, request, null, wanted, time);
            if (fallbackQuery != null && !time.spent()) {
                fallback = matches(source, fallbackQuery, true, request, missing, wanted, time);
            }
            exactTotal = found.total() + fallback.total();
            // no leaflet has every key word: the leaflets with some of them, under a notice saying so
            if (exactTotal == 0 && query.filter() != null && !time.spent()) {
                related = true;
                found = matches(language, query, false, request, null, wanted, time);
                if (fallbackQuery != null && !time.spent()) {
                    fallback = matches(source, fallbackQuery, false, request, missing, wanted, time);
                }
            }
        }
        List<SearchResponse.Hit> hits = new ArrayList<>();
        ScoreDoc[] own = page(found.top(), request.offset(), request.limit());
        hits.addAll(hits(language, found.query(), own, false, time));
        if (own.length < request.limit() && fallback.total() > 0) {
            ScoreDoc[] more = page(
                    fallback.top(), (int) Math.max(0, request.offset() - found.total()), request.limit() - own.length);
            hits.addAll(hits(source, fallback.query(), more, true, time));
        }
        Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
        if (found.total() + fallback.total() > 0) {
            for (String dimension : List.of(SearchFields.TYPE, SearchFields.DEPARTMENT)) {
                Map<String, Integer> counts = new LinkedHashMap<>();
                found.counts(dimension).forEach((k, v) -> counts.merge(k, v, Integer::sum));
                fallback.counts(dimension).forEach((k, v) -> counts.merge(k, v, Integer::sum));
                Map<String, Integer> sorted = new LinkedHashMap<>();
                counts.entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue()
                                .reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
                facets.put(dimension, sorted);
            }
        }
        String suggestion =
                exactTotal < FEW_RESULTS && !time.spent() ? suggestion(language, request.query(), time) : null;
        return new SearchResponse(
                request.query(),
                request.lang(),
                found.total() + fallback.total(),
                request.offset(),
                (System.nanoTime() - start) / 1_000_000,
                hits,
                facets,
                suggestion,
                related,
                time.cut);
    }

    /**
     * The query that scores, the filter a leaflet must pass to count as containing the key words (or null), and
     * the body's part of the query, which the snippets mark.
     */
    private record Built(Query scoring, Query filter, Query highlight) {}

    /**
     * What one search of one language found: the query to highlight with, the best {@code wanted}, the total,
     * and per facet dimension the
     * counts as the other filters return them (so picking a value gives exactly its count).
     */
    private record Matches(Query query, TopDocs top, long total, Map<String, Map<String, Integer>> facets) {
        static final Matches NONE = new Matches(
                null, new TopDocs(new TotalHits(0, TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]), 0, Map.of());

        Map<String, Integer> counts(String dimension) {
            return facets.getOrDefault(dimension, Map.of());
        }
    }

    private Matches matches(
            Language language, Built built, boolean exact, SearchRequest request, Query only, int wanted, Budget time)
            throws IOException {
        Query query = compose(built, exact, request.type(), request.department(), only);
        IndexSearcher searcher = time.searcher(language);
        FacetsCollectorManager.FacetsResult result =
                FacetsCollectorManager.search(searcher, query, wanted, new FacetsCollectorManager());
        time.cut |= searcher.timedOut();
        long total = result.topDocs().totalHits.value();
        Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
        if (language.facets() != null) {
            // a dimension's counts leave out its own filter: they say what choosing each value would give
            for (String dimension : List.of(SearchFields.TYPE, SearchFields.DEPARTMENT)) {
                boolean filtered =
                        dimension.equals(SearchFields.TYPE) ? request.type() != null : request.department() != null;
                FacetsCollector collector = result.facetsCollector();
                if (filtered && !time.spent()) {
                    Query sideways = dimension.equals(SearchFields.TYPE)
                            ? compose(built, exact, null, request.department(), only)
                            : compose(built, exact, request.type(), null, only);
                    collector = searcher.search(sideways, new FacetsCollectorManager());
                } else if (filtered || total == 0) {
                    continue;
                }
                facets.put(
                        dimension, facet(new SortedSetDocValuesFacetCounts(language.facets(), collector), dimension));
            }
        }
        // the highlighter gets the words that score, not the filters (their look-alikes would make it analyse)
        return new Matches(built.highlight(), result.topDocs(), total, facets);
    }

    private static Query compose(Built built, boolean exact, String type, String department, Query only) {
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(built.scoring(), BooleanClause.Occur.MUST);
        if (exact && built.filter() != null) {
            all.add(built.filter(), BooleanClause.Occur.FILTER);
        }
        if (type != null) {
            all.add(new TermQuery(new Term(SearchFields.TYPE, type)), BooleanClause.Occur.FILTER);
        }
        if (department != null) {
            all.add(new TermQuery(new Term(SearchFields.DEPARTMENT, department)), BooleanClause.Occur.FILTER);
        }
        if (only != null) {
            all.add(only, BooleanClause.Occur.FILTER);
        }
        return all.build();
    }

    private static ScoreDoc[] page(TopDocs top, int offset, int limit) {
        ScoreDoc[] docs = top.scoreDocs;
        if (offset >= docs.length) {
            return new ScoreDoc[0];
        }
        return Arrays.copyOfRange(docs, offset, Math.min(docs.length, offset + limit));
    }

    /**
     * The time left for one search. A {@link QueryTimeout}, so Lucene stops collecting matches when it is spent
     * and returns those it has; {@link #cut} records that something was left out.
     */
    private static final class Budget implements QueryTimeout {
        private final long end;
        boolean cut;

        Budget(long start, Duration budget) {
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
        IndexSearcher searcher(Language language) {
            IndexSearcher searcher = new IndexSearcher(language.reader());
            searcher.setTimeout(this);
            return searcher;
        }
    }

    /** Titles that start with what the patient has typed so far (every word complete but the last). */
    public List<SearchResponse.Hit> suggest(String typed, String lang, int limit) throws IOException {
        Language language = languages.get(lang);
        if (language == null) {
            throw new IllegalArgumentException("unknown language '" + lang + "'");
        }
        List<String> words = terms(
                WORDS,
                SearchFields.SUGGEST,
                typed.length() > SearchRequest.MAX_QUERY_CHARS
                        ? typed.substring(0, SearchRequest.MAX_QUERY_CHARS)
                        : typed);
        if (words.isEmpty() || words.size() > SearchRequest.MAX_TERMS) {
            return List.of();
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (int i = 0; i < words.size() - 1; i++) {
            q.add(new TermQuery(new Term(SearchFields.SUGGEST, words.get(i))), BooleanClause.Occur.MUST);
        }
        String last = words.getLast();
        q.add(new PrefixQuery(new Term(SearchFields.SUGGEST, last)), BooleanClause.Occur.MUST);
        Budget time = new Budget(System.nanoTime(), DEFAULT_BUDGET);
        TopDocs top = time.searcher(language).search(q.build(), Math.max(1, Math.min(limit, 20)));
        List<SearchResponse.Hit> result = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            Shown d = language.shown()[sd.doc];
            result.add(new SearchResponse.Hit(
                    d.id(), lang, d.type(), d.title(), basePath + d.url(), null, sd.score, false, null));
        }
        return result;
    }

    private Built buildQuery(Language language, SearchRequest request, Budget time) throws IOException {
        BooleanQuery.Builder should = new BooleanQuery.Builder();
        int clauses = 0;
        List<String> words = terms(WORDS, SearchFields.SPELL, request.query());
        if (words.size() > SearchRequest.MAX_TERMS) {
            words = words.subList(0, SearchRequest.MAX_TERMS);
        }
        // the words that say what the patient looks for: "mag ik eten voor de ct-scan" is about eating and a CT scan
        List<String> keyWords = words.stream()
                .filter(w -> !language.questionWords().contains(w))
                .toList();
        if (!keyWords.isEmpty()) {
            words = keyWords;
        }
        String text = String.join(" ", words);
        // a number ("3 dagen") scores but need not be in the leaflet; codes are matched on their own below
        List<String> keyText = keyUnits(language, request.query());
        Map<String, LookAlikes> lookAlikes = new HashMap<>();
        QueryBuilder builder = new QueryBuilder(language.query());
        Map<String, Float> fields = Map.of(
                SearchFields.TITLE,
                SearchFields.TITLE_BOOST,
                SearchFields.KEYWORDS,
                SearchFields.KEYWORDS_BOOST,
                SearchFields.SUMMARY,
                SearchFields.SUMMARY_BOOST,
                SearchFields.HEADINGS,
                SearchFields.HEADINGS_BOOST,
                SearchFields.BODY,
                SearchFields.BODY_BOOST);
        // what the snippets mark: the body's words only (the highlighter matches the whole query per hit)
        BooleanQuery.Builder body = new BooleanQuery.Builder();
        for (Map.Entry<String, Float> field : fields.entrySet()) {
            Query q = builder.createBooleanQuery(field.getKey(), text);
            if (q != null) {
                should.add(new BoostQuery(q, field.getValue()), BooleanClause.Occur.SHOULD);
                clauses++;
                if (field.getKey().equals(SearchFields.BODY)) {
                    body.add(q, BooleanClause.Occur.SHOULD);
                }
            }
        }
        // the words together, as written: a title or keyword phrase that matches what the patient typed wins
        for (Map.Entry<String, Float> field : Map.of(
                        SearchFields.TITLE,
                        SearchFields.TITLE_BOOST * 2,
                        SearchFields.KEYWORDS,
                        SearchFields.KEYWORDS_BOOST * 2)
                .entrySet()) {
            Query phrase = words.size() > 1 ? builder.createPhraseQuery(field.getKey(), text, 1) : null;
            if (phrase != null) {
                should.add(new BoostQuery(phrase, field.getValue()), BooleanClause.Occur.SHOULD);
            }
            Query allWords = words.size() > 1
                    ? builder.createBooleanQuery(field.getKey(), text, BooleanClause.Occur.MUST)
                    : null;
            if (allWords != null) {
                should.add(new BoostQuery(allWords, field.getValue()), BooleanClause.Occur.SHOULD);
            }
        }
        // typo tolerance, bounded: only for the first few words of 5+ letters that the index does not know, few
        // expansions each
        int tolerant = 0;
        for (String term : terms(language.text(), SearchFields.BODY, text)) {
            if (term.length() < 5
                    || language.reader().docFreq(new Term(SearchFields.BODY, term)) > 0
                    || language.reader().docFreq(new Term(SearchFields.TITLE, term)) > 0) {
                continue;
            }
            if (tolerant == MAX_TOLERANT_WORDS || time.spent()) {
                time.cut = true;
                break;
            }
            tolerant++;
            int edits = term.length() >= 8 ? 2 : 1;
            // rewritten here, to the look-alike words themselves: the highlighter then need not build the
            // automaton again, and the fields share one (see LookAlikes)
            for (Map.Entry<String, Float> field : List.of(
                    Map.entry(SearchFields.TITLE, 1.0f),
                    Map.entry(SearchFields.KEYWORDS, 0.8f),
                    Map.entry(SearchFields.BODY, 0.3f))) {
                Query fuzzy = language.lookAlike(field.getKey(), term, edits, lookAlikes);
                should.add(new BoostQuery(fuzzy, field.getValue()), BooleanClause.Occur.SHOULD);
                // the first part of a compound the content only has whole ("rontgen" in "röntgenfoto"): words it
                // begins
                Query begins = language.lookAlike(field.getKey(), term, 0, lookAlikes);
                should.add(new BoostQuery(begins, field.getValue()), BooleanClause.Occur.SHOULD);
                if (field.getKey().equals(SearchFields.BODY)) {
                    body.add(fuzzy, BooleanClause.Occur.SHOULD);
                    body.add(begins, BooleanClause.Occur.SHOULD);
                }
            }
            clauses++;
        }
        Matcher code = CODE.matcher(request.query());
        Query codeQuery = null;
        if (code.matches()) {
            codeQuery = new TermQuery(
                    new Term(SearchFields.CODE, SearchFields.normalizeCode(code.group(1) + code.group(2))));
            should.add(new BoostQuery(codeQuery, 50f), BooleanClause.Occur.SHOULD);
            clauses++;
        }
        if (clauses == 0) {
            return null;
        }
        Query filter = keyText.isEmpty() ? null : new KeyWords(language, lookAlikes).filter(keyText);
        if (filter != null && codeQuery != null) {
            filter = new BooleanQuery.Builder()
                    .add(filter, BooleanClause.Occur.SHOULD)
                    .add(codeQuery, BooleanClause.Occur.SHOULD)
                    .build();
        }
        // rewritten once, to plain terms: the searches use it as it is, and the highlighter, given no multi-term
        // queries, reads the offsets from the index instead of analysing each hit's text again
        return new Built(
                language.searcher().rewrite(should.build()),
                filter,
                language.searcher().rewrite(body.build()));
    }

    /**
     * The filter "the leaflet contains the key words": each word (or one of its synonyms, or for a word the
     * index does not know, one of its look-alikes) somewhere in the leaflet; of three or more words, all but one
     * (of six or more, two in three), as patients add words a leaflet need not use ("options", "precies").
     * Compounds are whole words here: "leverbiopsie" is not contained in a leaflet that only says "lever".
     */
    private static final class KeyWords extends QueryBuilder {
        private final Language language;
        private final Map<String, LookAlikes> lookAlikes;
        private IOException failure;

        KeyWords(Language language, Map<String, LookAlikes> lookAlikes) {
            super(language.exact());
            this.language = language;
            this.lookAlikes = lookAlikes;
        }

        /** @param words the key words, lowercase and unstemmed (a unit of several words needs them all) */
        Query filter(List<String> words) throws IOException {
            Query q;
            if (words.size() <= 2) {
                // together, so a phrase synonym ("blood thinners" = "anticoagulants") applies
                q = createBooleanQuery(SearchFields.ALL, String.join(" ", words), BooleanClause.Occur.MUST);
            } else {
                BooleanQuery.Builder some = new BooleanQuery.Builder();
                int n = 0;
                for (String word : words) {
                    Query one = createBooleanQuery(SearchFields.ALL, word, BooleanClause.Occur.MUST);
                    if (one != null) {
                        some.add(one, BooleanClause.Occur.SHOULD);
                        n++;
                    }
                }
                q = n == 0
                        ? null
                        : some.setMinimumNumberShouldMatch(required(n)).build();
            }
            if (failure != null) {
                throw failure;
            }
            return q;
        }

        static int required(int words) {
            return words <= 2 ? words : words <= 5 ? words - 1 : (2 * words + 2) / 3;
        }

        @Override
        protected Query newTermQuery(Term term, float boost) {
            Query exact = super.newTermQuery(term, boost);
            String word = term.text();
            try {
                if (word.length() < 5
                        || language.reader().docFreq(term) > 0
                        || lookAlikes.size() > MAX_TOLERANT_WORDS) {
                    return exact;
                }
                return new BooleanQuery.Builder()
                        .add(
                                language.lookAlike(SearchFields.ALL, word, word.length() >= 8 ? 2 : 1, lookAlikes),
                                BooleanClause.Occur.SHOULD)
                        .add(language.lookAlike(SearchFields.ALL, word, 0, lookAlikes), BooleanClause.Occur.SHOULD)
                        .build();
            } catch (IOException e) {
                failure = e;
                return exact;
            }
        }
    }

    private List<SearchResponse.Hit> hits(
            Language language, Query query, ScoreDoc[] docs, boolean fallback, Budget time) throws IOException {
        if (docs.length == 0) {
            return List.of();
        }
        // the words the body matched (synonyms, compound parts and look-alikes included): which section has them
        Set<String> terms = new HashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... ts) {
                for (Term t : ts) {
                    terms.add(t.text());
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
        Map<String, Integer> best = time.spent() ? Map.of() : bestSections(language, docs, terms, time);
        TopDocs top = new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs);
        // out of time: the summaries stand in for the snippets; leaflets without a matching section get one from
        // anywhere in their body
        boolean anyWithout = false;
        for (ScoreDoc sd : docs) {
            anyWithout |= !best.containsKey(language.shown()[sd.doc].id());
        }
        String[] snippets = time.spent() || !anyWithout
                ? new String[docs.length]
                : language.highlighter().highlight(SearchFields.BODY, query, top, 1);
        var stored = language.searcher().storedFields();
        List<SearchResponse.Hit> hits = new ArrayList<>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            Shown d = language.shown()[sd.doc];
            String url = basePath + d.url();
            String snippet = snippets[i];
            SearchResponse.Section section = null;
            Integer sectionDoc = best.get(d.id());
            if (sectionDoc != null) {
                SectionShown s = language.sections()[sectionDoc];
                String anchor = s.anchor().isEmpty() ? null : s.anchor();
                section = new SearchResponse.Section(
                        s.path().isEmpty() ? null : s.path().getLast(),
                        s.path(),
                        anchor,
                        anchor == null ? url : url + "#" + anchor);
                String text = stored.document(sectionDoc, SECTION_TEXT).get(SearchFields.SECTION_TEXT);
                snippet = SectionSnippet.of(text, language.text(), terms);
            }
            if (snippet == null) {
                snippet = StringUtil.XHTMLEnc(d.summary());
            }
            hits.add(new SearchResponse.Hit(
                    d.id(), language.lang(), d.type(), d.title(), url, snippet.strip(), sd.score, fallback, section));
        }
        return hits;
    }

    /**
     * Per leaflet found, its section that matches the words best (its document number): a match in the section's
     * headings counts more than one in its text. Leaflets where no section has any of the words are left out.
     */
    private static Map<String, Integer> bestSections(Language language, ScoreDoc[] docs, Set<String> terms, Budget time)
            throws IOException {
        Map<String, Integer> best = new HashMap<>();
        if (terms.isEmpty()) {
            return best;
        }
        IndexSearcher searcher = time.searcher(language);
        for (ScoreDoc sd : docs) {
            Shown leaflet = language.shown()[sd.doc];
            // the words of the leaflet's title found the leaflet; which section answers, the other words say
            Set<String> telling = new HashSet<>(terms);
            telling.removeAll(leaflet.titleTerms());
            BooleanQuery.Builder words = new BooleanQuery.Builder();
            for (String term : telling.isEmpty() ? terms : telling) {
                words.add(
                        new BoostQuery(
                                new TermQuery(new Term(SearchFields.SECTION_TEXT, term)),
                                SearchFields.SECTION_TEXT_BOOST),
                        BooleanClause.Occur.SHOULD);
                words.add(
                        new BoostQuery(
                                new TermQuery(new Term(SearchFields.SECTION_PATH, term)),
                                SearchFields.SECTION_PATH_BOOST),
                        BooleanClause.Occur.SHOULD);
            }
            Query query = new BooleanQuery.Builder()
                    .add(words.build(), BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(SearchFields.ID, leaflet.id())), BooleanClause.Occur.FILTER)
                    .build();
            for (ScoreDoc hit : searcher.search(query, SECTIONS_PER_LEAFLET).scoreDocs) {
                if (language.sections()[hit.doc] != null) {
                    best.put(leaflet.id(), hit.doc);
                    break;
                }
            }
            if (searcher.timedOut()) {
                time.cut = true;
                break;
            }
        }
        return best;
    }

    private static Map<String, Integer> facet(Facets counts, String dimension) throws IOException {
        Map<String, Integer> values = new LinkedHashMap<>();
        try {
            FacetResult result = counts.getTopChildren(50, dimension);
            if (result != null) {
                for (LabelAndValue lv : result.labelValues) {
                    values.put(lv.label, lv.value.intValue());
                }
            }
        } catch (IllegalArgumentException e) {
            // no leaflet has this dimension
        }
        return values;
    }

    /** A corrected query, word by word, from the index's own unstemmed vocabulary. */
    private static String suggestion(Language language, String query, Budget time) throws IOException {
        List<String> words = terms(WORDS, SearchFields.SPELL, query);
        if (words.isEmpty() || words.size() > SearchRequest.MAX_TERMS) {
            return null;
        }
        List<String> corrected = new ArrayList<>();
        boolean changed = false;
        int checked = 0;
        for (String word : words) {
            boolean check = word.length() >= 4
                    && checked < MAX_TOLERANT_WORDS
                    && !time.spent()
                    && language.reader().docFreq(new Term(SearchFields.SPELL, word)) == 0;
            if (check) {
                checked++;
            }
            SuggestWord[] options = !check
                    ? new SuggestWord[0]
                    : SPELLING.suggestSimilar(
                            new Term(SearchFields.SPELL, word),
                            1,
                            language.reader(),
                            SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            if (options.length > 0) {
                corrected.add(options[0].string);
                changed = true;
            } else {
                corrected.add(word);
            }
        }
        return changed ? String.join(" ", corrected) : null;
    }

    /**
     * Fuzzy queries for one word in several fields that build the word's Levenshtein automata once: building
     * them is most of a fuzzy query's cost (about 10 ms for a long word), the term dictionaries are cheap.
     * Lucene's fuzzy terms enumeration keeps the automata in the attributes it is given; these are shared
     * here, with the per-rewrite hint of the least competitive boost cleared for each field.
     */
    private static final class LookAlikes {
        private final AttributeSource shared = new AttributeSource();

        Query query(Term term, int edits) {
            return new FuzzyQuery(term, edits, 1, MAX_EXPANSIONS, true) {
                @Override
                protected TermsEnum getTermsEnum(Terms terms, AttributeSource ignored) throws IOException {
                    var hint = shared.addAttribute(MaxNonCompetitiveBoostAttribute.class);
                    hint.setMaxNonCompetitiveBoost(Float.NEGATIVE_INFINITY);
                    hint.setCompetitiveTerm(null);
                    return super.getTermsEnum(terms, shared);
                }
            };
        }
    }

    /** Words of {@code field} beginning with {@code start}: the 20 most frequent, scored like the words themselves. */
    private static Query prefix(String field, String start) {
        return new PrefixQuery(
                new Term(field, start), new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(MAX_EXPANSIONS));
    }

    /**
     * The key words of a query, what a leaflet must contain: its words without question words and numbers, a
     * written-together word such as "ct-scan" one unit ("ct scan", both needed).
     */
    private static List<String> keyUnits(Language language, String query) throws IOException {
        List<String> units = new ArrayList<>();
        int words = 0;
        for (String chunk : query.strip().split("\\s+")) {
            List<String> parts = new ArrayList<>();
            for (String w : terms(WORDS, SearchFields.SPELL, chunk)) {
                if (words++ < SearchRequest.MAX_TERMS
                        && !language.questionWords().contains(w)
                        && !w.chars().allMatch(Character::isDigit)) {
                    parts.add(w);
                }
            }
            if (!parts.isEmpty()) {
                units.add(String.join(" ", parts));
            }
        }
        return units;
    }

    private static List<String> terms(Analyzer analyzer, String field, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && terms.size() <= SearchRequest.MAX_TERMS * 3) {
                terms.add(term.toString());
            }
            ts.end();
        }
        return terms;
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
        for (Language l : languages.values()) {
            String title = null;
            for (Shown s : l.shown()) {
                if (s != null && s.title() != null && !s.title().isBlank()) {
                    title = s.title();
                    break;
                }
            }
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
            for (Language l : languages.values()) {
                l.reader().close();
            }
        }
    }

    @Override
    public void close() throws IOException {
        release();
    }
}
