package nl.pil.markdown;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Pil's Markdown dialect: CommonMark + GFM tables + heading anchors + autolinks, plus leaflet links
 * ({@code [CT-scan](ct-scan)}), cards ({@code [[ct-scan]]}) and alerts ({@code > [!WARNING]}).
 * Raw HTML is never passed through: it is escaped (and the checker warns about it).
 */
public final class LeafletMarkdown {
    private static final Pattern LEAFLET_TARGET = Pattern.compile("[a-z0-9][a-z0-9-]*(#[A-Za-z0-9_.-]*)?");
    private static final Pattern HAS_SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);

    private static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(), HeadingAnchorExtension.create(), AutolinkExtension.create(),
            CardExtension.create(), AlertExtension.create());

    private static final Parser PARSER = Parser.builder()
            .extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private LeafletMarkdown() {
    }

    public static Node parse(String markdown) {
        return PARSER.parse(markdown);
    }

    /** A link target that names a leaflet: a bare id, optionally with {@code #section}. */
    public static boolean isLeafletTarget(String destination) {
        return LEAFLET_TARGET.matcher(destination).matches();
    }

    /** A link target that names a file beside the leaflet, such as {@code route.png} or {@code forms/list.pdf}. */
    public static boolean isLocalFile(String destination) {
        return !destination.isEmpty() && !isLeafletTarget(destination) && !HAS_SCHEME.matcher(destination).matches()
                && !destination.startsWith("#") && !destination.startsWith("/");
    }

    public static String render(Node document, BodyContext context) {
        HtmlRenderer renderer = HtmlRenderer.builder()
                // ours come first so they win over the defaults
                .nodeRendererFactory(c -> new PilNodeRenderer(c, context))
                .extensions(EXTENSIONS)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .build();
        return renderer.render(document);
    }

    private static final class PilNodeRenderer implements NodeRenderer {
        private final HtmlNodeRendererContext html;
        private final HtmlWriter out;
        private final BodyContext context;

        PilNodeRenderer(HtmlNodeRendererContext html, BodyContext context) {
            this.html = html;
            this.out = html.getWriter();
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Link.class, LeafletCard.class, Alert.class);
        }

        @Override
        public void render(Node node) {
            switch (node) {
                case Link link -> renderLink(link);
                case LeafletCard card -> {
                    out.line();
                    out.raw(context.cardHtml(card.leafletId()));
                    out.line();
                }
                case Alert alert -> renderAlert(alert);
                default -> throw new IllegalArgumentException("unexpected node " + node);
            }
        }

        private void renderLink(Link link) {
            String destination = link.getDestination();
            Map<String, String> attrs = new LinkedHashMap<>();
            String marker = null;
            if (isLeafletTarget(destination)) {
                int hash = destination.indexOf('#');
                String id = hash < 0 ? destination : destination.substring(0, hash);
                String fragment = hash < 0 ? null : destination.substring(hash + 1);
                BodyContext.ResolvedLink resolved = context.resolveLeaflet(id, fragment);
                if (resolved == null) {
                    renderChildren(link);
                    return;
                }
                attrs.put("href", resolved.href());
                if (resolved.hreflang() != null) {
                    attrs.put("hreflang", resolved.hreflang());
                }
                marker = resolved.marker();
            } else {
                String url = html.shouldSanitizeUrls() ? html.urlSanitizer().sanitizeLinkUrl(destination) : destination;
                attrs.put("href", html.encodeUrl(url));
            }
            if (link.getTitle() != null) {
                attrs.put("title", link.getTitle());
            }
            out.tag("a", html.extendAttributes(link, "a", attrs));
            renderChildren(link);
            out.tag("/a");
            if (marker != null) {
                out.raw(" ");
                out.tag("span", Map.of("class", "lang-marker"));
                out.text(marker);
                out.tag("/span");
            }
        }

        private void renderAlert(Alert alert) {
            out.line();
            Map<String, String> attrs = new LinkedHashMap<>(); // fixed order: output must be reproducible
            attrs.put("class", "callout callout-" + alert.kind().key());
            attrs.put("role", "note");
            out.tag("aside", attrs);
            out.tag("p", Map.of("class", "callout-title"));
            out.text(context.alertTitle(alert.kind()));
            out.tag("/p");
            renderChildren(alert);
            out.tag("/aside");
            out.line();
        }

        private void renderChildren(Node parent) {
            Node child = parent.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                html.render(child);
                child = next;
            }
        }
    }
}
