package nl.pil.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LeafletLinkExtensionTest {

    private static List<LeafletLink> leafletLinks(Node document) {
        List<LeafletLink> found = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof LeafletLink link) {
                    found.add(link);
                }
                visitChildren(node);
            }
        });
        return found;
    }

    private static List<Link> links(Node document) {
        List<Link> found = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                found.add(link);
                visitChildren(link);
            }
        });
        return found;
    }

    @Test
    void aLinkToALeafletBecomesALeafletLinkAtParseTime() {
        String markdown = "Read [the CT *scan*](ct-scan#voorbereiding \"Prepare\") first.\n";
        Node doc = LeafletMarkdown.parse(markdown);
        Paragraph paragraph = (Paragraph) doc.getFirstChild();
        LeafletLink link =
                assertInstanceOf(LeafletLink.class, paragraph.getFirstChild().getNext());
        assertEquals("ct-scan", link.leafletId());
        assertEquals("voorbereiding", link.fragment());
        assertEquals("Prepare", link.title());
        assertEquals("ct-scan#voorbereiding", link.destination());
        assertEquals("the CT ", ((Text) link.getFirstChild()).getLiteral());
        assertInstanceOf(Emphasis.class, link.getLastChild());
        Node asCommonMark = Parser.builder()
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .build()
                .parse(markdown);
        assertEquals(links(asCommonMark).getFirst().getSourceSpans(), link.getSourceSpans());
        assertEquals(1, link.getSourceSpans().size());
        assertEquals(List.of(), links(doc));
    }

    @Test
    void aBareIdHasNoFragmentOrTitle() {
        LeafletLink link =
                leafletLinks(LeafletMarkdown.parse("[CT](ct-scan)\n")).getFirst();
        assertEquals("ct-scan", link.leafletId());
        assertNull(link.fragment());
        assertNull(link.title());
    }

    @Test
    void leafletLinksInsideEmphasisListsAndReferencesAreFound() {
        Node doc = LeafletMarkdown.parse("*see [CT](ct-scan)*\n\n- [MRI](mri-scan)\n\nA [ref][r].\n\n[r]: pet-ct\n");
        assertEquals(
                List.of("ct-scan", "mri-scan", "pet-ct"),
                leafletLinks(doc).stream().map(LeafletLink::leafletId).toList());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://example.org",
                "file.pdf",
                "bijlagen/lijst.pdf",
                "mailto:x@example.org",
                "#section",
                "/absolute",
                "CT-Scan",
                "-x"
            })
    void otherLinksStayLinks(String destination) {
        Node doc = LeafletMarkdown.parse("[x](" + destination + ")\n");
        assertEquals(List.of(), leafletLinks(doc));
        assertEquals(
                List.of(destination),
                links(doc).stream().map(Link::getDestination).toList());
    }

    @Test
    void htmlLinksToTheLeafletAsTheSiteResolvesIt() {
        String html = LeafletMarkdown.renderHtml(
                LeafletMarkdown.parse("[CT](ct-scan \"Scan\") [MRI](x-mri#prep) [gone](unknown) [*em*](ct-scan)\n"),
                new FakeSite());
        assertEquals(
                "<p><a href=\"../../en/ct-scan/\" title=\"Scan\">CT</a> "
                        + "<a href=\"../../nl/x-mri/#prep\" hreflang=\"nl\">MRI</a> <span class=\"lang-marker\" lang=\"nl\" dir=\"ltr\">(Nederlands)</span> "
                        + "gone <a href=\"../../en/ct-scan/\"><em>em</em></a></p>\n",
                html);
    }

    @Test
    void otherLinksAreNotNofollowed() {
        String html = LeafletMarkdown.renderHtml(
                LeafletMarkdown.parse("[site](https://example.org \"T\") [f](bijlage.pdf)\n"), new FakeSite());
        assertTrue(html.contains("<a href=\"https://example.org\" title=\"T\">site</a>"), html);
        assertFalse(html.contains("nofollow"), html);
    }

    @Test
    void plainTextIsTheLinkText() {
        assertEquals(
                "Read the CT scan first.",
                LeafletMarkdown.plainText(
                        LeafletMarkdown.parse("Read [the CT *scan*](ct-scan#voorbereiding) first.\n")));
    }

    @Test
    void theExtensionWorksInAPlainCommonMarkSetUp() {
        List<LeafletLinkExtension> extensions = List.of(LeafletLinkExtension.create(new FakeSite()));
        Node doc = Parser.builder().extensions(extensions).build().parse("[CT](ct-scan)\n");
        assertEquals(
                "<p><a href=\"../../en/ct-scan/\">CT</a></p>\n",
                HtmlRenderer.builder().extensions(extensions).build().render(doc));
        assertEquals(
                "CT",
                TextContentRenderer.builder().extensions(extensions).build().render(doc));
    }

    @Test
    void withoutASiteItCannotRenderHtml() {
        assertThrows(
                IllegalStateException.class,
                () -> HtmlRenderer.builder()
                        .extensions(List.of(LeafletLinkExtension.create()))
                        .build());
    }
}
