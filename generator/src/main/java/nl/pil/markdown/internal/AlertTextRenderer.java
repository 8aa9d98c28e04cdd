package nl.pil.markdown.internal;

import java.util.Set;
import nl.pil.markdown.Alert;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.text.TextContentNodeRendererContext;
import org.commonmark.renderer.text.TextContentWriter;

/** The plain text of an alert: its text as a block of its own, without the title the site gives it. */
public final class AlertTextRenderer implements NodeRenderer {
    private final TextContentNodeRendererContext text;
    private final TextContentWriter out;

    public AlertTextRenderer(TextContentNodeRendererContext text) {
        this.text = text;
        this.out = text.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Alert.class);
    }

    @Override
    public void render(Node node) {
        Children.render(node, text::render);
        out.block();
    }
}
