package nl.pil.check;

import nl.pil.model.CheckSettings;
import nl.pil.model.Content;
import nl.pil.model.Leaflet;
import nl.pil.model.Reference;
import nl.pil.model.SourcePosition;
import nl.pil.model.Translation;

/** A leaflet shown as a card in the body and also listed in {@code related} is shown once (as the card); say so. */
final class CardAndRelatedRule extends Rule {

    CardAndRelatedRule() {
        super(
                "card-and-related",
                CheckSettings.Level.WARNING,
                "a leaflet is either a card in the body or listed in 'related', not both");
    }

    @Override
    boolean leafletLocal() {
        return true;
    }

    @Override
    public void check(Content content, Findings findings) {
        for (Leaflet leaflet : content.leaflets()) {
            for (Translation t : leaflet.translations().values()) {
                for (Reference ref : t.references()) {
                    if (ref.kind() == Reference.Kind.CARD && t.meta().related().contains(ref.target())) {
                        SourcePosition related = t.meta().positionOf("related", SourcePosition.of(t.displayPath()));
                        findings.report(
                                related,
                                "'" + ref.target() + "' is listed in 'related' and shown as a card at line "
                                        + ref.position().line() + ": the page shows it once, as the card",
                                "remove '" + ref.target() + "' from 'related'");
                    }
                }
            }
        }
    }
}
