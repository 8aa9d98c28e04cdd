package nl.pil.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.apache.lucene.search.spell.LevenshteinDistance;

/** "Did you mean …?" for misspelt keys, ids and departments. */
public final class Suggest {
    private static final float MIN_SIMILARITY = 0.6f;

    private Suggest() {
    }

    public static Optional<String> closest(String word, Collection<String> candidates) {
        LevenshteinDistance distance = new LevenshteinDistance();
        return candidates.stream()
                .filter(c -> distance.getDistance(word, c) >= MIN_SIMILARITY)
                .max(Comparator.comparingDouble((String c) -> distance.getDistance(word, c)).thenComparing(Comparator.reverseOrder()));
    }

    /** "did you mean 'x'? " or "" — ready to put in front of a hint. */
    public static String didYouMean(String word, Collection<String> candidates) {
        return closest(word, candidates).map(c -> "did you mean '" + c + "'? ").orElse("");
    }
}
