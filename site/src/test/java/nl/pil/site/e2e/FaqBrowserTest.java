package nl.pil.site.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import nl.pil.site.StaticSiteServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The FAQ of the sample PET-CT leaflet as a patient meets it in Chromium: questions listed in order with their answers
 * folded away, a click opens one, a link to a question opens it and brings it into view, and the page still meets
 * WCAG 2.2 AA.
 */
class FaqBrowserTest {
    @TempDir
    static Path dir;

    static StaticSiteServer server;
    static WebDriver browser;
    static String page;

    @BeforeAll
    static void start() throws IOException {
        Chromium.requireInstalled();
        server = SampleSite.serve(SampleSite.build(dir.resolve("site"), Set.of("html")));
        page = SampleSite.address(server) + "/nl/pet-ct/";
        browser = Chromium.start(Chromium.options(dir.resolve("profile")));
    }

    @AfterAll
    static void stop() {
        SampleSite.stop(server, browser);
    }

    private static List<WebElement> questions() {
        return browser.findElements(By.cssSelector("details.faq-item"));
    }

    private static WebElement answer(WebElement question) {
        return question.findElement(By.tagName("p"));
    }

    @Test
    void questionsAreListedInOrderWithTheirAnswersFoldedAway() {
        browser.get(page);
        List<WebElement> questions = questions();
        assertEquals(
                List.of(
                        "Mag ik iemand meenemen?",
                        "Mag ik mijn medicijnen innemen?",
                        "Mag ik na het onderzoek autorijden?"),
                questions.stream()
                        .map(q -> q.findElement(By.tagName("summary")).getText())
                        .toList());
        int previousTop = -1;
        for (WebElement q : questions) {
            WebElement summary = q.findElement(By.tagName("summary"));
            assertTrue(summary.isDisplayed(), "the question is visible");
            assertFalse(answer(q).isDisplayed(), "the answer waits for a click");
            assertTrue(summary.getLocation().getY() > previousTop, "questions run down the page in order");
            previousTop = summary.getLocation().getY();
            // the question reads as a heading, in the heading font weight, on the same line as the disclosure marker
            WebElement heading = summary.findElement(By.tagName("h3"));
            assertTrue(Integer.parseInt(heading.getCssValue("font-weight")) >= 600, heading.getCssValue("font-weight"));
            double fontSize =
                    Double.parseDouble(heading.getCssValue("font-size").replace("px", ""));
            assertTrue(heading.getSize().getHeight() < 3 * fontSize, "one line, not a block of its own");
        }
    }

    @Test
    void clickingAQuestionShowsItsAnswerBelowIt() {
        browser.get(page);
        WebElement second = questions().get(1);
        WebElement summary = second.findElement(By.tagName("summary"));
        summary.click();
        WebElement answer = answer(second);
        assertTrue(answer.isDisplayed(), "the answer opens");
        assertTrue(answer.getText().startsWith("Ja, neem uw medicijnen in"), answer.getText());
        assertTrue(answer.getLocation().getY() > summary.getLocation().getY(), "below its question");
        assertFalse(answer(questions().get(0)).isDisplayed(), "the others stay folded");
        assertFalse(answer(questions().get(2)).isDisplayed(), "the others stay folded");
    }

    @Test
    void aLinkToAQuestionOpensItInView() {
        browser.get("about:blank");
        browser.get(page + "#mag-ik-na-het-onderzoek-autorijden");
        WebElement third = questions().get(2);
        assertTrue(answer(third).isDisplayed(), "the linked question is open");
        long viewport = (Long) ((JavascriptExecutor) browser).executeScript("return window.innerHeight");
        WebElement heading = third.findElement(By.tagName("h3"));
        long top = ((Number) ((JavascriptExecutor) browser)
                        .executeScript("return arguments[0].getBoundingClientRect().top", heading))
                .longValue();
        long bottom = ((Number) ((JavascriptExecutor) browser)
                        .executeScript("return arguments[0].getBoundingClientRect().bottom", heading))
                .longValue();
        assertTrue(top > 0 && bottom < viewport, "the question in view: " + top + "–" + bottom + " of " + viewport);

        // a link followed on the page itself opens its question too
        browser.findElement(By.tagName("body")); // the page is loaded
        ((JavascriptExecutor) browser).executeScript("location.hash = '#mag-ik-iemand-meenemen'");
        assertTrue(answer(questions().get(0)).isDisplayed(), "opened by a link on the page");
    }

    @Test
    void thePageMeetsWcag22AA() {
        browser.get(page);
        questions().getFirst().findElement(By.tagName("summary")).click(); // open and closed disclosures both
        Axe.assertNoViolations(browser, "/nl/pet-ct/ with a question open");
    }
}
