package nl.pil.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;

/** "Did you mean": a query corrected word by word from the index's own unstemmed vocabulary. */
final class SpellingSuggestion {
    // configured once and only read after: safe to share between searches
    private static final DirectSpellChecker SPELLING = new DirectSpellChecker();

    private SpellingSuggestion() {}

    /** The corrected query, or null when no word needed (or found) a correction. */
    static String of(SearchLanguage language, String query, SearchBudget time) throws IOException {
        List<String> words = QueryWords.of(query);
        if (words.isEmpty() || words.size() > SearchRequest.MAX_TERMS) {
            return null;
        }
        List<String> corrected = new ArrayList<>();
        boolean changed = false;
        int checked = 0;
        for (String word : words) {
            boolean check = word.length() >= 4
                    && checked < LeafletSearcher.MAX_TOLERANT_WORDS
                    && !time.spent()
                    && !language.has(new Term(SearchFields.SPELL, word));
            if (check) {
                checked++;
            }
            String correction = check ? language.correction(word, SPELLING) : null;
            if (correction != null) {
                corrected.add(correction);
                changed = true;
            } else {
                corrected.add(word);
            }
        }
        return changed ? String.join(" ", corrected) : null;
    }
}
