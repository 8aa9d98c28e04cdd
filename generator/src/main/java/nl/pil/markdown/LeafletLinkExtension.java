package nl.pil.markdown;

import nl.pil.markdown.internal.LeafletLinkHtmlRenderer;
import nl.pil.markdown.internal.LeafletLinkPostProcessor;
import nl.pil.markdown.internal.LeafletLinkTextRenderer;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Leaflet links: a link whose destination is a leaflet id, {@code [CT-scan](ct-scan)} or
 * {@code [preparation](ct-scan#preparation)}, becomes a {@link LeafletLink} at parse time. In HTML it links to the
 * leaflet as the site resolves it ({@link BodyContext#resolveLeaflet}); its plain text is its text.
 */
public final class LeafletLinkExtension
        implements Parser.ParserExtension,
                HtmlRenderer.HtmlRendererExtension,
                TextContentRenderer.TextContentRendererExtension {
    private final BodyContext site;

    private LeafletLinkExtension(BodyContext site) {
        this.site = site;
    }

    /** For parsing and plain text; it cannot render HTML, which needs the site. */
    public static LeafletLinkExtension create() {
        return new LeafletLinkExtension(null);
    }

    /** For rendering HTML, resolving leaflets in {@code site}. */
    public static LeafletLinkExtension create(BodyContext site) {
        return new LeafletLinkExtension(site);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessor(new LeafletLinkPostProcessor());
    }

    @Override
    public void extend(HtmlRenderer.Builder builder) {
        BodyContext context = Sites.required(site, "leaflet links");
        builder.nodeRendererFactory(html -> new LeafletLinkHtmlRenderer(html, context));
    }

    @Override
    public void extend(TextContentRenderer.Builder builder) {
        builder.nodeRendererFactory(LeafletLinkTextRenderer::new);
    }
}
