package nl.pil.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** Titles as the patient types: every word complete but the last, which a title's word begins. */
final class TitleSuggestions {
    private TitleSuggestions() {}

    static List<SearchResponse.Hit> of(SearchLanguage language, String basePath, String typed, int limit)
            throws IOException {
        List<String> words = QueryWords.terms(
                QueryWords.WORDS,
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
        SearchBudget time = new SearchBudget(System.nanoTime(), LeafletSearcher.DEFAULT_BUDGET);
        int n = Math.max(1, Math.min(limit, 20));
        TopDocs top = language.ranking() == null
                ? time.searcher(language).search(q.build(), n)
                : time.searcher(language).search(q.build(), n, language.ranking(), true);
        List<SearchResponse.Hit> result = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            SearchLanguage.Shown d = language.shown()[sd.doc];
            result.add(new SearchResponse.Hit(
                    d.id(), language.lang(), d.type(), d.title(), basePath + d.url(), null, sd.score, false, null));
        }
        return result;
    }
}
