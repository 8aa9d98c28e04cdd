package nl.pil.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/** Which section of each leaflet found answers the query: the one that matches the words best. */
final class BestSections {
    private BestSections() {}

    /**
     * Per leaflet found, its section that matches the words best (its document number): a match in the section's
     * headings counts more than one in its text. Leaflets where no section has any of the words are left out.
     */
    static Map<String, Integer> of(SearchLanguage language, ScoreDoc[] docs, Set<String> terms, SearchBudget time)
            throws IOException {
        Map<String, Integer> best = new HashMap<>();
        // words no section has say nothing about which one answers: a typo as typed, beside its look-alikes
        Set<String> known = new HashSet<>();
        for (String term : terms) {
            if (language.has(new Term(SearchFields.SECTION_TEXT, term))
                    || language.has(new Term(SearchFields.SECTION_PATH, term))) {
                known.add(term);
            }
        }
        if (known.isEmpty()) {
            return best;
        }
        // the words of a leaflet's title found the leaflet; which section answers, the other words say. Leaflets
        // that leave the same words are searched together: one search per set of words, not one per leaflet
        Map<Set<String>, List<String>> byWords = new LinkedHashMap<>();
        for (ScoreDoc sd : docs) {
            SearchLanguage.Shown leaflet = language.shown()[sd.doc];
            Set<String> telling = new HashSet<>(known);
            telling.removeAll(leaflet.titleTerms());
            byWords.computeIfAbsent(telling.isEmpty() ? known : telling, w -> new ArrayList<>())
                    .add(leaflet.id());
        }
        IndexSearcher searcher = time.searcher(language);
        for (Map.Entry<Set<String>, List<String>> group : byWords.entrySet()) {
            BooleanQuery.Builder words = new BooleanQuery.Builder();
            for (String term : group.getKey()) {
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
                    .add(
                            new TermInSetQuery(
                                    SearchFields.ID,
                                    group.getValue().stream().map(BytesRef::new).toList()),
                            BooleanClause.Occur.FILTER)
                    .build();
            best.putAll(searcher.search(query, new CollectorManager<Highest, Map<String, Integer>>() {
                @Override
                public Highest newCollector() {
                    return new Highest(language.sections());
                }

                @Override
                public Map<String, Integer> reduce(Collection<Highest> collectors) {
                    Highest all = new Highest(language.sections());
                    for (Highest c : collectors) {
                        c.best.forEach((id, doc) -> all.offer(id, c.scores.get(id), doc));
                    }
                    return all.best;
                }
            }));
            if (searcher.timedOut()) {
                time.cut = true;
                break;
            }
        }
        return best;
    }

    /** Per leaflet, its section with the highest score; of equal ones the first (as a top-N search ranks them). */
    private static final class Highest extends SimpleCollector {
        private final SearchLanguage.SectionShown[] sections;
        private final Map<String, Integer> best = new HashMap<>();
        private final Map<String, Float> scores = new HashMap<>();
        private Scorable scorer;
        private int base;

        Highest(SearchLanguage.SectionShown[] sections) {
            this.sections = sections;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) {
            base = context.docBase;
        }

        @Override
        public void setScorer(Scorable scorer) {
            this.scorer = scorer;
        }

        @Override
        public void collect(int doc) throws IOException {
            SearchLanguage.SectionShown section = sections[base + doc];
            if (section == null) {
                return; // the leaflet's own document
            }
            offer(section.id(), scorer.score(), base + doc);
        }

        void offer(String id, float score, int doc) {
            Float known = scores.get(id);
            if (known == null || score > known || (score == known && doc < best.get(id))) {
                scores.put(id, score);
                best.put(id, doc);
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }
    }
}
