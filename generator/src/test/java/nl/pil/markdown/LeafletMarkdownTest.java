package nl.pil.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;

class LeafletMarkdownTest {

    /** Resolves every id to ../../nl/<id>/, except ids starting with "x-" which only exist in Dutch. */
    private static final class FakeContext implements BodyContext {
        final List<String> cards = new ArrayList<>();

        @Override
        public ResolvedLink resolveLeaflet(String id, String fragment) {
            if (id.equals("unknown")) {
                return null;
            }
            String href = "../../" + (id.startsWith("x-") ? "nl" : "en") + "/" + id + "/"
                    + (fragment == null ? "" : "#" + fragment);
            return id.startsWith("x-")
                    ? new ResolvedLink(href, "nl", "(Nederlands)")
                    : new ResolvedLink(href, null, null);
        }

        @Override
        public String cardHtml(String id) {
            cards.add(id);
            return "<div class=\"card\">" + id + "</div>";
        }

        @Override
        public String alertTitle(Alert.Kind kind) {
            return "Title " + kind.key();
        }
    }

    private static String render(String markdown) {
        return LeafletMarkdown.renderHtml(LeafletMarkdown.parse(markdown), new FakeContext());
    }

    @Test
    void cardParagraphBecomesACard() {
        FakeContext context = new FakeContext();
        String html =
                LeafletMarkdown.renderHtml(LeafletMarkdown.parse("Intro\n\n[[ct-scan]]\n\n  [[ mri ]]  \n"), context);
        assertEquals(List.of("ct-scan", "mri"), context.cards);
        assertTrue(html.contains("<div class=\"card\">ct-scan</div>"), html);
        assertFalse(html.contains("[["), html);
    }

    @Test
    void cardInsideTextIsNotACard() {
        FakeContext context = new FakeContext();
        LeafletMarkdown.renderHtml(LeafletMarkdown.parse("See [[ct-scan]] here\n\n    [[indented-code]]\n"), context);
        assertEquals(List.of(), context.cards);
    }

    @Test
    void leafletLinksResolveAndMarkOtherLanguages() {
        String html = render("Read [CT](ct-scan) and [MRI](x-mri#preparation).\n");
        assertTrue(html.contains("<a href=\"../../en/ct-scan/\">CT</a>"), html);
        assertTrue(
                html.contains(
                        "<a href=\"../../nl/x-mri/#preparation\" hreflang=\"nl\">MRI</a> <span class=\"lang-marker\" lang=\"nl\" dir=\"ltr\">(Nederlands)</span>"),
                html);
    }

    @Test
    void otherLinksPassThroughAndDangerousOnesAreDefused() {
        String html = render(
                "[site](https://example.org/a?b=1&c=2) [mail](mailto:x@example.org) [bad](javascript:alert(1))\n");
        assertTrue(html.contains("href=\"https://example.org/a?b=1&amp;c=2\""), html);
        assertTrue(html.contains("href=\"mailto:x@example.org\""), html);
        assertFalse(html.contains("javascript:"), html);
    }

    @Test
    void alertsBecomeCallOutsWithTranslatedTitles() {
        String html = render(
                "> [!WARNING]\n> Call us when you have a fever.\n>\n> - above 38.5 °C\n\n> [!note]\n> Lowercase works too.\n");
        assertTrue(
                html.contains(
                        "<aside class=\"callout callout-warning\" role=\"note\"><p class=\"callout-title\">Title warning</p>"),
                html);
        assertTrue(html.contains("<li>above 38.5 °C</li>"), html);
        assertTrue(html.contains("callout-note"), html);
        assertFalse(html.contains("[!"), html);
        assertFalse(html.contains("<blockquote>"), html);
    }

    @Test
    void unknownAlertTypeStaysAQuote() {
        Node doc = LeafletMarkdown.parse("> [!DANGER]\n> text\n");
        assertTrue(doc.getFirstChild() instanceof BlockQuote);
        assertTrue(render("> [!DANGER]\n> text\n").contains("<blockquote>"));
    }

    @Test
    void rawHtmlIsEscaped() {
        String html = render("<script>alert(1)</script>\n\nText <img src=x onerror=alert(1)> here\n");
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }

    @Test
    void tablesAndHeadingAnchors() {
        String html = render("## Week één\n\n| Week | Wat |\n|---|---|\n| 1 | Rust |\n");
        assertTrue(html.contains("<h2 id=\"week-één\">") || html.contains("<h2 id=\"week-"), html);
        assertTrue(html.contains("<table>") && html.contains("<th>Week</th>"), html);
    }

    @Test
    void targetKinds() {
        assertTrue(isLeafletLink("ct-scan"));
        assertTrue(isLeafletLink("ct-scan#voorbereiding"));
        assertFalse(isLeafletLink("foto.png"));
        assertFalse(isLeafletLink("https://example.org"));
        assertTrue(LeafletMarkdown.isLocalFile("foto.png"));
        assertTrue(LeafletMarkdown.isLocalFile("bijlagen/lijst.pdf"));
        assertFalse(LeafletMarkdown.isLocalFile("mailto:x@y.nl"));
        assertFalse(LeafletMarkdown.isLocalFile("#section"));
        assertFalse(LeafletMarkdown.isLocalFile("/absolute"));
        assertFalse(LeafletMarkdown.isLocalFile("ct-scan"));
    }

    @Test
    void plainTextOfATableKeepsCellsAndRowsApart() {
        assertEquals(
                "Intro\nWeek| Wat\n1| Rust\n2| Werk\nOutro",
                LeafletMarkdown.plainText(LeafletMarkdown.parse(
                        "Intro\n\n| Week | Wat |\n|---|---|\n| 1 | Rust |\n| 2 | Werk |\n\nOutro\n")));
    }

    @Test
    void plainTextIsTheWordsWithoutMarkup() {
        String markdown =
                "## Kop met `code`\n\nEen *zin*\nmet een [link](https://x.nl \"titel\") en `code`.\\\nNieuwe regel.\n\n"
                        + "- een\n- twee\n  1. drie\n\n```\nniet\n```\n\n    ook niet\n\n<div>\nblok\n</div>\n\nTekst <b>vet</b>\n\n---\n\n"
                        + "![foto](a.png)\n\n> citaat\n";
        assertEquals(
                "Kop met code\n\nEen zin met een link en code.\nNieuwe regel.\neen\ntwee\ndrie\nTekst vet\nfoto\ncitaat",
                LeafletMarkdown.plainText(LeafletMarkdown.parse(markdown)));
    }

    @Test
    void headingsAreTheirPlainText() {
        assertEquals(
                List.of("Een b", "In een citaat", "Setext"),
                LeafletMarkdown.headings(
                        LeafletMarkdown.parse("## Een `b`\n\ntekst\n\n> ### In een *citaat*\n\nSetext\n---\n")));
    }

    /** Whether {@code [x](destination)} parses as a leaflet link. */
    private static boolean isLeafletLink(String destination) {
        return LeafletMarkdown.parse("[x](" + destination + ")").getFirstChild().getFirstChild() instanceof LeafletLink;
    }
}
