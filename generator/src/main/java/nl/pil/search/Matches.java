package nl.pil.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

/**
 * What one search of one language found: the query to highlight with, the best {@code wanted}, the total, and per
 * facet dimension the counts as the other filters return them (so picking a value gives exactly its count).
 */
record Matches(Query query, TopDocs top, long total, Map<String, Map<String, Integer>> facets) {
    static final Matches NONE =
            new Matches(null, new TopDocs(new TotalHits(0, TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]), 0, Map.of());
    private static final List<String> DIMENSIONS = List.of(SearchFields.TYPE, SearchFields.DEPARTMENT);

    Map<String, Integer> counts(String dimension) {
        return facets.getOrDefault(dimension, Map.of());
    }

    /** Results {@code offset} to {@code offset + limit} of these. */
    ScoreDoc[] page(int offset, int limit) {
        ScoreDoc[] docs = top.scoreDocs;
        if (offset >= docs.length) {
            return new ScoreDoc[0];
        }
        return Arrays.copyOfRange(docs, offset, Math.min(docs.length, offset + limit));
    }

    /**
     * The matches of {@code planned} in {@code language}: with {@code exact} only leaflets that contain the key
     * words, and with {@code only} only those it matches; the request's type and department filter them.
     */
    static Matches find(
            SearchLanguage language,
            PlannedQuery planned,
            boolean exact,
            SearchRequest request,
            Query only,
            int wanted,
            SearchBudget time)
            throws IOException {
        Query query = compose(planned, exact, request.type(), request.department(), only);
        IndexSearcher searcher = time.searcher(language);
        FacetsCollectorManager.FacetsResult result = language.ranking() == null
                ? FacetsCollectorManager.search(searcher, query, wanted, new FacetsCollectorManager())
                : FacetsCollectorManager.search(
                        searcher, query, wanted, language.ranking(), true, new FacetsCollectorManager());
        time.cut |= searcher.timedOut();
        long total = result.topDocs().totalHits.value();
        Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
        if (language.facets() != null) {
            // a dimension's counts leave out its own filter: they say what choosing each value would give
            for (String dimension : DIMENSIONS) {
                boolean filtered =
                        dimension.equals(SearchFields.TYPE) ? request.type() != null : request.department() != null;
                FacetsCollector collector = result.facetsCollector();
                if (filtered && !time.spent()) {
                    Query sideways = dimension.equals(SearchFields.TYPE)
                            ? compose(planned, exact, null, request.department(), only)
                            : compose(planned, exact, request.type(), null, only);
                    collector = searcher.search(sideways, new FacetsCollectorManager());
                } else if (filtered || total == 0) {
                    continue;
                }
                facets.put(
                        dimension, facet(new SortedSetDocValuesFacetCounts(language.facets(), collector), dimension));
            }
        }
        // the highlighter gets the words that score, not the filters (their look-alikes would make it analyse)
        return new Matches(planned.highlight(), result.topDocs(), total, facets);
    }

    /** The facet counts of two searches together, per dimension the most frequent value first. */
    static Map<String, Map<String, Integer>> facets(Matches found, Matches fallback) {
        Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
        if (found.total() + fallback.total() == 0) {
            return facets;
        }
        for (String dimension : DIMENSIONS) {
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
        return facets;
    }

    private static Query compose(PlannedQuery planned, boolean exact, String type, String department, Query only) {
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(planned.scoring(), BooleanClause.Occur.MUST);
        if (exact && planned.filter() != null) {
            all.add(planned.filter(), BooleanClause.Occur.FILTER);
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
}
