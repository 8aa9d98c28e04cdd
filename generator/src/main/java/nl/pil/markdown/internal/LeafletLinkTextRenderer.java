package nl.pil.markdown.internal;

import java.util.Set;
import nl.pil.markdown.LeafletLink;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.text.TextContentNodeRendererContext;

/** The plain text of a leaflet link: its text, without the leaflet id it points to. */
public final class LeafletLinkTextRenderer implements NodeRenderer {
    private final TextContentNodeRendererContext text;

    public LeafletLinkTextRenderer(TextContentNodeRendererContext text) {
        this.text = text;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(LeafletLink.class);
    }

    @Override
    public void render(Node node) {
        Children.render(node, text::render);
    }
}
