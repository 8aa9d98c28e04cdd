package nl.pil.search;

import freemarker.template.utility.StringUtil;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

/**
 * The results a page shows of the leaflets found: title, address, the best section ({@link BestSections}) and a
 * snippet of whole sentences from it ({@link SectionSnippet}), else a highlighted passage of the body, else the
 * summary.
 */
final class ResultHits {
    /** The stored field of a section read for its snippet. */
    private static final Set<String> SECTION_TEXT = Set.of(SearchFields.SECTION_TEXT);

    private ResultHits() {}

    /**
     * @param query    the words that scored (the highlighter marks them)
     * @param basePath the site's base path, before each leaflet's address
     * @param fallback whether these are source-language leaflets shown for want of a translation
     */
    static List<SearchResponse.Hit> of(
            SearchLanguage language, Query query, ScoreDoc[] docs, String basePath, boolean fallback, SearchBudget time)
            throws IOException {
        if (docs.length == 0) {
            return List.of();
        }
        Set<String> terms = terms(query);
        Map<String, Integer> best = time.spent() ? Map.of() : BestSections.of(language, docs, terms, time);
        // out of time: the summaries stand in for the snippets; leaflets without a matching section get one from
        // anywhere in their body (only they: highlighting reads and scores each body's passages)
        String[] snippets = new String[docs.length];
        List<Integer> without = new ArrayList<>();
        for (int i = 0; i < docs.length; i++) {
            if (!best.containsKey(language.shown()[docs[i].doc].id())) {
                without.add(i);
            }
        }
        if (!time.spent() && !without.isEmpty()) {
            ScoreDoc[] rest = new ScoreDoc[without.size()];
            for (int i = 0; i < rest.length; i++) {
                rest[i] = docs[without.get(i)];
            }
            String[] highlighted = language.highlighter()
                    .highlight(
                            SearchFields.BODY,
                            query,
                            new TopDocs(new TotalHits(rest.length, TotalHits.Relation.EQUAL_TO), rest),
                            1);
            for (int i = 0; i < rest.length; i++) {
                snippets[without.get(i)] = highlighted[i];
            }
        }
        var stored = language.searcher().storedFields();
        List<SearchResponse.Hit> hits = new ArrayList<>();
        for (int i = 0; i < docs.length; i++) {
            ScoreDoc sd = docs[i];
            SearchLanguage.Shown d = language.shown()[sd.doc];
            String url = basePath + d.url();
            String snippet = snippets[i];
            SearchResponse.Section section = null;
            Integer sectionDoc = best.get(d.id());
            if (sectionDoc != null) {
                SearchLanguage.SectionShown s = language.sections()[sectionDoc];
                String anchor = s.anchor().isEmpty() ? null : s.anchor();
                section = new SearchResponse.Section(
                        s.path().isEmpty() ? null : s.path().getLast(),
                        s.path(),
                        anchor,
                        anchor == null ? url : url + "#" + anchor);
                String text = stored.document(sectionDoc, SECTION_TEXT).get(SearchFields.SECTION_TEXT);
                snippet = SectionSnippet.of(text, language.words(), terms);
            }
            if (snippet == null) {
                snippet = StringUtil.XHTMLEnc(d.summary());
            }
            hits.add(new SearchResponse.Hit(
                    d.id(), language.lang(), d.type(), d.title(), url, snippet.strip(), sd.score, fallback, section));
        }
        return hits;
    }

    /** The words the body matched (synonyms, compound parts and look-alikes included): which section has them. */
    private static Set<String> terms(Query query) {
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
        return terms;
    }
}
