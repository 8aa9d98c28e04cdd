package nl.pil.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.apache.lucene.search.spell.LuceneLevenshteinDistance;

/** "Did you mean …?" for misspelt keys, ids and departments. */
public final class Suggest {
    private static final float MIN_SIMILARITY = 0.6f;

    private Suggest() {}

    public static Optional<String> closest(String word, Collection<String> candidates) {
        // counts a swap of two letters as one edit: "exma" is close to "exam"
        LuceneLevenshteinDistance distance = new LuceneLevenshteinDistance();
        return candidates.stream()
                .filter(c -> similarity(distance, word, c) >= MIN_SIMILARITY)
                .max(Comparator.comparingDouble((String c) -> similarity(distance, word, c))
                        .thenComparing(Comparator.reverseOrder()));
    }

    /** Edit similarity, raised for ids where one is the start of the other ("mri-scan" for "mri"). */
    private static float similarity(LuceneLevenshteinDistance distance, String word, String candidate) {
        float edit = distance.getDistance(word, candidate);
        String shorter = word.length() <= candidate.length() ? word : candidate;
        String longer = shorter == word ? candidate : word;
        boolean prefix = shorter.length() >= 3 && longer.startsWith(shorter);
        return prefix ? Math.max(edit, MIN_SIMILARITY) : edit;
    }

    /** "did you mean 'x'? " or "" — ready to put in front of a hint. */
    public static String didYouMean(String word, Collection<String> candidates) {
        return closest(word, candidates).map(c -> "did you mean '" + c + "'? ").orElse("");
    }
}
