package nl.pil.site.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.pil.compile.BuildOptions;
import nl.pil.compile.Compiler;
import nl.pil.health.HealthReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The content-health page of the sample content as the hospital's team sees it in Chromium: a visible table of every
 * leaflet and language, a chart, columns that sort when their heading is clicked, and a filter that hides the rest.
 */
class HealthPageBrowserTest {
    @TempDir
    static Path dir;

    static WebDriver browser;
    static HealthReport.Written page;

    @BeforeAll
    static void start() throws IOException {
        Chromium.requireInstalled();
        BuildOptions options = new BuildOptions(
                Path.of("../content"),
                List.of(Path.of("../templates")),
                dir.resolve("site"),
                LocalDate.of(2026, 11, 23));
        page = HealthReport.write(options, dir.resolve("health"), new Compiler(options).check())
                .orElseThrow();
        browser = Chromium.start(Chromium.options(dir.resolve("profile")));
    }

    @BeforeEach
    void open() {
        browser.get(page.file().toUri().toString()); // each test starts from the page as written: unsorted, unfiltered
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static List<WebElement> visibleRows() {
        return browser.findElements(By.cssSelector("#leaflets tbody tr")).stream()
                .filter(WebElement::isDisplayed)
                .toList();
    }

    /** The reading-ease cell's sort value of each visible row, top to bottom. */
    private static List<Double> scores() {
        return visibleRows().stream()
                .map(r -> Double.parseDouble(
                        r.findElements(By.tagName("td")).get(1).getDomAttribute("data-sort")))
                .toList();
    }

    @Test
    void everyLeafletAndLanguageIsAVisibleRowBesideAChart() {
        assertEquals(page.rows(), visibleRows().size(), "one visible row per leaflet and language");
        WebElement chart = browser.findElement(By.cssSelector("svg[role=img]"));
        assertTrue(chart.isDisplayed() && chart.getSize().getHeight() > 50, "the chart is drawn");
    }

    @Test
    void clickingReadingEaseSortsTheRowsOneWayThenTheOther() {
        WebElement button = browser.findElement(By.xpath("//table[@id='leaflets']//th[3]/button"));
        button.click();
        List<Double> ascending = scores();
        assertEquals(ascending.stream().sorted().toList(), ascending, "lowest reading ease first");
        button.click();
        List<Double> descending = scores();
        assertEquals(descending.stream().sorted((a, b) -> Double.compare(b, a)).toList(), descending);
        assertTrue(descending.getFirst() > descending.getLast(), "the order really changed: " + descending);
    }

    @Test
    void theFilterHidesEveryOtherLeaflet() {
        WebElement filter = browser.findElement(By.id("filter"));
        filter.clear();
        filter.sendKeys("ct-scan");
        List<WebElement> rows = visibleRows();
        assertTrue(!rows.isEmpty() && rows.size() < page.rows(), rows.size() + " of " + page.rows() + " rows shown");
        assertTrue(rows.stream().allMatch(r -> r.getText().toLowerCase().contains("ct-scan")), "only ct-scan rows");
    }
}
