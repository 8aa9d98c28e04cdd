package nl.pil.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

class CardExtensionTest {

    @Test
    void aLineThatIsOnlyAnIdInDoubleBracketsIsACard() {
        Node doc = LeafletMarkdown.parse("  [[ ct-scan ]]  \n");
        assertEquals(
                "ct-scan",
                assertInstanceOf(LeafletCard.class, doc.getFirstChild()).leafletId());
        assertInstanceOf(
                Paragraph.class, LeafletMarkdown.parse("See [[ct-scan]]\n").getFirstChild());
    }

    @Test
    void htmlIsTheSitesCardOnLinesOfItsOwn() {
        FakeSite site = new FakeSite();
        String html = LeafletMarkdown.renderHtml(LeafletMarkdown.parse("Before\n\n[[ct-scan]]\n\nAfter\n"), site);
        assertEquals("<p>Before</p>\n<div class=\"card\">ct-scan</div>\n<p>After</p>\n", html);
        assertEquals(List.of("ct-scan"), site.cards);
    }

    @Test
    void aCardHasNoPlainTextAndKeepsTheTextAroundItApart() {
        assertEquals(
                "Before\nAfter", LeafletMarkdown.plainText(LeafletMarkdown.parse("Before\n\n[[ct-scan]]\n\nAfter\n")));
    }

    @Test
    void withoutASiteItCannotRenderHtml() {
        assertThrows(
                IllegalStateException.class,
                () -> HtmlRenderer.builder()
                        .extensions(List.of(CardExtension.create()))
                        .build());
    }
}
