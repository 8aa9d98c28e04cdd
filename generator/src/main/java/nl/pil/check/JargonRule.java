package nl.pil.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.pil.model.CheckSettings;
import nl.pil.model.Content;
import nl.pil.model.Diagnostics;
import nl.pil.model.Leaflet;
import nl.pil.model.Translation;

/**
 * Medical words from the site's jargon list ({@link JargonList}) that the text uses without explaining them. A word is
 * explained when the sentence of its first use, or the sentence just before or after it in the same paragraph, has a
 * lay word: "uitzaaiingen (metastasen)", "metastasen (uitzaaiingen)", "Het heet een kijkoperatie. Het medische woord is
 * laparoscopie." After that first use the word is free; an unexplained first use is reported once.
 */
final class JargonRule extends Rule {

    JargonRule() {
        super(
                "jargon",
                CheckSettings.Level.WARNING,
                "medical words of content/_check/jargon-<lang>.txt are explained by their lay word at first use");
    }

    @Override
    boolean leafletLocal() {
        return true;
    }

    @Override
    public void check(Content content, Findings findings) {
        Map<String, JargonList> lists = new HashMap<>();
        for (Leaflet leaflet : content.leaflets()) {
            for (Translation t : leaflet.translations().values()) {
                JargonList list = lists.computeIfAbsent(
                        t.lang(),
                        lang -> content.checkFiles()
                                .jargon(lang)
                                // errors: reported once, by the Checker
                                .map(f ->
                                        TextMemo.rememberForCheck(f, file -> JargonList.parse(file, new Diagnostics())))
                                .orElse(JargonList.EMPTY));
                if (!list.entries().isEmpty()) {
                    check(t, list, findings);
                }
            }
        }
    }

    private static void check(Translation t, JargonList list, Findings findings) {
        List<BlockText> blocks = BlockText.of(t);
        Set<String> done = new HashSet<>();
        for (BlockText block : blocks) {
            List<Prose.Sentence> sentences = Prose.sentences(block);
            for (JargonList.Entry entry : list.entries()) {
                if (done.contains(entry.term())) {
                    continue;
                }
                Matcher m = wholeWord(entry.term()).matcher(block.text());
                if (!m.find()) {
                    continue;
                }
                done.add(entry.term());
                int at = 0;
                while (at < sentences.size() - 1 && sentences.get(at).end() <= m.start()) {
                    at++;
                }
                // the sentence of the first use, with the one before and after it in the same paragraph
                int from = sentences.isEmpty()
                        ? 0
                        : sentences.get(Math.max(0, at - 1)).offset();
                int to = sentences.isEmpty()
                        ? block.text().length()
                        : sentences.get(Math.min(sentences.size() - 1, at + 1)).end();
                String near = block.text().substring(from, to);
                if (entry.lay().stream()
                        .noneMatch(lay -> wholeWord(lay).matcher(near).find())) {
                    findings.report(
                            block.positionAt(m.start()),
                            "'" + m.group() + "' is a medical word; patients say '"
                                    + entry.lay().getFirst() + "'",
                            "write '" + entry.lay().getFirst() + "', or explain it where it is first used: '"
                                    + entry.lay().getFirst() + " (" + m.group() + ")'");
                }
            }
        }
    }

    /** The pattern for a term of the list, made once per check (not once per block it is looked for in). */
    private static Pattern wholeWord(String words) {
        return TextMemo.rememberForCheck(words, JargonRule::compileWholeWord);
    }

    private static Pattern compileWholeWord(String words) {
        String[] parts = words.toLowerCase(Locale.ROOT).split(" ");
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
        for (int i = 0; i < parts.length; i++) {
            regex.append(i == 0 ? "" : "\\s+").append(Pattern.quote(parts[i]));
        }
        regex.append("(?![\\p{L}\\p{N}])");
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
