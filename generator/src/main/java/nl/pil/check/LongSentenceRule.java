package nl.pil.check;

import nl.pil.model.CheckSettings;
import nl.pil.model.Content;
import nl.pil.model.Languages;
import nl.pil.model.Leaflet;
import nl.pil.model.Translation;

/**
 * A Dutch or English sentence of more than {@code max-words} words (20): B1 readers lose the thread of long sentences.
 * Other languages are not counted: an Arabic word often holds an article, a preposition and a pronoun, so the same
 * number means a longer sentence there and the threshold is not calibrated for it.
 */
final class LongSentenceRule extends Rule {
    static final int MAX_WORDS = 20;

    LongSentenceRule() {
        super(
                "long-sentences",
                CheckSettings.Level.WARNING,
                "Dutch and English sentences of at most 'max-words' (" + MAX_WORDS + ") words");
    }

    @Override
    boolean leafletLocal() {
        return true;
    }

    @Override
    public void check(Content content, Findings findings) {
        int max = findings.threshold("max-words", MAX_WORDS);
        for (Leaflet leaflet : content.leaflets()) {
            for (Translation t : leaflet.translations().values()) {
                if (!LongWordRule.LANGUAGES.contains(Languages.base(t.lang()))) {
                    continue;
                }
                for (BlockText block : Prose.blocks(t)) {
                    for (Prose.Sentence s : Prose.sentences(block)) {
                        if (s.words().size() > max) {
                            findings.report(
                                    s.position(),
                                    "sentence of " + s.words().size() + " words (at most " + max + "): '"
                                            + ReadabilityRule.shorten(s.text(), 50) + "'",
                                    "split it in two: one message per sentence");
                        }
                    }
                }
            }
        }
    }
}
