package nl.pil.markdown.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.pil.markdown.BodyContext;
import nl.pil.markdown.LeafletLink;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * A leaflet link as the site resolves it: a link to the leaflet in the page's language, or in another language with
 * a marker after it (e.g. "(Nederlands)"); only its text when the leaflet is unknown.
 */
public final class LeafletLinkHtmlRenderer implements NodeRenderer {
    private final HtmlNodeRendererContext html;
    private final HtmlWriter out;
    private final BodyContext site;

    public LeafletLinkHtmlRenderer(HtmlNodeRendererContext html, BodyContext site) {
        this.html = html;
        this.out = html.getWriter();
        this.site = site;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(LeafletLink.class);
    }

    @Override
    public void render(Node node) {
        LeafletLink link = (LeafletLink) node;
        BodyContext.ResolvedLink resolved = site.resolveLeaflet(link.leafletId(), link.fragment());
        if (resolved == null) {
            Children.render(link, html::render);
            return;
        }
        Map<String, String> attrs = new LinkedHashMap<>(); // fixed order: output must be reproducible
        attrs.put("href", resolved.href());
        if (resolved.hreflang() != null) {
            attrs.put("hreflang", resolved.hreflang());
        }
        if (link.title() != null) {
            attrs.put("title", link.title());
        }
        out.tag("a", html.extendAttributes(link, "a", attrs));
        Children.render(link, html::render);
        out.tag("/a");
        if (resolved.marker() != null) {
            out.raw(" ");
            // the marker names the other language in that language ("(Nederlands)"): isolated in its own direction,
            // so that its brackets stand right inside a paragraph of the other direction
            Map<String, String> marker = new LinkedHashMap<>();
            marker.put("class", "lang-marker");
            if (resolved.hreflang() != null) {
                marker.put("lang", resolved.hreflang());
                marker.put(
                        "dir",
                        com.ibm.icu.util.ULocale.forLanguageTag(resolved.hreflang())
                                        .isRightToLeft()
                                ? "rtl"
                                : "ltr");
            }
            out.tag("span", marker);
            out.text(resolved.marker());
            out.tag("/span");
        }
    }
}
