package nl.pil.markdown.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.pil.markdown.Alert;
import nl.pil.markdown.BodyContext;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/** An alert as a call-out: an {@code aside} with the site's translated title (e.g. "Let op") above its text. */
public final class AlertHtmlRenderer implements NodeRenderer {
    private final HtmlNodeRendererContext html;
    private final HtmlWriter out;
    private final BodyContext site;

    public AlertHtmlRenderer(HtmlNodeRendererContext html, BodyContext site) {
        this.html = html;
        this.out = html.getWriter();
        this.site = site;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Alert.class);
    }

    @Override
    public void render(Node node) {
        Alert alert = (Alert) node;
        out.line();
        Map<String, String> attrs = new LinkedHashMap<>(); // fixed order: output must be reproducible
        attrs.put("class", "callout callout-" + alert.kind().key());
        attrs.put("role", "note");
        out.tag("aside", attrs);
        out.tag("p", Map.of("class", "callout-title"));
        out.text(site.alertTitle(alert.kind()));
        out.tag("/p");
        Children.render(alert, html::render);
        out.tag("/aside");
        out.line();
    }
}
