package nl.pil.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/** Which section of each leaflet found answers the query: the one that matches the words best. */
final class BestSections {
    /** Sections scored per leaflet found, at most (a long leaflet has a few dozen). */
    private static final int SECTIONS_PER_LEAFLET = 100;

    private BestSections() {}

    /**
     * Per leaflet found, its section that matches the words best (its document number): a match in the section's
     * headings counts more than one in its text. Leaflets where no section has any of the words are left out.
     */
    static Map<String, Integer> of(SearchLanguage language, ScoreDoc[] docs, Set<String> terms, SearchBudget time)
            throws IOException {
        Map<String, Integer> best = new HashMap<>();
        if (terms.isEmpty()) {
            return best;
        }
        IndexSearcher searcher = time.searcher(language);
        for (ScoreDoc sd : docs) {
            SearchLanguage.Shown leaflet = language.shown()[sd.doc];
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
}
