package nl.pil.site.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A question lands on the section that answers it, as a patient sees it in real Chromium: the first result shows the
 * section's heading (with and without JavaScript), and following it brings that heading into view, highlighted,
 * while the page's other headings are not; an FAQ question it lands on is open.
 */
class SearchSectionBrowserTest {
    /** The highlight of pil.css's {@code :target} rule. */
    private static final String HIGHLIGHT = "rgba(255, 243, 184, 1)";

    @TempDir
    static Path dir;

    static StaticSiteServer server;
    static WebDriver browser;
    static WebDriver noScript;
    static String base;

    @BeforeAll
    static void start() throws IOException {
        Chromium.requireInstalled();
        Path site = SampleSite.build(dir.resolve("site"), Set.of("html", "index"));
        server = SampleSite.serveUnhurried(site);
        base = SampleSite.address(server);
        browser = Chromium.start(Chromium.options(dir.resolve("profile")));
        noScript = Chromium.startWithoutScripts(dir.resolve("profile-noscript"));
    }

    @AfterAll
    static void stop() {
        SampleSite.stop(server, browser, noScript);
    }

    /** Types the question on the search page and returns the first result once the results are shown. */
    private static WebElement firstResult(String question) {
        browser.get(base + "/nl/search/");
        browser.findElement(By.id("search-q")).sendKeys(question);
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#search-results ol li")));
        return browser.findElement(By.cssSelector("#search-results ol li"));
    }

    private static boolean inView(WebDriver d, WebElement e) {
        return (Boolean) ((JavascriptExecutor) d)
                .executeScript(
                        "var r = arguments[0].getBoundingClientRect();"
                                + " return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;",
                        e);
    }

    @Test
    void aQuestionsFirstResultShowsTheAnsweringSectionAndFollowingItHighlightsIt() {
        WebElement first = firstResult("mag ik eten voor de ct-scan");
        assertEquals("CT-scan", first.findElement(By.cssSelector("h2 a")).getText());
        WebElement section = first.findElement(By.cssSelector(".result-section a"));
        assertTrue(section.isDisplayed());
        assertEquals("Op de dag van het onderzoek", section.getText());
        assertTrue(
                section.getLocation().getY()
                        < first.findElement(By.cssSelector(".snippet"))
                                .getLocation()
                                .getY(),
                "the section's heading comes before its snippet");
        assertTrue(
                first.findElement(By.cssSelector(".snippet")).getText().contains("Eet de laatste 2 uur"),
                first.getText());
        section.click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.urlContains("/nl/ct-scan/#op-de-dag-van-het-onderzoek"));
        WebElement heading = browser.findElement(By.id("op-de-dag-van-het-onderzoek"));
        assertTrue(inView(browser, heading), "the section is scrolled into view");
        assertEquals(HIGHLIGHT, heading.getCssValue("background-color"), "the section's heading is highlighted");
        assertNotEquals(
                HIGHLIGHT,
                browser.findElement(By.id("na-het-onderzoek")).getCssValue("background-color"),
                "other headings are not");
    }

    @Test
    void anFaqAnswerItLandsOnIsOpenAndHighlighted() {
        WebElement first = firstResult("mag ik na de pet-ct zelf autorijden");
        WebElement section = first.findElement(By.cssSelector(".result-section a"));
        assertEquals("Mag ik na het onderzoek autorijden?", section.getText());
        section.click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.urlContains("#mag-ik-na-het-onderzoek-autorijden"));
        WebElement question = browser.findElement(By.id("mag-ik-na-het-onderzoek-autorijden"));
        WebElement item = question.findElement(By.xpath("ancestor::details"));
        assertEquals("true", item.getAttribute("open"), "the question is open");
        WebElement answer = item.findElement(By.tagName("p"));
        assertTrue(answer.isDisplayed());
        assertTrue(inView(browser, question), "the question is scrolled into view");
        assertEquals(HIGHLIGHT, item.getCssValue("background-color"), "the question and its answer are highlighted");
    }

    @Test
    void withoutJavaScriptTheResultShowsTheSectionToo() {
        noScript.get(base + "/nl/search/?q=" + URLEncoder.encode("hoe lang duurt een mri", StandardCharsets.UTF_8));
        WebElement first = noScript.findElement(By.cssSelector("#search-results ol li"));
        assertEquals("MRI-scan", first.findElement(By.cssSelector("h2 a")).getText());
        WebElement section = first.findElement(By.cssSelector(".result-section a"));
        assertTrue(section.isDisplayed());
        assertEquals("Hoe gaat het onderzoek?", section.getText());
        section.click();
        new WebDriverWait(noScript, Duration.ofSeconds(10))
                .until(ExpectedConditions.urlContains("/nl/mri-scan/#hoe-gaat-het-onderzoek"));
        WebElement heading = noScript.findElement(By.id("hoe-gaat-het-onderzoek"));
        assertTrue(inView(noScript, heading), "the section is scrolled into view");
        assertEquals(HIGHLIGHT, heading.getCssValue("background-color"));
    }
}
