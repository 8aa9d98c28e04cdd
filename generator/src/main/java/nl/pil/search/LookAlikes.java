package nl.pil.search;

import java.io.IOException;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MaxNonCompetitiveBoostAttribute;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.AttributeSource;

/**
 * Fuzzy queries for one word in several fields that build the word's Levenshtein automata once: building
 * them is most of a fuzzy query's cost (about 10 ms for a long word), the term dictionaries are cheap.
 * Lucene's fuzzy terms enumeration keeps the automata in the attributes it is given; these are shared
 * here, with the per-rewrite hint of the least competitive boost cleared for each field.
 */
final class LookAlikes {
    private final AttributeSource shared = new AttributeSource();

    Query query(Term term, int edits) {
        return new FuzzyQuery(term, edits, 1, LeafletSearcher.MAX_EXPANSIONS, true) {
            @Override
            protected TermsEnum getTermsEnum(Terms terms, AttributeSource ignored) throws IOException {
                var hint = shared.addAttribute(MaxNonCompetitiveBoostAttribute.class);
                hint.setMaxNonCompetitiveBoost(Float.NEGATIVE_INFINITY);
                hint.setCompetitiveTerm(null);
                return super.getTermsEnum(terms, shared);
            }
        };
    }

    /** Words of {@code field} beginning with {@code start}: the 20 most frequent, scored like the words themselves. */
    static Query prefix(String field, String start) {
        return new PrefixQuery(
                new Term(field, start),
                new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(LeafletSearcher.MAX_EXPANSIONS));
    }
}
