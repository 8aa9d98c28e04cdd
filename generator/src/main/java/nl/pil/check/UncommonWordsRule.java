package nl.pil.check;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.pil.model.CheckSettings;
import nl.pil.model.Content;
import nl.pil.model.Leaflet;
import nl.pil.model.SearchFiles;
import nl.pil.model.SourcePosition;
import nl.pil.model.Translation;

/**
 * Word frequency, the strongest of LiNT's features for Dutch: the share of a leaflet's words that are not among the
 * language's common words, {@code content/_check/common-words-<lang>.txt} (one word per line, most common first, as
 * cut from a frequency list the site may use; Pil ships none, see docs/checks.md). A leaflet of at least
 * {@code min-words} words (40) with more than {@code max-percent} (15) uncommon words is reported with the uncommon
 * words it uses most. Names, codes, numbers and addresses are not counted; a compound is common when it is two common
 * words ("medicijn" + "lijst"), as Dutch and English write many words that a list cannot hold.
 */
final class UncommonWordsRule extends Rule {
    static final int MAX_PERCENT = 15;
    static final int MIN_WORDS = 40;
    private static final int MIN_PART = 3;
    private static final int SHOWN = 5;

    UncommonWordsRule() {
        super(
                "uncommon-words",
                CheckSettings.Level.WARNING,
                "at most 'max-percent' (" + MAX_PERCENT
                        + ") of a leaflet's words are missing from content/_check/common-words-<lang>.txt");
    }

    /** A language's common words, lowercased and NFC. */
    record CommonWords(String displayPath, Set<String> words) {
        static CommonWords parse(SearchFiles.File file) {
            Set<String> words = new HashSet<>();
            file.text()
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(l -> {
                        // a frequency list may carry a count after the word: "de 1234567"
                        String word = l.split("[\\s\\t,;]+")[0];
                        words.add(normal(word));
                    });
            return new CommonWords(file.displayPath(), words);
        }

        boolean knows(String word) {
            if (words.contains(word)) {
                return true;
            }
            // two common words written as one, with or without a linking s or e(n)
            for (int i = MIN_PART; i <= word.length() - MIN_PART; i++) {
                if (words.contains(word.substring(i)) && joins(word.substring(0, i))) {
                    return true;
                }
            }
            return false;
        }

        private boolean joins(String head) {
            return words.contains(head)
                    || (head.endsWith("s") && words.contains(head.substring(0, head.length() - 1)))
                    || (head.endsWith("en") && words.contains(head.substring(0, head.length() - 2)))
                    || (head.endsWith("e") && words.contains(head.substring(0, head.length() - 1)));
        }
    }

    /** What one leaflet in one language has: counted words and the uncommon ones by how often they occur. */
    record Measure(int words, Map<String, Integer> uncommon) {
        int uncommonCount() {
            return uncommon.values().stream().mapToInt(Integer::intValue).sum();
        }

        double percent() {
            return words == 0 ? 0 : 100.0 * uncommonCount() / words;
        }
    }

    @Override
    boolean leafletLocal() {
        return true;
    }

    @Override
    public void check(Content content, Findings findings) {
        int maxPercent = findings.threshold("max-percent", MAX_PERCENT);
        int minWords = findings.threshold("min-words", MIN_WORDS);
        Map<String, CommonWords> lists = new HashMap<>();
        for (Leaflet leaflet : content.leaflets()) {
            for (Translation t : leaflet.translations().values()) {
                CommonWords common = lists.computeIfAbsent(
                        t.lang(),
                        lang -> content.checkFiles()
                                .commonWords(lang)
                                .map(file -> TextMemo.rememberForCheck(file, CommonWords::parse))
                                .orElse(null));
                if (common == null || common.words().isEmpty()) {
                    continue; // not measured: the site has no list for this language
                }
                Measure m = measure(t, common);
                if (m.words() >= minWords && m.percent() > maxPercent) {
                    findings.report(
                            new SourcePosition(t.displayPath(), t.bodyFirstLine(), 1),
                            Math.round(m.percent()) + "% of the leaflet's words (" + m.uncommonCount() + " of "
                                    + m.words() + ") are not common words, more than " + maxPercent + "%; most used: "
                                    + mostUsed(m.uncommon()),
                            "use everyday words; explain a word patients will hear at its first use (common words: "
                                    + common.displayPath() + ")");
                }
            }
        }
    }

    static Measure measure(Translation t, CommonWords common) {
        int words = 0;
        Map<String, Integer> uncommon = new LinkedHashMap<>();
        for (BlockText block : Prose.blocks(t)) {
            for (Prose.Sentence sentence : Prose.sentences(block)) {
                List<Prose.Word> sentenceWords = sentence.words();
                for (int i = 0; i < sentenceWords.size(); i++) {
                    Prose.Word w = sentenceWords.get(i);
                    String text = w.text();
                    if (w.isAddress() || w.isCode() || (i > 0 && Character.isUpperCase(text.codePointAt(0)))) {
                        continue; // a name in the middle of a sentence is not a matter of vocabulary
                    }
                    words++;
                    List<String> parts = new ArrayList<>();
                    for (String part : text.split("[-‐/']")) {
                        if (!part.isEmpty()) {
                            parts.add(normal(part));
                        }
                    }
                    if (!parts.stream().allMatch(common::knows)) {
                        uncommon.merge(normal(text), 1, Integer::sum);
                    }
                }
            }
        }
        return new Measure(words, uncommon);
    }

    private static String mostUsed(Map<String, Integer> uncommon) {
        return uncommon.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(SHOWN)
                .map(e -> "'" + e.getKey() + "'" + (e.getValue() > 1 ? " (" + e.getValue() + "×)" : ""))
                .collect(Collectors.joining(", "));
    }

    private static String normal(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
