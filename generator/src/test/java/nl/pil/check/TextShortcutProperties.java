package nl.pil.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.pil.model.SourcePosition;
import org.commonmark.node.Paragraph;

/**
 * The checks' text shortcuts find exactly what the careful way finds: the preparation-time pattern tried only where a
 * phrase can start against the pattern run over the whole text, and the scanned words and sentences against the regex
 * tokens ({@code \S+}) they replaced. Texts are made of the words the shortcuts look for, in every case and spacing.
 */
class TextShortcutProperties {
    private static final List<String> TIME_WORDS = List.of(
            "3",
            "24",
            "1234",
            "x-3",
            "a12",
            "٣",
            "۲",
            "een",
            "één",
            "Eén",
            "drie",
            "DRIE",
            "twee",
            "veertien",
            "a",
            "an",
            "one",
            "Two",
            "seventy-two",
            "twenty-four",
            "uur",
            "uren",
            "Uur",
            "dag",
            "dagen",
            "DAGEN",
            "Dagen",
            "etmaal",
            "etmalen",
            "week",
            "weken",
            "weekend",
            "duur",
            "vandaag",
            "hour",
            "hours",
            "day",
            "days",
            "Weeks",
            "voor",
            "vóór",
            "van",
            "tevoren",
            "vooraf",
            "voordat",
            "voorafgaand",
            "aan",
            "het",
            "de",
            "uw",
            "onderzoek",
            "scan",
            "darmonderzoek",
            "afspraak",
            "before",
            "prior",
            "to",
            "ahead",
            "of",
            "in",
            "advance",
            "the",
            "your",
            "exam",
            "lees",
            "read",
            "İ",
            "قبل",
            "أيام",
            "يومين",
            "الفحص",
            "bel",
            "minstens");
    private static final List<String> SPACES =
            List.of(" ", " ", " ", "  ", "\n", "\t", "\u000B", "\f", "\r\n", "\u00A0", "", "-", ". ", ", ", "? ");

    private static final List<String> NUMBERS = List.of(
            "3",
            "24",
            "1234",
            "x-3",
            "a12",
            "٣",
            "een",
            "één",
            "Eén",
            "drie",
            "DRIE",
            "veertien",
            "a",
            "an",
            "Two",
            "seventy-two",
            "twenty-four",
            "Ik-drie",
            "ٌ3");
    private static final List<String> UNITS = List.of(
            "uur", "uren", "UUR", "dag", "dagen", "Dagen", "etmaal", "etmalen", "week", "weken", "weekend", "duur",
            "hour", "hours", "day", "Days", "weeks", "أيام");
    private static final List<String> AFTER = List.of(
            "van tevoren",
            "van  tevoren",
            "vooraf",
            "voordat",
            "vóór het onderzoek",
            "voor de scan",
            "voor uw CT-scan",
            "voorafgaand aan de operatie",
            "voor herstel",
            "before",
            "prior to",
            "in advance",
            "ahead of",
            "beforehand");

    /** Whole phrases (and near misses) among the words, with every kind of space between. */
    @Provide
    Arbitrary<String> timeTexts() {
        Arbitrary<String> phrase = Combinators.combine(
                        Arbitraries.of(NUMBERS),
                        Arbitraries.of(SPACES),
                        Arbitraries.of(UNITS),
                        Arbitraries.of(SPACES),
                        Arbitraries.of(AFTER))
                .as((number, space, unit, space2, after) -> number + space + unit + space2 + after);
        Arbitrary<String> piece = Combinators.combine(
                        Arbitraries.frequencyOf(
                                net.jqwik.api.Tuple.of(1, phrase),
                                net.jqwik.api.Tuple.of(3, Arbitraries.of(TIME_WORDS))),
                        Arbitraries.of(SPACES))
                .as((words, space) -> words + space);
        return piece.list().ofMaxSize(25).map(pieces -> String.join("", pieces));
    }

    @Property(tries = 2000)
    void preparationPhrasesAreWhatThePatternFindsEverywhere(
            @ForAll("timeTexts") String text, @ForAll("languages") String lang) {
        assertEquals(PreparationTimes.findEverywhere(text, lang), PreparationTimes.find(text, lang), text);
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of("nl", "en", "nl-BE", "ar");
    }

    private static final List<String> PROSE_WORDS = List.of(
            "Dit",
            "is",
            "een",
            "zin.",
            "dr.",
            "Dr.",
            "bijv.",
            "d.w.z.",
            "8.30",
            "uur.",
            "Klaar!",
            "Echt?",
            "(zie",
            "hieronder).",
            "\"Zo.\"",
            "’s",
            "avonds…",
            "wacht...",
            "nee..",
            "*nadruk.*",
            "_ook_",
            "»klaar.«",
            "www.pil.nl",
            "info@pil.nl",
            "—",
            "-",
            ".",
            "?",
            "؟",
            "مرحبا.",
            "e.g.",
            "i.e.",
            "RAD-012",
            "😀.",
            "𝐀𝐁.",
            "café.",
            "a.u.b");

    @Provide
    Arbitrary<String> proseTexts() {
        return text(PROSE_WORDS, 30);
    }

    @Property(tries = 2000)
    void wordsAndSentencesAreThoseOfTheRegexTokens(@ForAll("proseTexts") String text) {
        BlockText block = new BlockText(
                text, new Paragraph(), List.of(new BlockText.Piece(0, new SourcePosition("x.md", 1, 1))), List.of());
        List<Prose.Word> words = regexWords(text);
        assertEquals(words, Prose.words(text), text);
        List<Prose.Sentence> expected = regexSentences(block, words);
        assertEquals(expected, Prose.sentences(block), text);
    }

    private static Arbitrary<String> text(List<String> vocabulary, int maxWords) {
        Arbitrary<String> piece = Combinators.combine(Arbitraries.of(vocabulary), Arbitraries.of(SPACES))
                .as((word, space) -> word + space);
        return piece.list().ofMaxSize(maxWords).map(pieces -> String.join("", pieces));
    }

    private static final Pattern TOKEN = Pattern.compile("\\S+");

    /** Tokens as {@code \S+} finds them, their outer punctuation trimmed: how words were cut before the scan. */
    private static List<Prose.Word> regexWords(String text) {
        List<Prose.Word> words = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            int from = m.start();
            int to = m.end();
            while (from < to && !letterOrDigit(text.codePointAt(from))) {
                from += Character.charCount(text.codePointAt(from));
            }
            while (to > from && !letterOrDigit(text.codePointBefore(to))) {
                to -= Character.charCount(text.codePointBefore(to));
            }
            if (from < to) {
                words.add(new Prose.Word(text.substring(from, to), from));
            }
        }
        return words;
    }

    private static boolean letterOrDigit(int c) {
        return Pattern.matches("[\\p{L}\\p{N}]", new String(Character.toChars(c)));
    }

    /** Sentences ending at every {@code \S+} token that {@link Prose#endsSentence} says ends one. */
    private static List<Prose.Sentence> regexSentences(BlockText block, List<Prose.Word> words) {
        List<Prose.Sentence> sentences = new ArrayList<>();
        List<Prose.Word> current = new ArrayList<>();
        int start = 0;
        int w = 0;
        Matcher m = TOKEN.matcher(block.text());
        while (m.find()) {
            while (w < words.size() && words.get(w).offset() < m.end()) {
                current.add(words.get(w++));
            }
            if (Prose.endsSentence(m.group()) && !current.isEmpty()) {
                sentences.add(new Prose.Sentence(block, start, m.end(), List.copyOf(current)));
                current.clear();
                start = m.end();
            }
        }
        if (!current.isEmpty()) {
            sentences.add(new Prose.Sentence(block, start, block.text().length(), List.copyOf(current)));
        }
        return sentences;
    }
}
