package nl.pil.markdown.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Any other link (a web address, a file beside the leaflet): like CommonMark's own, with dangerous addresses defused,
 * but without {@code rel="nofollow"}: the text is the hospital's, not a stranger's.
 */
public final class LinkHtmlRenderer implements NodeRenderer {
    private final HtmlNodeRendererContext html;
    private final HtmlWriter out;

    public LinkHtmlRenderer(HtmlNodeRendererContext html) {
        this.html = html;
        this.out = html.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Link.class);
    }

    @Override
    public void render(Node node) {
        Link link = (Link) node;
        String destination = link.getDestination();
        Map<String, String> attrs = new LinkedHashMap<>(); // fixed order: output must be reproducible
        String url = html.shouldSanitizeUrls() ? html.urlSanitizer().sanitizeLinkUrl(destination) : destination;
        attrs.put("href", html.encodeUrl(url));
        if (link.getTitle() != null) {
            attrs.put("title", link.getTitle());
        }
        out.tag("a", html.extendAttributes(link, "a", attrs));
        Children.render(link, html::render);
        out.tag("/a");
    }
}
