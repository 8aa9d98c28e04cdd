package nl.pil.check;

import nl.pil.model.CheckSettings;
import nl.pil.model.Content;
import nl.pil.model.Leaflet;
import nl.pil.model.Translation;
import org.commonmark.node.Paragraph;

/** A paragraph of more than {@code max-words} words (80), in any language: readers skip a wall of text. */
final class WallOfTextRule extends Rule {
    static final int MAX_WORDS = 80;

    WallOfTextRule() {
        super(
                "wall-of-text",
                CheckSettings.Level.WARNING,
                "paragraphs of at most 'max-words' (" + MAX_WORDS + ") words");
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
                for (BlockText block : Prose.blocks(t)) {
                    int words = Prose.words(block.text()).size();
                    if (block.block() instanceof Paragraph && words > max) {
                        findings.report(
                                t.positionOf(block.block()),
                                "paragraph of " + words + " words (at most " + max + ")",
                                "split it into shorter paragraphs, a list of steps, or sections with a '###' heading");
                    }
                }
            }
        }
    }
}
