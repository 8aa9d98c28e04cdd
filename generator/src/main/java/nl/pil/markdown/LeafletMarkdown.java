package nl.pil.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.pil.markdown.internal.FaqHtmlRenderer;
import nl.pil.markdown.internal.LeafletLinkPostProcessor;
import nl.pil.markdown.internal.LinkHtmlRenderer;
import nl.pil.markdown.internal.NumberIsolatingTextRenderer;
import nl.pil.markdown.internal.PlainTextNodeRenderer;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Pil's Markdown dialect: CommonMark + GFM tables + heading anchors + autolinks, plus leaflet links
 * ({@code [CT-scan](ct-scan)}, {@link LeafletLinkExtension}), cards ({@code [[ct-scan]]}, {@link CardExtension}) and
 * alerts ({@code > [!WARNING]}, {@link AlertExtension}); an FAQ section's questions are rendered as disclosures
 * ({@link Faq}). Raw HTML is never passed through: it is escaped (and the
 * checker warns about it).
 */
public final class LeafletMarkdown {
    private static final Pattern HAS_SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);

    /** The extensions every stage shares; rendering HTML adds the site to Pil's own (see {@link #renderHtml}). */
    private static final List<Extension> COMMON =
            List.of(TablesExtension.create(), HeadingAnchorExtension.create(), AutolinkExtension.create());

    private static final Parser PARSER = Parser.builder()
            .extensions(COMMON)
            .extensions(pil(null))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private static final TextContentRenderer PLAIN_TEXT = TextContentRenderer.builder()
            // ours come first so they win over the defaults
            .nodeRendererFactory(PlainTextNodeRenderer::new)
            .extensions(COMMON)
            .extensions(pil(null))
            .build();

    private LeafletMarkdown() {}

    /** Pil's own extensions; without a site ({@code null}) they parse and give plain text, but render no HTML. */
    private static List<Extension> pil(BodyContext site) {
        return site == null
                ? List.of(LeafletLinkExtension.create(), CardExtension.create(), AlertExtension.create())
                : List.of(LeafletLinkExtension.create(site), CardExtension.create(site), AlertExtension.create(site));
    }

    public static Node parse(String markdown) {
        return PARSER.parse(markdown);
    }

    /**
     * A link target that names a file beside the leaflet, such as {@code route.png} or {@code forms/list.pdf}: not a
     * leaflet id, web address, section of the page or path from the site's root.
     */
    public static boolean isLocalFile(String destination) {
        return !destination.isEmpty()
                && !LeafletLinkPostProcessor.isLeafletTarget(destination)
                && !HAS_SCHEME.matcher(destination).matches()
                && !destination.startsWith("#")
                && !destination.startsWith("/");
    }

    /** The HTML of a parsed body (or part of one), with leaflet links, cards and alerts as {@code site} renders them. */
    public static String renderHtml(Node node, BodyContext site) {
        HtmlRenderer.Builder builder = HtmlRenderer.builder();
        if (site.rightToLeft()) {
            builder.nodeRendererFactory(NumberIsolatingTextRenderer::new);
        }
        HtmlRenderer renderer = builder
                // ours come first so they win over the defaults
                .nodeRendererFactory(LinkHtmlRenderer::new)
                .nodeRendererFactory(html -> new FaqHtmlRenderer(html, site.print()))
                .extensions(COMMON)
                .extensions(pil(site))
                .escapeHtml(true)
                .sanitizeUrls(true)
                .build();
        return renderer.render(node);
    }

    /**
     * The words of a parsed body (or part of one) as a reader sees them: no markup, link addresses, code blocks or raw
     * HTML; each block on a line of its own, table cells apart, headings followed by an empty line.
     */
    public static String plainText(Node node) {
        return PLAIN_TEXT.render(node).strip();
    }

    /** The plain text of every heading of a parsed body, in order. */
    public static List<String> headings(Node document) {
        List<String> headings = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                headings.add(plainText(heading));
            }
        });
        return headings;
    }

    /**
     * The ids the web page gives a parsed body's headings, in order, made as the heading-anchor extension makes them:
     * from the text and code of the heading, a repeated text getting {@code -1}, {@code -2} …
     */
    public static Map<Heading, String> headingAnchors(Node document) {
        IdGenerator ids = IdGenerator.builder().build();
        Map<Heading, String> found = new LinkedHashMap<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                found.put(heading, ids.generateId(headingLiteral(heading)));
            }
        });
        return found;
    }

    /** A heading's text as its anchor is made from it: its text and code, no markup. */
    static String headingLiteral(Heading heading) {
        StringBuilder text = new StringBuilder();
        heading.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code c) {
                text.append(c.getLiteral());
            }
        });
        return text.toString();
    }
}
