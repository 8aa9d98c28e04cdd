package nl.pil.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** A query as words: all of them, and the key words a leaflet must contain. */
final class QueryWords {
    // thread-safe and reusable: Lucene analyzers keep per-thread token streams
    static final Analyzer WORDS = SearchAnalyzers.words();

    private QueryWords() {}

    /** The words of {@code text} (lowercase, unstemmed), at most a few times {@link SearchRequest#MAX_TERMS}. */
    static List<String> of(String text) throws IOException {
        return terms(WORDS, SearchFields.SPELL, text);
    }

    /**
     * The key words of a query, what a leaflet must contain: its words without question words and numbers, a
     * written-together word such as "ct-scan" one unit ("ct scan", both needed).
     */
    static List<String> keyUnits(SearchLanguage language, String query) throws IOException {
        List<String> units = new ArrayList<>();
        int words = 0;
        for (String chunk : query.strip().split("\\s+")) {
            List<String> parts = new ArrayList<>();
            for (String w : of(chunk)) {
                if (words++ < SearchRequest.MAX_TERMS
                        && !language.questionWords().contains(w)
                        && !w.chars().allMatch(Character::isDigit)) {
                    parts.add(w);
                }
            }
            if (!parts.isEmpty()) {
                units.add(String.join(" ", parts));
            }
        }
        return units;
    }

    /** The terms {@code analyzer} makes of {@code text} in {@code field}. */
    static List<String> terms(Analyzer analyzer, String field, String text) throws IOException {
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
}
