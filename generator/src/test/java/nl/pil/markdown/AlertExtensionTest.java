package nl.pil.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

class AlertExtensionTest {

    @Test
    void aQuoteWithAKnownMarkerIsAnAlert() {
        Node doc = LeafletMarkdown.parse("> [!Caution]\n> Hot.\n");
        Alert alert = assertInstanceOf(Alert.class, doc.getFirstChild());
        assertEquals(Alert.Kind.CAUTION, alert.kind());
        assertEquals(doc.getFirstChild(), doc.getLastChild());
    }

    @Test
    void unknownMarkersAreFoundButStayQuotes() {
        BlockQuote quote = assertInstanceOf(
                BlockQuote.class, LeafletMarkdown.parse("> [!DANGER]\n> text\n").getFirstChild());
        assertEquals(Optional.of("DANGER"), AlertExtension.markerOf(quote));
    }

    @Test
    void htmlIsACallOutWithTheSitesTitle() {
        String html = LeafletMarkdown.renderHtml(LeafletMarkdown.parse("> [!TIP]\n> Drink *water*.\n"), new FakeSite());
        assertEquals(
                "<aside class=\"callout callout-tip\" role=\"note\"><p class=\"callout-title\">Title tip</p>\n"
                        + "<p>Drink <em>water</em>.</p>\n</aside>\n",
                html);
    }

    @Test
    void plainTextKeepsTheTextWithoutMarkerOrTitle() {
        assertEquals(
                "Before\nCall us when you have a fever.\nabove 38.5 °C\nAfter",
                LeafletMarkdown.plainText(LeafletMarkdown.parse(
                        "Before\n\n> [!WARNING]\n> Call us when you have a fever.\n>\n> - above 38.5 °C\n\nAfter\n")));
    }

    @Test
    void withoutASiteItCannotRenderHtml() {
        assertThrows(
                IllegalStateException.class,
                () -> HtmlRenderer.builder()
                        .extensions(List.of(AlertExtension.create()))
                        .build());
    }
}
