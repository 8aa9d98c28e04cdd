package nl.pil.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a patient's query into Lucene queries for one language: the fields and their weights, phrases, typo
 * tolerance, leaflet codes, and the key-word filter ({@link KeyWordFilter}).
 */
final class QueryPlanner {
    private static final Pattern CODE = Pattern.compile("\\s*([A-Za-z]{2,6})[\\s-]?(\\d{1,5}[A-Za-z]?)\\s*");
    private static final Map<String, Float> FIELDS = Map.of(
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
    private static final Map<String, Float> PHRASE_FIELDS = Map.of(
            SearchFields.TITLE, SearchFields.TITLE_BOOST * 2, SearchFields.KEYWORDS, SearchFields.KEYWORDS_BOOST * 2);
    /** Where a word the index does not know is looked for as a look-alike, and how much that counts. */
    private static final List<Map.Entry<String, Float>> TOLERANT_FIELDS = List.of(
            Map.entry(SearchFields.TITLE, 1.0f),
            Map.entry(SearchFields.KEYWORDS, 0.8f),
            Map.entry(SearchFields.BODY, 0.3f));

    private QueryPlanner() {}

    /** The query for {@code request} in {@code language}, or null when it has nothing to search for. */
    static PlannedQuery plan(SearchLanguage language, SearchRequest request, SearchBudget time) throws IOException {
        BooleanQuery.Builder should = new BooleanQuery.Builder();
        int clauses = 0;
        List<String> words = QueryWords.of(request.query());
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
        List<String> keyText = QueryWords.keyUnits(language, request.query());
        Map<String, LookAlikes> lookAlikes = new HashMap<>();
        QueryBuilder builder = new QueryBuilder(language.query());
        // what the snippets mark: the body's words only (the highlighter matches the whole query per hit)
        BooleanQuery.Builder body = new BooleanQuery.Builder();
        for (Map.Entry<String, Float> field : FIELDS.entrySet()) {
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
        for (Map.Entry<String, Float> field : PHRASE_FIELDS.entrySet()) {
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
        for (String term : QueryWords.terms(language.text(), SearchFields.BODY, text)) {
            if (term.length() < 5
                    || language.has(new Term(SearchFields.BODY, term))
                    || language.has(new Term(SearchFields.TITLE, term))) {
                continue;
            }
            if (tolerant == LeafletSearcher.MAX_TOLERANT_WORDS || time.spent()) {
                time.cut = true;
                break;
            }
            tolerant++;
            int edits = term.length() >= 8 ? 2 : 1;
            // rewritten here, to the look-alike words themselves: the highlighter then need not build the
            // automaton again, and the fields share one (see LookAlikes)
            for (Map.Entry<String, Float> field : TOLERANT_FIELDS) {
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
        Query filter = keyText.isEmpty() ? null : new KeyWordFilter(language, lookAlikes).filter(keyText);
        if (filter != null && codeQuery != null) {
            filter = new BooleanQuery.Builder()
                    .add(filter, BooleanClause.Occur.SHOULD)
                    .add(codeQuery, BooleanClause.Occur.SHOULD)
                    .build();
        }
        // rewritten once, to plain terms: the searches use it as it is, and the highlighter, given no multi-term
        // queries, reads the offsets from the index instead of analysing each hit's text again
        return new PlannedQuery(
                language.searcher().rewrite(should.build()),
                filter,
                language.searcher().rewrite(body.build()));
    }
}
