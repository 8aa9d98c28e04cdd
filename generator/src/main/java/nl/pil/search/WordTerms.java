package nl.pil.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * A language's text chain applied to a text word by word, each word's terms remembered: snippets analyse the text
 * of every section they quote, and stemming was most of a search's time (the section fields keep no offsets, which
 * would make the index half as large again). The same terms at the same places as the chain over the whole text,
 * since each of its filters works on one word at a time ({@link SearchAnalyzers#tokens}). Thread-safe.
 */
final class WordTerms {
    /** Words remembered per language, at most; past it the memory starts again (a site's vocabulary fits). */
    static final int MAX_WORDS = 100_000;

    private static final String[] NONE = new String[0];

    private final Analyzer chain;
    private final Analyzer tokens;
    private final Map<String, String[]> known = new ConcurrentHashMap<>();

    /** Where the text has a term: the offsets of the word it comes from. */
    record Found(int start, int end, String term) {}

    WordTerms(String lang, Analyzer chain) {
        this.chain = chain;
        this.tokens = SearchAnalyzers.tokens(lang);
    }

    /** Where {@code text} has one of {@code terms}, in the order of the text. */
    List<Found> find(String text, Set<String> terms) {
        List<Found> found = new ArrayList<>();
        if (terms.isEmpty()) {
            return found;
        }
        try (TokenStream ts = tokens.tokenStream(SearchFields.SECTION_TEXT, new StringReader(text))) {
            CharTermAttribute word = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                for (String term : of(word.toString())) {
                    if (terms.contains(term)) {
                        found.add(new Found(offset.startOffset(), offset.endOffset(), term));
                    }
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return found;
    }

    /** The terms the chain makes of one word (none for a stop word; a compound's parts after it). */
    String[] of(String word) {
        String[] terms = known.get(word);
        if (terms != null) {
            return terms;
        }
        List<String> made = new ArrayList<>(2);
        try (TokenStream ts = chain.tokenStream(SearchFields.SECTION_TEXT, new StringReader(word))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                made.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        terms = made.isEmpty() ? NONE : made.toArray(String[]::new);
        if (known.size() >= MAX_WORDS) {
            known.clear();
        }
        known.put(word, terms);
        return terms;
    }
}
