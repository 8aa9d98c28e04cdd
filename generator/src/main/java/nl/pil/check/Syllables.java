package nl.pil.check;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.pil.text.HyphenationPatterns;

/**
 * Syllables per word, as the readability formulas count them.
 *
 * <p>Dutch: the word's pieces between the hyphenation points of the Dutch patterns the PDF handouts use (TeX/Liang,
 * OpenTaal); a piece with more than one vowel group counts its vowel groups, because the patterns never cut off a single
 * letter (o-pe-ra-tie, e-ten). Vowel groups: runs of vowels, {@code ij} as a vowel, a letter with a diaeresis (ë, ï)
 * starting a new one (ge-ë-va-lu-eerd).
 *
 * <p>English: vowel groups ({@code y} a vowel), less a silent final {@code e} ("make"; not "-le" after a consonant:
 * "ta-ble"), a final {@code -ed} not after t or d ("used", not "need-ed") and a final {@code -es} not after s, x, z,
 * ch, sh, c or g ("makes", not "box-es"); at least one. A heuristic: right for most words, off by one for some
 * ("cre-ate", "be-ing").
 *
 * <p>A number, code or address counts as one syllable.
 */
final class Syllables {
    private Syllables() {}

    private static final String VOWELS = "aeiouyáéíóúàèìòùâêîôû";
    private static final String DIAERESIS = "äëïöü";

    static int count(Prose.Word word, String lang) {
        if (!word.hasLetter() || word.isAddress()) {
            return 1;
        }
        String lower = word.lower();
        boolean english = lang.startsWith("en");
        Map<String, Integer> known = english ? ENGLISH : DUTCH;
        Integer cached = known.get(lower);
        if (cached != null) {
            return cached;
        }
        int total = 0;
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) { // the runs of letters ("oog-" "en" "-arts")
            boolean letter = i < lower.length() && Character.isLetter(lower.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                String part = lower.substring(start, i);
                total += english ? english(part) : dutch(part);
                start = -1;
            }
        }
        int count = Math.max(1, total);
        if (known.size() < MAX_REMEMBERED) {
            known.put(lower, count);
        }
        return count;
    }

    // a leaflet set has a vocabulary of some thousands of words: each is hyphenated once per process
    private static final int MAX_REMEMBERED = 200_000;
    private static final Map<String, Integer> DUTCH = new ConcurrentHashMap<>();
    private static final Map<String, Integer> ENGLISH = new ConcurrentHashMap<>();

    static int dutch(String word) {
        Optional<HyphenationPatterns> patterns = HyphenationPatterns.builtIn("nl");
        int[] points = patterns.map(p -> p.points(word, 1, 1)).orElse(new int[0]);
        int total = 0;
        int from = 0;
        for (int i = 0; i <= points.length; i++) {
            int to = i < points.length ? points[i] : word.length();
            total += Math.max(1, vowelGroups(word.substring(from, to)));
            from = to;
        }
        return total;
    }

    /** Runs of vowels; {@code ij} is a vowel; a letter with a diaeresis starts a new run. */
    static int vowelGroups(String word) {
        int groups = 0;
        boolean inVowel = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean diaeresis = DIAERESIS.indexOf(c) >= 0;
            boolean vowel = diaeresis || VOWELS.indexOf(c) >= 0 || (c == 'j' && i > 0 && word.charAt(i - 1) == 'i');
            if (vowel && (!inVowel || diaeresis)) {
                groups++;
            }
            inVowel = vowel;
        }
        return groups;
    }

    static int english(String word) {
        int groups = 0;
        boolean inVowel = false;
        for (int i = 0; i < word.length(); i++) {
            boolean vowel = "aeiouy".indexOf(word.charAt(i)) >= 0;
            if (vowel && !inVowel) {
                groups++;
            }
            inVowel = vowel;
        }
        int n = word.length();
        if (groups > 1 && n > 2) {
            char before = word.charAt(n - 2);
            if (word.endsWith("e")
                    && !word.endsWith("ee")
                    && !word.endsWith("ie")
                    && !(word.endsWith("le") && n > 2 && "aeiouy".indexOf(word.charAt(n - 3)) < 0)
                    && "aeiouy".indexOf(before) < 0) {
                groups--; // make, there
            } else if (word.endsWith("ed") && n > 3 && "td".indexOf(word.charAt(n - 3)) < 0) {
                groups--; // used, stopped
            } else if (word.endsWith("es")
                    && n > 3
                    && !word.endsWith("ses")
                    && !word.endsWith("xes")
                    && !word.endsWith("zes")
                    && !word.endsWith("ches")
                    && !word.endsWith("shes")
                    && !word.endsWith("ces")
                    && !word.endsWith("ges")
                    && "aeiouy".indexOf(word.charAt(n - 3)) < 0) {
                groups--; // makes, times
            }
        }
        return Math.max(1, groups);
    }
}
