package nl.pil.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.pil.markdown.LeafletCard;
import nl.pil.markdown.LeafletLink;
import nl.pil.model.CheckSettings;
import nl.pil.model.Content;
import nl.pil.model.Leaflet;
import nl.pil.model.SourcePosition;
import nl.pil.model.Translation;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;

/**
 * A translation has the source's shape: as many sections, the same cards in the same order, links to the same
 * leaflets, as many images. A difference is usually a paragraph or a card lost while translating.
 */
final class TranslationStructureRule extends Rule {

    /** What is compared, as found in one file. */
    private record Shape(
            int headings, List<String> cards, List<String> links, int images, SourcePosition firstHeading) {}

    TranslationStructureRule() {
        super(
                "translation-structure",
                CheckSettings.Level.WARNING,
                "a translation has the source's headings, cards, leaflet links and images");
    }

    @Override
    boolean leafletLocal() {
        return true;
    }

    @Override
    public void check(Content content, Findings findings) {
        String sourceLang = content.settings().sourceLanguage();
        for (Leaflet leaflet : content.leaflets()) {
            Optional<Translation> source = leaflet.in(sourceLang);
            if (source.isEmpty()) {
                continue;
            }
            Shape expected = shape(source.get());
            for (Translation t : leaflet.translations().values()) {
                if (t == source.get()) {
                    continue;
                }
                Shape actual = shape(t);
                SourcePosition at = new SourcePosition(t.displayPath(), t.bodyFirstLine(), 1);
                String from = " (" + source.get().displayPath() + ")";
                if (actual.headings() != expected.headings()) {
                    findings.report(
                            actual.firstHeading() != null ? actual.firstHeading() : at,
                            "the translation has " + actual.headings() + " headings where the source has "
                                    + expected.headings() + from,
                            "translate every section; a section left out is information the patient does not get");
                }
                if (!actual.cards().equals(expected.cards())) {
                    findings.report(
                            at,
                            "the translation shows the cards " + actual.cards() + " where the source shows "
                                    + expected.cards() + from,
                            "keep every [[id]] of the source, in the same order");
                }
                if (!actual.links().equals(expected.links())) {
                    findings.report(
                            at,
                            "the translation links to the leaflets " + actual.links() + " where the source links to "
                                    + expected.links() + from,
                            "keep every leaflet link of the source");
                }
                if (actual.images() != expected.images()) {
                    findings.report(
                            at,
                            "the translation has " + actual.images() + " images where the source has "
                                    + expected.images() + from,
                            "keep every image of the source, with a translated description");
                }
            }
        }
    }

    private static Shape shape(Translation t) {
        int[] headings = {0};
        int[] images = {0};
        SourcePosition[] first = {null};
        List<String> cards = new ArrayList<>();
        List<String> links = new ArrayList<>();
        t.body().accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                headings[0]++;
                if (first[0] == null) {
                    first[0] = t.positionOf(heading);
                }
                visitChildren(heading);
            }

            @Override
            public void visit(Image image) {
                images[0]++;
                visitChildren(image);
            }

            @Override
            public void visit(CustomNode node) {
                if (node instanceof LeafletLink link) {
                    links.add(link.destination());
                }
                visitChildren(node);
            }

            @Override
            public void visit(CustomBlock block) {
                if (block instanceof LeafletCard card) {
                    cards.add(card.leafletId());
                }
                visitChildren(block);
            }
        });
        return new Shape(headings[0], cards, links.stream().sorted().toList(), images[0], first[0]);
    }
}
