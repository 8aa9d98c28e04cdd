package nl.pil.site.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The ways into the sample leaflets as a patient meets them in Chromium with JavaScript off: the home page, the A–Z
 * view and its type filter, the department pages, cards side by side on a wide screen and stacked on a phone.
 */
class IndexViewsBrowserTest {
    @TempDir
    static Path dir;

    static StaticSiteServer server;
    static WebDriver browser;
    static String site;

    @BeforeAll
    static void start() throws IOException {
        Chromium.requireInstalled();
        server = SampleSite.serve(SampleSite.build(dir.resolve("site"), Set.of("html")));
        site = SampleSite.address(server);
        browser = Chromium.startWithoutScripts(dir.resolve("profile"));
    }

    @AfterAll
    static void stop() {
        SampleSite.stop(server, browser);
    }

    @Test
    void theTypeFilterOfTheAToZViewWorksWithoutJavaScript() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get(site + "/nl/a-z/");
        List<WebElement> items = browser.findElements(By.cssSelector(".az-letter li"));
        int exams = browser.findElements(By.cssSelector(".az-letter li.t-exam")).size();
        assertTrue(exams > 0 && exams < items.size(), "the sample has examinations and other leaflets");
        assertEquals(items.size(), visible(items).size(), "every sample leaflet, before filtering");
        browser.findElement(By.cssSelector("label[for='f-exam']")).click();
        List<WebElement> shown = visible(items);
        assertEquals(exams, shown.size(), "only the examinations");
        for (WebElement li : shown) {
            assertEquals("t-exam", li.getAttribute("class"));
        }
        // a letter with no examination disappears with its leaflets, one with them stays
        List<WebElement> letters = browser.findElements(By.cssSelector("section.az-letter"));
        int hidden = 0;
        for (WebElement letter : letters) {
            boolean hasExam = !letter.findElements(By.cssSelector("li.t-exam")).isEmpty();
            assertEquals(hasExam, letter.isDisplayed(), letter.getAttribute("id"));
            hidden += hasExam ? 0 : 1;
        }
        assertTrue(hidden > 0, "some letters hold no examination");
        browser.findElement(By.cssSelector("label[for='f-all']")).click();
        assertEquals(items.size(), visible(items).size(), "all again");
    }

    @Test
    void theLettersAreInAlphabeticalOrderAndLeadToTheirLeaflets() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get(site + "/nl/a-z/");
        List<WebElement> headings = browser.findElements(By.cssSelector(".az-letter h2"));
        List<String> letters = headings.stream().map(WebElement::getText).toList();
        assertEquals(letters.stream().sorted().toList(), letters);
        for (int i = 1; i < headings.size(); i++) {
            assertTrue(headings.get(i).getLocation().getY()
                    > headings.get(i - 1).getLocation().getY());
        }
        browser.findElement(By.linkText("M")).click();
        String anchor =
                "#" + headings.get(letters.indexOf("M")).getAttribute("id").replace("-title", "");
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains(anchor));
    }

    @Test
    void aRunOfCardsSitsSideBySideOnAWideScreenAndStacksOnAPhone() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get(site + "/nl/departments/radiology/");
        List<WebElement> cards = browser.findElements(By.cssSelector(".type-group .card"));
        assertTrue(cards.size() >= 3, "radiology has several leaflets");
        WebElement first = cards.get(0);
        WebElement second = cards.get(1);
        assertEquals(first.getLocation().getY(), second.getLocation().getY(), "side by side");
        assertTrue(second.getLocation().getX()
                > first.getLocation().getX() + first.getSize().getWidth() / 2);
        browser.manage().window().setSize(new Dimension(400, 900));
        browser.navigate().refresh();
        cards = browser.findElements(By.cssSelector(".type-group .card"));
        assertEquals(
                cards.get(0).getLocation().getX(), cards.get(1).getLocation().getX(), "one column on a phone");
        assertTrue(
                cards.get(1).getLocation().getY() > cards.get(0).getLocation().getY());
    }

    @Test
    void theHomePageLeadsToSearchTheEditorsChoiceAndTheDepartments() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get(site + "/");
        WebElement search = browser.findElement(By.id("home-q"));
        WebElement featured = browser.findElement(By.cssSelector(".featured"));
        WebElement departments = browser.findElement(By.cssSelector(".home-departments"));
        assertTrue(search.isDisplayed() && featured.isDisplayed() && departments.isDisplayed());
        assertTrue(search.getLocation().getY() < featured.getLocation().getY());
        assertTrue(featured.getLocation().getY() < departments.getLocation().getY());
        assertEquals(
                "Uitzaaiingen in de lever",
                featured.findElement(By.cssSelector(".card-title")).getText());
        departments.findElement(By.linkText("Radiologie")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/nl/departments/radiology/"));
        assertEquals("Radiologie", browser.findElement(By.tagName("h1")).getText());
        WebElement phone = browser.findElement(By.cssSelector(".department-facts a[href^='tel:']"));
        assertTrue(phone.isDisplayed());
        assertEquals("tel:+31405550120", phone.getAttribute("href"));
        // and the search box, without JavaScript, is a plain form to the search page
        browser.get(site + "/");
        browser.findElement(By.id("home-q")).sendKeys("lever");
        browser.findElement(By.cssSelector(".home-search button")).click();
        // the form's navigation may still be on its way when click() returns
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/nl/search/?q=lever"));
        assertEquals("Zoeken", browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void aCarePathPageShowsWhatToPrepareThenItsLeafletsNumberedInReadingOrder() throws IOException {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get(site + "/nl/");
        browser.findElement(By.cssSelector(".bundles a[href*='liver-metastases-care-path']"))
                .click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains(
                        "/nl/bundles/liver-metastases-care-path/"));
        WebElement warnings = browser.findElement(By.cssSelector(".bundle-page .prepare-warning"));
        assertTrue(warnings.isDisplayed());
        assertTrue(warnings.getText().contains("MRI-scan"), warnings.getText());
        List<WebElement> items = browser.findElements(By.cssSelector("ol.bundle-list > li"));
        // the leaflets as content/bundles/ lists them, one under the other, below what to prepare, numbered
        List<String> ids = new nl.pil.load.ContentLoader(Path.of("../content"))
                .load(new nl.pil.model.Diagnostics())
                .orElseThrow()
                .bundle("liver-metastases-care-path")
                .orElseThrow()
                .leafletIds();
        assertEquals(ids.size(), items.size());
        for (int i = 0; i < items.size(); i++) {
            WebElement item = items.get(i);
            assertTrue(item.isDisplayed());
            assertTrue(item.findElement(By.cssSelector(".card-title a"))
                    .getAttribute("href")
                    .endsWith("/nl/" + ids.get(i) + "/"));
            assertTrue(item.getLocation().getY()
                    > (i == 0
                            ? warnings.getLocation().getY()
                            : items.get(i - 1).getLocation().getY()));
        }
        assertEquals("decimal", items.getFirst().getCssValue("list-style-type"));
    }

    @Test
    void theNewPagesMeetWcag22AA() {
        WebDriver scripted = Chromium.start(Chromium.options(dir.resolve("profile-axe"))); // axe-core is a script
        try {
            for (String path : List.of(
                    "/",
                    "/nl/a-z/",
                    "/ar/a-z/",
                    "/nl/departments/",
                    "/en/departments/surgery/",
                    "/ar/departments/radiology/",
                    "/nl/",
                    "/nl/bundles/liver-metastases-care-path/",
                    "/ar/bundles/liver-scans/")) {
                scripted.get(site + path);
                Axe.assertNoViolations(scripted, path);
            }
        } finally {
            scripted.quit();
        }
    }

    private static List<WebElement> visible(List<WebElement> elements) {
        return elements.stream().filter(WebElement::isDisplayed).toList();
    }
}
