package nl.pil.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.pil.model.Languages;
import nl.pil.model.Translation;

/**
 * Reading ease of a text, by the formula calibrated for its language: Flesch-Douma for Dutch (Douma 1960), Flesch
 * Reading Ease for English (Flesch 1948). Both give 0 (very hard) to 100 (very easy), sometimes beyond. Other
 * languages have no formula here: {@link #formula} is empty and no score is ever given for them.
 */
public final class Readability {
    private Readability() {}

    /** List items and table cells of fewer words are names ("haaruitval"), not sentences: left out. */
    static final int MIN_BLOCK_WORDS = 3;

    /** Sentences shown as the hardest have at least this many words: a short one is never what makes a text hard. */
    static final int HARDEST_MIN_WORDS = 6;

    /** A readability formula; words per sentence and syllables per word are all it looks at. */
    public enum Formula {
        /** 206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence. */
        FLESCH_DOUMA("Flesch-Douma"),
        /** 206.835 − 1.015 × words per sentence − 84.6 × syllables per word. */
        FLESCH("Flesch Reading Ease");

        private final String title;

        Formula(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }

        public double score(int words, int sentences, int syllables) {
            double perSentence = (double) words / sentences;
            double perWord = (double) syllables / words;
            return switch (this) {
                case FLESCH_DOUMA -> 206.84 - 0.77 * 100 * perWord - 0.93 * perSentence;
                case FLESCH -> 206.835 - 1.015 * perSentence - 84.6 * perWord;
            };
        }
    }

    /** The formula for a language ({@code nl}, {@code nl-BE}, {@code en}…), or empty: not measured. */
    public static Optional<Formula> formula(String lang) {
        String base = Languages.base(lang);
        return switch (base) {
            case "nl" -> Optional.of(Formula.FLESCH_DOUMA);
            case "en" -> Optional.of(Formula.FLESCH);
            default -> Optional.empty();
        };
    }

    /**
     * A measured text.
     *
     * @param sentences its sentences, hardest (lowest score on its own) first
     */
    public record Score(Formula formula, int words, int sentenceCount, int syllables, List<Prose.Sentence> sentences) {
        public double value() {
            return formula.score(words, sentenceCount, syllables);
        }

        /** The score as shown: a whole number, rounded down (59.7 is shown as 59: it is below 60). */
        public long rounded() {
            return (long) Math.floor(value());
        }

        public String band() {
            return Readability.band(value());
        }
    }

    /** Flesch's description of a score (Douma kept the scale): from "very easy" (90 and up) to "very difficult". */
    public static String band(double score) {
        if (score >= 90) return "very easy";
        if (score >= 80) return "easy";
        if (score >= 70) return "fairly easy";
        if (score >= 60) return "plain";
        if (score >= 50) return "fairly difficult";
        if (score >= 30) return "difficult";
        return "very difficult";
    }

    /** The whole running text of a translation; empty when its language has no formula or it has no words. */
    public static Optional<Score> of(Translation t) {
        List<Prose.Sentence> sentences = new ArrayList<>();
        for (BlockText block : Prose.blocks(t)) {
            sentences.addAll(Prose.sentences(block));
        }
        return of(sentences, t.lang());
    }

    /** One sentence's score on its own, for showing the hardest; empty when it is not measured. */
    static Optional<Double> scoreOf(Prose.Sentence sentence, String lang) {
        return of(List.of(sentence), lang).map(Score::value);
    }

    /** What one sentence adds to a score: its own words (outside leaflet links) and their syllables. */
    private record Counted(int words, int syllables) {}

    private static final Counted LEFT_OUT = new Counted(0, 0);

    /**
     * What a sentence adds to a score, worked out once per check (a sentence is in the leaflet's score, its section's
     * and its own); null when it is left out.
     */
    private static Counted counted(Prose.Sentence s, String lang) {
        Counted c = TextMemo.remember(s, sentence -> count(sentence, lang));
        return c == LEFT_OUT ? null : c;
    }

    private static Counted count(Prose.Sentence s, String lang) {
        if (s.words().size() < MIN_BLOCK_WORDS
                && s.words().size() == Prose.words(s.block().text()).size()) {
            return LEFT_OUT; // a list item or table cell of a word or two is a name, not a sentence
        }
        int own = 0;
        int ownWords = 0;
        for (Prose.Word w : s.words()) {
            if (!s.block().inLeafletLink(w.offset())) {
                own += Syllables.count(w, lang);
                ownWords++;
            }
        }
        // only titles of other leaflets ("- [Chemotherapie](chemotherapy)") count for nothing
        return ownWords == 0 ? LEFT_OUT : new Counted(ownWords, own);
    }

    static Optional<Score> of(List<Prose.Sentence> sentences, String lang) {
        Optional<Formula> formula = formula(lang);
        if (formula.isEmpty()) {
            return Optional.empty();
        }
        int words = 0;
        int syllables = 0;
        List<Prose.Sentence> counted = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        for (Prose.Sentence s : sentences) {
            Counted c = counted(s, lang);
            if (c == null) {
                continue;
            }
            words += c.words();
            syllables += c.syllables();
            counted.add(s);
            scores.add(formula.get().score(c.words(), 1, c.syllables()));
        }
        if (words == 0) {
            return Optional.empty();
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < counted.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(scores::get));
        List<Prose.Sentence> hardest = order.stream()
                .map(counted::get)
                .filter(s -> s.words().size() >= HARDEST_MIN_WORDS)
                .toList();
        return Optional.of(new Score(formula.get(), words, counted.size(), syllables, hardest));
    }
}
