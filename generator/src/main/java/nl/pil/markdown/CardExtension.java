package nl.pil.markdown;

import nl.pil.markdown.internal.CardBlockParser;
import nl.pil.markdown.internal.CardHtmlRenderer;
import nl.pil.markdown.internal.CardTextRenderer;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Cards: a line that is only {@code [[id]]} becomes a {@link LeafletCard}. In HTML it is the site's card of that
 * leaflet ({@link BodyContext#cardHtml}); it has no plain text of its own.
 */
public final class CardExtension
        implements Parser.ParserExtension,
                HtmlRenderer.HtmlRendererExtension,
                TextContentRenderer.TextContentRendererExtension {
    private final BodyContext site;

    private CardExtension(BodyContext site) {
        this.site = site;
    }

    /** For parsing and plain text; it cannot render HTML, which needs the site. */
    public static CardExtension create() {
        return new CardExtension(null);
    }

    /** For rendering HTML with the cards of {@code site}. */
    public static CardExtension create(BodyContext site) {
        return new CardExtension(site);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new CardBlockParser.Factory());
    }

    @Override
    public void extend(HtmlRenderer.Builder builder) {
        BodyContext context = Sites.required(site, "cards");
        builder.nodeRendererFactory(html -> new CardHtmlRenderer(html, context));
    }

    @Override
    public void extend(TextContentRenderer.Builder builder) {
        builder.nodeRendererFactory(CardTextRenderer::new);
    }
}
