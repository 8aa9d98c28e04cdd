package nl.pil.markdown.internal;

import java.util.Map;
import java.util.Set;
import nl.pil.markdown.Faq;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * The body with its FAQ sections ({@link Faq}) as disclosures: each {@code ###} question and its answer in a
 * {@code <details>} on the web, open in print. It renders the document, not a node of its own, so the parsed body —
 * which every stage reads — keeps its flat shape of headings and blocks.
 */
public final class FaqHtmlRenderer implements NodeRenderer {
    private final HtmlNodeRendererContext html;
    private final HtmlWriter out;
    private final boolean print;

    public FaqHtmlRenderer(HtmlNodeRendererContext html, boolean print) {
        this.html = html;
        this.out = html.getWriter();
        this.print = print;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Document.class);
    }

    @Override
    public void render(Node document) {
        boolean inFaq = false;
        boolean open = false;
        for (Node child = document.getFirstChild(); child != null; ) {
            Node next = child.getNext();
            if (child instanceof Heading h && h.getLevel() <= 3) {
                if (open) {
                    close();
                    open = false;
                }
                if (h.getLevel() <= 2) {
                    inFaq = Faq.opensFaq(h);
                } else if (inFaq) {
                    out.line();
                    if (print) {
                        out.tag("div", Map.of("class", "faq-item"));
                        html.render(h);
                    } else {
                        out.tag("details", Map.of("class", "faq-item"));
                        out.tag("summary");
                        html.render(h);
                        out.tag("/summary");
                    }
                    open = true;
                    child = next;
                    continue;
                }
            }
            html.render(child);
            child = next;
        }
        if (open) {
            close();
        }
    }

    private void close() {
        out.line();
        out.tag(print ? "/div" : "/details");
        out.line();
    }
}
