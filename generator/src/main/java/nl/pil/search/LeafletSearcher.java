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
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.AttributeSource;
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

    private final Map<String, Language> languages;
    private final String sourceLanguage;
    private final String basePath;
    private final AtomicInteger references = new AtomicInteger(1);

    /** @param ids the leaflets this language's index holds, to skip them in source-language fallbacks */
    private record Language(
            String lang,
            DirectoryReader reader,
            IndexSearcher searcher,
            Analyzer query,
            Analyzer text,
            SortedSetDocValuesReaderState facets,
            Set<String> ids) {}

    private LeafletSearcher(Map<String, Language> languages, String sourceLanguage, String basePath) {
        this.languages = languages;
        this.sourceLanguage = sourceLanguage;
        this.basePath = basePath;
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
        var stored = searcher.storedFields();
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            ids.add(stored.document(doc, Set.of(SearchFields.ID)).get(SearchFields.ID));
        }
        return new Language(
                lang,
                reader,
                searcher,
                SearchAnalyzers.query(lang, compounds, synonyms),
                SearchAnalyzers.text(lang, compounds),
                facets,
                Set.copyOf(ids));
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
        Query query = buildQuery(language, request, time);
        List<SearchResponse.Hit> hits = new ArrayList<>();
        Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
        long total = 0;
        if (query != null) {
            IndexSearcher searcher = time.searcher(language);
            FacetsCollectorManager.FacetsResult result =
                    FacetsCollectorManager.search(searcher, query, request.limit(), new FacetsCollectorManager());
            time.cut |= searcher.timedOut();
            total = result.topDocs().totalHits.value();
            hits.addAll(hits(language, query, result.topDocs(), false, time));
            if (language.facets() != null && total > 0) {
                Facets counts = new SortedSetDocValuesFacetCounts(language.facets(), result.facetsCollector());
                facets.put(SearchFields.TYPE, facet(counts, SearchFields.TYPE));
                facets.put(SearchFields.DEPARTMENT, facet(counts, SearchFields.DEPARTMENT));
            }
            // leaflets not translated into the query's language are found in the source language, listed after
            Language source = languages.get(sourceLanguage);
            if (hits.size() < request.limit() && source != null && source != language && !time.spent()) {
                Query fallbackQuery = buildQuery(source, request, time);
                if (fallbackQuery != null) {
                    Set<String> have = language.ids();
                    IndexSearcher fallbackSearcher = time.searcher(source);
                    TopDocs more = fallbackSearcher.search(fallbackQuery, request.limit() * 2);
                    time.cut |= fallbackSearcher.timedOut();
                    for (SearchResponse.Hit hit : hits(source, fallbackQuery, more, true, time)) {
                        if (hits.size() < request.limit() && !have.contains(hit.id())) {
                            hits.add(hit);
                        }
                    }
                }
            }
        }
        String suggestion = total < FEW_RESULTS && !time.spent() ? suggestion(language, request.query(), time) : null;
        return new SearchResponse(
                request.query(),
                request.lang(),
                total,
                (System.nanoTime() - start) / 1_000_000,
                hits,
                facets,
                suggestion,
                time.cut);
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
        var stored = language.searcher().storedFields();
        for (ScoreDoc sd : top.scoreDocs) {
            Document d = stored.document(sd.doc);
            result.add(new SearchResponse.Hit(
                    d.get(SearchFields.ID),
                    lang,
                    d.get(SearchFields.TYPE),
                    d.get(SearchFields.TITLE),
                    basePath + d.get(SearchFields.URL),
                    null,
                    sd.score,
                    false));
        }
        return result;
    }

    private Query buildQuery(Language language, SearchRequest request, Budget time) throws IOException {
        String text = request.query();
        BooleanQuery.Builder should = new BooleanQuery.Builder();
        int clauses = 0;
        List<String> words = terms(WORDS, SearchFields.SPELL, text);
        if (words.size() > SearchRequest.MAX_TERMS) {
            text = String.join(" ", words.subList(0, SearchRequest.MAX_TERMS));
        }
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
        for (Map.Entry<String, Float> field : fields.entrySet()) {
            Query q = builder.createBooleanQuery(field.getKey(), text);
            if (q != null) {
                should.add(new BoostQuery(q, field.getValue()), BooleanClause.Occur.SHOULD);
                clauses++;
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
            // automaton again, and the three fields share one (see LookAlikes)
            LookAlikes lookAlikes = new LookAlikes();
            for (Map.Entry<String, Float> field : List.of(
                    Map.entry(SearchFields.TITLE, 1.0f),
                    Map.entry(SearchFields.KEYWORDS, 0.8f),
                    Map.entry(SearchFields.BODY, 0.3f))) {
                Query fuzzy = language.searcher().rewrite(lookAlikes.query(new Term(field.getKey(), term), edits));
                should.add(new BoostQuery(fuzzy, field.getValue()), BooleanClause.Occur.SHOULD);
            }
            // the first part of a compound the content only has whole ("rontgen" in "röntgenfoto"): words it begins
            should.add(new BoostQuery(prefix(SearchFields.TITLE, term), 1.0f), BooleanClause.Occur.SHOULD);
            should.add(new BoostQuery(prefix(SearchFields.KEYWORDS, term), 0.8f), BooleanClause.Occur.SHOULD);
            should.add(new BoostQuery(prefix(SearchFields.BODY, term), 0.3f), BooleanClause.Occur.SHOULD);
            clauses++;
        }
        Matcher code = CODE.matcher(request.query());
        if (code.matches()) {
            should.add(
                    new BoostQuery(
                            new TermQuery(new Term(
                                    SearchFields.CODE, SearchFields.normalizeCode(code.group(1) + code.group(2)))),
                            50f),
                    BooleanClause.Occur.SHOULD);
            clauses++;
        }
        if (clauses == 0) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(should.build(), BooleanClause.Occur.MUST);
        if (request.type() != null) {
            all.add(new TermQuery(new Term(SearchFields.TYPE, request.type())), BooleanClause.Occur.FILTER);
        }
        if (request.department() != null) {
            all.add(new TermQuery(new Term(SearchFields.DEPARTMENT, request.department())), BooleanClause.Occur.FILTER);
        }
        return all.build();
    }

    private List<SearchResponse.Hit> hits(Language language, Query query, TopDocs top, boolean fallback, Budget time)
            throws IOException {
        // out of time: the summaries stand in for the snippets
        String[] snippets = time.spent()
                ? new String[top.scoreDocs.length]
                : UnifiedHighlighter.builder(language.searcher(), language.text())
                        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                        .withHandleMultiTermQuery(true)
                        .withMaxLength(200_000)
                        .build()
                        .highlight(SearchFields.BODY, query, top, 1);
        List<SearchResponse.Hit> hits = new ArrayList<>();
        var stored = language.searcher().storedFields();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            Document d = stored.document(sd.doc);
            String snippet = snippets[i] != null ? snippets[i] : StringUtil.XHTMLEnc(d.get(SearchFields.SUMMARY));
            hits.add(new SearchResponse.Hit(
                    d.get(SearchFields.ID),
                    language.lang(),
                    d.get(SearchFields.TYPE),
                    d.get(SearchFields.TITLE),
                    basePath + d.get(SearchFields.URL),
                    snippet.strip(),
                    sd.score,
                    fallback));
        }
        return hits;
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
        DirectSpellChecker checker = new DirectSpellChecker();
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
                    : checker.suggestSimilar(
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
