package nl.pil.markdown;

import java.util.Optional;
import nl.pil.markdown.internal.AlertHtmlRenderer;
import nl.pil.markdown.internal.AlertPostProcessor;
import nl.pil.markdown.internal.AlertTextRenderer;
import org.commonmark.node.BlockQuote;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Alerts (GitHub's syntax): a block quote that starts with {@code [!NOTE]}, {@code [!TIP]}, {@code [!IMPORTANT]},
 * {@code [!WARNING]} or {@code [!CAUTION]} becomes an {@link Alert}; other block quotes stay as they are. In HTML it
 * is a call-out with the site's translated title ({@link BodyContext#alertTitle}); its plain text is its text.
 */
public final class AlertExtension
        implements Parser.ParserExtension,
                HtmlRenderer.HtmlRendererExtension,
                TextContentRenderer.TextContentRendererExtension {
    private final BodyContext site;

    private AlertExtension(BodyContext site) {
        this.site = site;
    }

    /** For parsing and plain text; it cannot render HTML, which needs the site. */
    public static AlertExtension create() {
        return new AlertExtension(null);
    }

    /** For rendering HTML with the call-out titles of {@code site}. */
    public static AlertExtension create(BodyContext site) {
        return new AlertExtension(site);
    }

    /** The marker word of a block quote's first line, if it looks like an alert marker at all. */
    public static Optional<String> markerOf(BlockQuote quote) {
        return AlertPostProcessor.markerOf(quote);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessor(new AlertPostProcessor());
    }

    @Override
    public void extend(HtmlRenderer.Builder builder) {
        BodyContext context = Sites.required(site, "alerts");
        builder.nodeRendererFactory(html -> new AlertHtmlRenderer(html, context));
    }

    @Override
    public void extend(TextContentRenderer.Builder builder) {
        builder.nodeRendererFactory(AlertTextRenderer::new);
    }
}
