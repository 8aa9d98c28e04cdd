package nl.pil.markdown.internal;

import java.util.Set;
import nl.pil.markdown.LeafletCard;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.text.TextContentNodeRendererContext;
import org.commonmark.renderer.text.TextContentWriter;

/**
 * A card has no text of its own: what it shows (the other leaflet's title and summary) is that leaflet's text. It
 * only ends the block before it.
 */
public final class CardTextRenderer implements NodeRenderer {
    private final TextContentWriter out;

    public CardTextRenderer(TextContentNodeRendererContext text) {
        this.out = text.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(LeafletCard.class);
    }

    @Override
    public void render(Node node) {
        out.block();
    }
}
