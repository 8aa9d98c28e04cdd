package nl.pil.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * One language's index, opened: its reader, analysis chains, highlighter, facet state, and what a result shows of
 * each document, read once. Thread-safe.
 *
 * @param query       the query chain (synonyms, compound parts)
 * @param exact       the query chain without compound splitting: what "the leaflet contains the word" means
 * @param words       the text chain word by word, for the snippets of sections (whose text keeps no offsets)
 * @param highlighter reads the body's offsets from the index; thread-safe, so built once
 * @param ids         the leaflets this language's index holds, to skip them in source-language fallbacks
 * @param shown       per document number, what a result shows of a leaflet (null for a section's document)
 * @param sections    per document number, a section's leaflet, anchor and headings (null for a leaflet's document)
 * @param ranking     how results are ordered: by score, equal scores by leaflet id; null where the document numbers
 *                    already follow the leaflet ids (one segment, sorted by id: a fresh index), the quicker search
 * @param live        the scores' statistics without the documents an update replaced; null when there are none
 */
record SearchLanguage(
        String lang,
        DirectoryReader reader,
        IndexSearcher searcher,
        Analyzer query,
        Analyzer exact,
        Analyzer text,
        WordTerms words,
        CharArraySet questionWords,
        UnifiedHighlighter highlighter,
        SortedSetDocValuesReaderState facets,
        Set<String> ids,
        Shown[] shown,
        SectionShown[] sections,
        Map<String, Query> lookAlikes,
        Map<String, String> corrections,
        Sort ranking,
        LiveStatistics live) {

    /**
     * What a result shows of a leaflet, read from the index once when it is opened (a few hundred bytes each):
     * reading stored fields means decompressing a block of documents, per hit.
     *
     * @param titleTerms the title's words as the query chain makes them
     */
    record Shown(String id, String type, String title, String url, String summary, Set<String> titleTerms) {}

    /** A section's document: its leaflet's id, its anchor (empty before the first heading) and headings. */
    record SectionShown(String id, String anchor, List<String> path) {}

    /** The stored fields a result shows (not the body, which is most of a document's bytes). */
    private static final Set<String> HIT_FIELDS = Set.of(
            SearchFields.ID,
            SearchFields.TYPE,
            SearchFields.TITLE,
            SearchFields.URL,
            SearchFields.SUMMARY,
            SearchFields.SECTION_ANCHOR,
            SearchFields.SECTION_PATH);

    /** How many look-alike expansions each language remembers. */
    private static final int REMEMBERED_LOOK_ALIKES = 4096;

    /** Opens the index of {@code lang} in {@code folder} (a language folder of {@code _search}). */
    static SearchLanguage open(Path folder, String lang) throws IOException {
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
        LiveStatistics live = LiveStatistics.of(reader);
        IndexSearcher searcher = live == null ? new IndexSearcher(reader) : live.searcher(reader);
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
        // an updated index keeps the documents it replaced until a merge drops them: they are no leaflets of it
        Bits liveDocs = MultiBits.getLiveDocs(reader);
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            if (liveDocs != null && !liveDocs.get(doc)) {
                continue;
            }
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
                    Set.copyOf(QueryWords.terms(query, SearchFields.SECTION_TEXT, d.get(SearchFields.TITLE))));
            ids.add(shown[doc].id());
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, text)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withHandleMultiTermQuery(true)
                .withMaxLength(200_000)
                .withBreakIterator(SentenceBreaks::new)
                .build();
        return new SearchLanguage(
                lang,
                reader,
                searcher,
                query,
                SearchAnalyzers.query(lang, null, synonyms),
                text,
                new WordTerms(lang, text),
                SearchAnalyzers.questionWords(lang),
                highlighter,
                facets,
                Set.copyOf(ids),
                shown,
                sections,
                remembered(),
                remembered(),
                reader.leaves().size() > 1 ? BY_SCORE_THEN_ID : null,
                live);
    }

    /** A new searcher of this index (one per search: each has its own time limit), scoring as {@link #searcher}. */
    IndexSearcher newSearcher() {
        return live == null ? new IndexSearcher(reader) : live.searcher(reader);
    }

    /** Equal scores in the order of a fresh index, whose document numbers follow the leaflet ids. */
    private static final Sort BY_SCORE_THEN_ID =
            new Sort(SortField.FIELD_SCORE, new SortField(SearchFields.ID, SortField.Type.STRING));

    /**
     * Whether a document of the index has {@code term}. Not just its document frequency: an updated index counts the
     * documents it replaced until a merge drops them, and a word only they had is no word of the content.
     */
    boolean has(Term term) throws IOException {
        if (!reader.hasDeletions()) {
            return reader.docFreq(term) > 0;
        }
        for (LeafReaderContext leaf : reader.leaves()) {
            PostingsEnum docs = leaf.reader().postings(term, PostingsEnum.NONE);
            if (docs == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live == null || live.get(doc)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The title of this language's first leaflet, or null (for warming the index up). */
    String firstTitle() {
        for (Shown s : shown) {
            if (s != null && s.title() != null && !s.title().isBlank()) {
                return s.title();
            }
        }
        return null;
    }

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
                ? LookAlikes.prefix(field, term)
                : automata.computeIfAbsent(term, t -> new LookAlikes()).query(new Term(field, term), edits);
        Query rewritten = searcher.rewrite(query);
        synchronized (lookAlikes) {
            lookAlikes.put(key, rewritten);
        }
        return rewritten;
    }

    /**
     * The word of the index's spelling vocabulary closest to {@code word} (not in it), or null: what "did you mean"
     * offers. Remembered, as the index does not change: its Levenshtein automata were half of a search's CPU time on
     * a small site (JFR, 2026-12-02), and patients make the same typos.
     */
    String correction(String word, DirectSpellChecker spelling) throws IOException {
        synchronized (corrections) {
            String known = corrections.get(word);
            if (known != null) {
                return known.isEmpty() ? null : known;
            }
        }
        SuggestWord[] options = spelling.suggestSimilar(
                new Term(SearchFields.SPELL, word), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        String found = options.length > 0 ? options[0].string : null;
        synchronized (corrections) {
            corrections.put(word, found == null ? "" : found);
        }
        return found;
    }

    /** A bounded memory of what the index answers, the least recently used forgotten first. */
    private static <V> Map<String, V> remembered() {
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > REMEMBERED_LOOK_ALIKES;
            }
        };
    }
}
