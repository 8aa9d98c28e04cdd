package nl.pil.site.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import nl.pil.compile.BuildOptions;
import nl.pil.site.StaticSiteServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Paging tells the truth, as a patient sees it in real Chromium: for a query with more leaflets than fit on one
 * page, the total the API reports is the total both search pages state, the "more results" button (with
 * JavaScript) and link (without) bring exactly the remaining leaflets, in the API's order, and the API's facet
 * counts are the totals its filters return. Also: a question's stop words do not make every leaflet match, and a
 * query no leaflet contains shows the related ones under a notice.
 */
class SearchPagingBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static StaticSiteServer server;
    static WebDriver browser;
    static WebDriver noScript;
    static String base;

    @BeforeAll
    static void start() throws IOException {
        Chromium.requireInstalled();
        Path site = SampleSite.build(dir.resolve("site"), BuildOptions.FORMATS);
        server = SampleSite.serveUnhurried(site);
        base = SampleSite.address(server);
        browser = Chromium.start(Chromium.options(dir.resolve("profile")));
        noScript = Chromium.startWithoutScripts(dir.resolve("profile-noscript"));
    }

    @AfterAll
    static void stop() {
        SampleSite.stop(server, browser, noScript);
    }

    static JsonNode api(String query) throws IOException {
        return JSON.readTree(URI.create(base + "/api/search?" + query).toURL());
    }

    static List<String> titles(JsonNode answer) {
        List<String> titles = new ArrayList<>();
        answer.path("results").forEach(r -> titles.add(r.path("title").asText()));
        return titles;
    }

    /** The titles of the visible results, in the order shown. */
    static List<String> shownTitles(WebDriver d) {
        List<String> titles = new ArrayList<>();
        for (WebElement a : d.findElements(By.cssSelector("#search-results ol li h2 a"))) {
            assertTrue(a.isDisplayed(), "result title visible: " + a.getText());
            titles.add(a.getText());
        }
        return titles;
    }

    @Test
    void apiPagesAddUpToTheTotalAndFacetsAreWhatTheFiltersReturn() throws IOException {
        JsonNode first = api("q=lever&lang=nl&limit=10");
        long total = first.path("total").asLong();
        assertTrue(total > 10, "more than one page for 'lever': " + total);
        assertEquals(10, first.path("nextOffset").asInt());
        JsonNode second = api("q=lever&lang=nl&limit=10&offset=10");
        assertEquals(total, second.path("total").asLong());
        assertTrue(second.path("nextOffset").isMissingNode(), "the second page is the last");
        List<String> all = new ArrayList<>(titles(first));
        all.addAll(titles(second));
        assertEquals(total, all.size(), "every match on one of the pages");
        assertEquals(total, new HashSet<>(all).size(), "no leaflet on two pages");
        assertEquals(titles(api("q=lever&lang=nl&limit=50")), all, "the pages in the order of one long list");

        long typeSum = 0;
        for (var type : first.path("facets").path("type").properties()) {
            long count = type.getValue().asLong();
            typeSum += count;
            JsonNode filtered = api("q=lever&lang=nl&limit=50&type=" + type.getKey());
            assertEquals(count, filtered.path("total").asLong(), "facet type=" + type.getKey());
            assertEquals(count, filtered.path("results").size());
            // the type's own count stays what choosing it gives, while it is chosen
            assertEquals(
                    count,
                    filtered.path("facets").path("type").path(type.getKey()).asLong());
        }
        assertEquals(total, typeSum, "the type counts add up to the total");
    }

    @Test
    void withJavaScriptMoreResultsAppendsTheNextPage() throws IOException {
        JsonNode all = api("q=lever&lang=nl&limit=50");
        long total = all.path("total").asLong();
        browser.get(base + "/nl/search/");
        browser.findElement(By.id("search-q")).sendKeys("lever");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#search-results .search-summary"), "‘lever’"));
        WebElement summary = browser.findElement(By.cssSelector("#search-results .search-summary"));
        assertEquals(total + " folders gevonden voor ‘lever’.", summary.getText());
        assertEquals(titles(all).subList(0, 10), shownTitles(browser));
        WebElement more = browser.findElement(By.cssSelector("#search-results .search-more button"));
        assertTrue(more.isDisplayed());
        assertEquals("Meer resultaten", more.getText());
        assertTrue(
                more.getLocation().getY()
                        > browser.findElements(By.cssSelector("#search-results ol li"))
                                .getLast()
                                .getLocation()
                                .getY(),
                "the button comes after the list");
        more.click();
        wait.until(d -> d.findElements(By.cssSelector("#search-results ol li")).size() == total);
        assertEquals(titles(all), shownTitles(browser));
        assertTrue(
                browser.findElements(By.cssSelector("#search-results .search-more"))
                        .isEmpty(),
                "no more");
    }

    @Test
    void withoutJavaScriptTheMoreResultsLinkShowsTheNextPage() throws IOException {
        JsonNode all = api("q=lever&lang=nl&limit=50");
        long total = all.path("total").asLong();
        noScript.get(base + "/nl/search/?q=lever");
        assertEquals(
                total + " folders gevonden voor ‘lever’.",
                noScript.findElement(By.cssSelector("#search-results .search-summary"))
                        .getText());
        assertEquals(titles(all).subList(0, 10), shownTitles(noScript));
        WebElement more = noScript.findElement(By.cssSelector("#search-results .search-more a"));
        assertTrue(more.isDisplayed());
        assertEquals("Meer resultaten", more.getText());
        more.click();
        new WebDriverWait(noScript, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("offset=10"));
        assertEquals(
                total + " folders gevonden voor ‘lever’.",
                noScript.findElement(By.cssSelector("#search-results .search-summary"))
                        .getText());
        assertEquals(titles(all).subList(10, (int) total), shownTitles(noScript));
        assertEquals(
                "11", noScript.findElement(By.cssSelector("#search-results ol")).getAttribute("start"));
        assertTrue(
                noScript.findElements(By.cssSelector("#search-results .search-more"))
                        .isEmpty(),
                "last page");
    }

    @Test
    void questionWordsDoNotMakeEveryLeafletMatch() throws IOException {
        long leaflets;
        try (var folders = java.nio.file.Files.list(Path.of("../content"))) {
            leaflets = folders.filter(f -> java.nio.file.Files.isRegularFile(f.resolve("nl.md")))
                    .count();
        }
        JsonNode answer = api("q=" + enc("mag ik eten voor de ct-scan") + "&lang=nl&limit=50");
        assertFalse(answer.path("related").asBoolean());
        assertTrue(
                answer.path("total").asLong() <= leaflets / 2, "focused: " + answer.path("total") + " of " + leaflets);
        assertEquals("ct-scan", answer.path("results").get(0).path("id").asText());
    }

    @Test
    void aQueryNoLeafletContainsShowsRelatedOnesUnderANotice() throws IOException {
        JsonNode answer = api("q=" + enc("lever zwangerschap") + "&lang=nl");
        assertTrue(answer.path("related").asBoolean(), answer::toString);
        assertTrue(answer.path("total").asLong() > 0);
        noScript.get(base + "/nl/search/?q=" + enc("lever zwangerschap"));
        WebElement notice = noScript.findElement(By.cssSelector("#search-results .search-related"));
        assertTrue(notice.isDisplayed());
        assertEquals(
                "Geen folder bevat precies ‘lever zwangerschap’ — "
                        + answer.path("total").asLong() + " verwante folders.",
                notice.getText());
        browser.get(base + "/nl/search/");
        browser.findElement(By.id("search-q")).sendKeys("lever zwangerschap");
        WebElement shown = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("#search-results .search-related")));
        assertEquals(notice.getText(), shown.getText());
        JsonNode english = api("q=" + enc("liver zwangerschap") + "&lang=en");
        assertTrue(english.path("related").asBoolean(), english::toString);
        assertEquals(
                "No exact match for ‘liver zwangerschap’ — showing "
                        + english.path("total").asLong() + " related leaflets.",
                english.path("texts").path("summary").asText());
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
