package nl.pil.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.pil.model.CheckSettings;
import nl.pil.model.Content;
import nl.pil.model.Leaflet;
import nl.pil.model.Translation;

/**
 * A card ({@code [[id]]}) is a block of its own. Written inside a sentence, or with a bracket missing, it is not a
 * card: patients would read the brackets.
 */
final class CardSyntaxRule extends Rule {
    private static final Pattern CARD = Pattern.compile("\\[\\[\\s*([^\\[\\]\\s]+)\\s*]]");
    // half a card around something that looks like a leaflet id ("[[ct-scan]", "[ct-scan]]"), not any doubled bracket
    private static final Pattern HALF = Pattern.compile("\\[\\[(?=\\s*[a-z0-9])|(?<=[a-z0-9])\\s*]]");

    CardSyntaxRule() {
        super(
                "card-syntax",
                CheckSettings.Level.ERROR,
                "cards [[id]] stand alone in their paragraph and have both brackets");
    }

    @Override
    boolean leafletLocal() {
        return true;
    }

    @Override
    public void check(Content content, Findings findings) {
        for (Leaflet leaflet : content.leaflets()) {
            for (Translation t : leaflet.translations().values()) {
                for (BlockText block : BlockText.of(t)) {
                    String text = block.text();
                    if (text.indexOf("[[") < 0 && text.indexOf("]]") < 0) {
                        continue; // nearly every paragraph: no pattern to run
                    }
                    Matcher card = CARD.matcher(text);
                    if (card.find()) {
                        findings.report(
                                block.positionAt(card.start()),
                                "card '" + card.group() + "' inside running text is shown as text",
                                "a card stands alone in its paragraph: put " + card.group()
                                        + " on a line of its own with a blank line"
                                        + " before and after; in a sentence, link instead: [title](" + card.group(1)
                                        + ")");
                    }
                    String rest = CARD.matcher(text)
                            .replaceAll(m -> " ".repeat(m.group().length()));
                    Matcher half = HALF.matcher(rest);
                    if (half.find()) {
                        findings.report(
                                block.positionAt(half.start()),
                                "unmatched '" + half.group().strip() + "': a card needs [[ and ]]",
                                "write a card as [[leaflet-id]] on a line of its own");
                    }
                }
            }
        }
    }
}
