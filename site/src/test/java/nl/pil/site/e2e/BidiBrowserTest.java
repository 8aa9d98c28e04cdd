package nl.pil.site.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.pil.site.StaticSiteServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Dutch text inside the Arabic liver-metastases page as Chromium lays it out (issue #14): the cards of leaflets not
 * yet translated read left to right, with their full stop after the last word, and the "(Nederlands)" marker is one
 * unit with its brackets the right way round, in the cards and after links in the Arabic text.
 */
class BidiBrowserTest {
    @TempDir
    static Path dir;

    static StaticSiteServer server;
    static WebDriver browser;
    static String page;

    // the boxes of characters [start, end) of an element's last text node, or of its whole text when end is 0
    private static final String BOXES = """
            const el = arguments[0];
            const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
            let node, last = null;
            while ((node = walker.nextNode())) { if (node.data.trim()) last = node; }
            const text = last.data.replace(/\\s+$/, '');
            const box = (from, to) => {
              const r = document.createRange(); r.setStart(last, from); r.setEnd(last, to);
              const b = r.getBoundingClientRect();
              return {text: last.data.substring(from, to), left: b.left, right: b.right, top: b.top, bottom: b.bottom};
            };
            return arguments[1].map(([from, to]) => box(from < 0 ? text.length + from : from,
                                                       to <= 0 ? text.length + to : to));
            """;

    @BeforeAll
    static void start() throws IOException {
        Chromium.requireInstalled();
        server = SampleSite.serve(SampleSite.build(dir.resolve("site"), Set.of("html")));
        page = SampleSite.address(server) + "/ar/liver-metastases/";
        browser = Chromium.start(Chromium.options(dir.resolve("profile")));
    }

    @AfterAll
    static void stop() {
        SampleSite.stop(server, browser);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> boxes(WebElement element, List<List<Integer>> ranges) {
        return (List<Map<String, Object>>) ((JavascriptExecutor) browser).executeScript(BOXES, element, ranges);
    }

    private static double at(Map<String, Object> box, String side) {
        return ((Number) box.get(side)).doubleValue();
    }

    @Test
    void aDutchCardOnTheArabicPageEndsWithItsFullStopAfterTheLastWord() {
        browser.manage().window().setSize(new Dimension(1200, 1000));
        browser.get(page);
        assertEquals("rtl", browser.findElement(By.tagName("html")).getDomAttribute("dir"));
        List<WebElement> cards = browser.findElements(By.cssSelector("article.card[lang=nl]"));
        assertTrue(cards.size() >= 3, "the sample page shows Dutch cards of leaflets without Arabic: " + cards.size());
        for (WebElement card : cards) {
            WebElement summary = card.findElement(By.className("card-summary"));
            assertTrue(summary.isDisplayed());
            String text = summary.getText().strip();
            assertTrue(text.endsWith("."), text);
            int lastWord =
                    text.length() - 1 - text.substring(0, text.length() - 1).lastIndexOf(' ') - 1;
            // the last word, and the full stop after it
            List<Map<String, Object>> b =
                    boxes(summary, List.of(List.of(-1 - lastWord, -1), List.of(-1, 0), List.of(0, 1)));
            Map<String, Object> word = b.get(0);
            Map<String, Object> stop = b.get(1);
            assertEquals(".", stop.get("text"));
            assertEquals(at(word, "top"), at(stop, "top"), 2, "on the same line: " + b);
            assertTrue(
                    at(stop, "left") >= at(word, "right") - 0.5,
                    "left to right: the full stop stands right of '" + word.get("text") + "': " + b);
            assertEquals(
                    summary.getRect().getX(), at(b.get(2), "left"), 2, "and its first line starts at the left: " + b);
        }
    }

    @Test
    void theLanguageMarkerIsOneUnitWithItsBracketsTheRightWayRound() {
        // narrow, so that titles and sentences wrap
        browser.manage().window().setSize(new Dimension(360, 900));
        try {
            browser.get(page);
            List<WebElement> markers = browser.findElements(By.className("lang-marker"));
            assertTrue(markers.size() >= 5, "markers in cards and after links in the Arabic text: " + markers.size());
            boolean inArabicText = false;
            for (WebElement marker : markers) {
                ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", marker);
                assertEquals("(Nederlands)", marker.getText());
                long lines = (Long) ((JavascriptExecutor) browser)
                        .executeScript("return arguments[0].getClientRects().length", marker);
                assertEquals(1, lines, "'(Nederlands)' is not broken over lines");
                List<Map<String, Object>> b = boxes(marker, List.of(List.of(0, 1), List.of(1, 2), List.of(-1, 0)));
                assertTrue(
                        at(b.get(0), "right") <= at(b.get(1), "left") + 0.5
                                && at(b.get(1), "right") <= at(b.get(2), "left") + 0.5,
                        "'(', 'N' and ')' from left to right: " + b);
                inArabicText |= marker.findElement(By.xpath("..")).getTagName().equals("p");
            }
            assertTrue(inArabicText, "one of them after a link in an Arabic paragraph");
        } finally {
            browser.manage().window().setSize(new Dimension(1200, 1000));
        }
    }
}
