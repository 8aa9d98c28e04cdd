package nl.pil.markdown.internal;

import java.util.Set;
import nl.pil.markdown.BodyContext;
import nl.pil.markdown.LeafletCard;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * A card as the site renders it with its card template (nothing when the leaflet is unknown). On the web a run of
 * cards is wrapped in one {@code card-grid} element, which the stylesheet lays out in columns on wide screens; on
 * paper cards stay one under the other.
 */
public final class CardHtmlRenderer implements NodeRenderer {
    private final HtmlWriter out;
    private final BodyContext site;

    public CardHtmlRenderer(HtmlNodeRendererContext html, BodyContext site) {
        this.out = html.getWriter();
        this.site = site;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(LeafletCard.class);
    }

    @Override
    public void render(Node node) {
        boolean grid = !site.print();
        boolean afterCard = node.getPrevious() instanceof LeafletCard;
        boolean beforeCard = node.getNext() instanceof LeafletCard;
        out.line();
        if (grid && !afterCard && beforeCard) {
            out.raw("<div class=\"card-grid\">");
            out.line();
        }
        out.raw(site.cardHtml(((LeafletCard) node).leafletId()));
        out.line();
        if (grid && afterCard && !beforeCard) {
            out.raw("</div>");
            out.line();
        }
    }
}
