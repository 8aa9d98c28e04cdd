package nl.pil.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * The filter "the leaflet contains the key words": each word (or one of its synonyms, or for a word the
 * index does not know, one of its look-alikes) somewhere in the leaflet; of three or more words, all but one
 * (of six or more, two in three), as patients add words a leaflet need not use ("options", "precies").
 * Compounds are whole words here: "leverbiopsie" is not contained in a leaflet that only says "lever".
 */
final class KeyWordFilter extends QueryBuilder {
    private final SearchLanguage language;
    private final Map<String, LookAlikes> lookAlikes;
    private IOException failure;

    KeyWordFilter(SearchLanguage language, Map<String, LookAlikes> lookAlikes) {
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
            q = n == 0 ? null : some.setMinimumNumberShouldMatch(required(n)).build();
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
            if (word.length() < 5 || language.has(term) || lookAlikes.size() > LeafletSearcher.MAX_TOLERANT_WORDS) {
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
