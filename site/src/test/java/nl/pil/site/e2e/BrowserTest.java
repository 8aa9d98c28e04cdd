package nl.pil.site.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import nl.pil.compile.BuildOptions;
import nl.pil.compile.Compiler;
import nl.pil.site.StaticSiteServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sample site in real headless Chromium (Debian's chromium + chromium-driver): a patient types a query,
 * sees the right leaflet first and follows it; every kind of page passes axe-core's WCAG 2.2 A/AA rules. Skipped on a developer machine without Chromium; in CI
 * ({@code CI=true}) a missing browser is a failure.
 */
class BrowserTest {
    @TempDir
    static Path dir;

    static StaticSiteServer server;
    static WebDriver browser;
    static String base;

    @BeforeAll
    static void start() throws IOException {
        Chromium.requireInstalled();
        server = SampleSite.serve(SampleSite.build(dir.resolve("site"), BuildOptions.FORMATS));
        base = SampleSite.address(server);
        browser = Chromium.start(Chromium.options(dir.resolve("profile")));
    }

    @AfterAll
    static void stop() {
        SampleSite.stop(server, browser);
    }

    private static WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    @Test
    void patientTypesAQueryAndFollowsTheFirstResult() {
        browser.get(base + "/nl/search/");
        WebElement box = browser.findElement(By.id("search-q"));
        box.sendKeys("voorbereiding mri");
        WebElement first = waitUpTo(10)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#search-results ol li h2 a")));
        waitUpTo(10)
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("#search-results .search-summary"), "voorbereiding mri"));
        first = browser.findElement(By.cssSelector("#search-results ol li h2 a"));
        assertEquals("MRI-scan", first.getText());
        first.click();
        waitUpTo(10).until(ExpectedConditions.urlContains("/nl/mri-scan/"));
        assertEquals("MRI-scan", browser.findElement(By.tagName("h1")).getText());
        assertTrue(
                browser.findElement(By.className("prepare-warning")).getText().contains("3 dagen"));
    }

    @Test
    void headerSearchWorksFromAnyPageByKeyboardAlone() {
        browser.get(base + "/en/ct-scan/");
        WebElement box = browser.findElement(By.id("header-q"));
        box.sendKeys("keyhole surgery", Keys.ENTER);
        waitUpTo(10).until(ExpectedConditions.urlContains("/en/search/"));
        WebElement first = waitUpTo(10)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#search-results ol li h2 a")));
        assertEquals("Laparoscopy (keyhole surgery)", first.getText());
        assertEquals("polite", browser.findElement(By.id("search-results")).getAttribute("aria-live"));
    }

    @Test
    void withoutJavaScriptTheServerFillsInTheResults() {
        browser.get(base + "/nl/search/?q=kijkoperatie");
        // the server-rendered list is in the page source before any script runs
        String source =
                (String) ((JavascriptExecutor) browser).executeScript("return document.documentElement.outerHTML");
        assertTrue(source.contains("Kijkoperatie (laparoscopie)"), "server-side results");
        assertEquals(
                "Kijkoperatie (laparoscopie)",
                browser.findElement(By.cssSelector("#search-results ol li h2 a"))
                        .getText());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/nl/",
                "/en/",
                "/nl/liver-metastases/",
                "/nl/mri-scan/",
                "/nl/primary-liver-cancer/",
                "/en/treatment-of-metastases/",
                "/en/aftercare-liver-surgery/",
                "/nl/search/?q=uitzaaiing",
                "/en/search/",
                "/does-not-exist"
            })
    void pagesMeetWcag22AA(String path) {
        browser.get(base + path);
        Axe.assertNoViolations(browser, path);
    }

    @Test
    void aPatientsStoryIsSetApartFromTheText() {
        browser.get(base + "/nl/primary-liver-cancer/");
        WebElement quote = browser.findElement(By.cssSelector(".leaflet-body blockquote"));
        assertTrue(quote.isDisplayed());
        assertTrue(quote.getText().startsWith("Ik was heel bang voor de operatie."), quote.getText());
        JavascriptExecutor js = (JavascriptExecutor) browser;
        // a bar on the start side and the words in italics: a person speaking, not the hospital
        assertEquals("4px", js.executeScript("return getComputedStyle(arguments[0]).borderLeftWidth", quote));
        WebElement words = quote.findElement(By.cssSelector("p:first-child"));
        assertEquals("italic", words.getCssValue("font-style"));
        WebElement before = quote.findElement(By.xpath("preceding-sibling::p[1]"));
        assertEquals("normal", before.getCssValue("font-style"));
        assertTrue(
                words.getLocation().getX() > before.getLocation().getX() + 10,
                "the story is indented: " + words.getLocation() + " vs " + before.getLocation());
        WebElement who = quote.findElement(By.cssSelector("p:last-child"));
        assertEquals("— Ria (68), geopereerd aan haar lever", who.getText());
        assertEquals("normal", who.getCssValue("font-style"));
        assertNotEquals(
                words.getCssValue("color"),
                who.getCssValue("color"),
                "who said it is set in a quieter colour than what was said");
    }

    @Test
    void arabicPagesAreRightToLeftWithMirroredLayout() throws IOException {
        browser.get(base + "/ar/mri-scan/");
        WebElement html = browser.findElement(By.tagName("html"));
        assertEquals("rtl", html.getAttribute("dir"));
        assertEquals("ar", html.getAttribute("lang"));
        WebElement warning = browser.findElement(By.className("prepare-warning"));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        // the warning's accent bar is on the start side, which is the right in Arabic
        assertEquals("6px", js.executeScript("return getComputedStyle(arguments[0]).borderRightWidth", warning));
        assertEquals("0px", js.executeScript("return getComputedStyle(arguments[0]).borderLeftWidth", warning));
        WebElement h1 = browser.findElement(By.tagName("h1"));
        long pageWidth = (Long) js.executeScript("return document.documentElement.clientWidth");
        long right = ((Number) js.executeScript("return arguments[0].getBoundingClientRect().right", h1)).longValue();
        assertTrue(right > pageWidth / 2, "the title is set from the right");
        // a phone number keeps its digit order inside Arabic text
        WebElement phone = browser.findElement(By.cssSelector(".department-contact a[href^='tel:']"));
        assertEquals("ltr", phone.getAttribute("dir"));
        Path shot = Path.of("target/screenshots/ar-mri-scan.png");
        Files.createDirectories(shot.getParent());
        Files.write(
                shot,
                ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    @Test
    void arabicSearchFindsArabicLeaflets() {
        browser.get(base + "/ar/search/");
        browser.findElement(By.id("search-q")).sendKeys("الرنين المغناطيسي");
        WebElement first = waitUpTo(10)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#search-results ol li h2 a")));
        assertTrue(first.getAttribute("href").endsWith("/ar/mri-scan/"), first.getAttribute("href"));
    }

    @Test
    void pagesReloadAfterARebuildAndShowBuildErrors() throws Exception {
        Path content = dir.resolve("live-content");
        Path site = dir.resolve("live-site");
        Files.createDirectories(content.resolve("ct"));
        Files.writeString(
                content.resolve("site.yaml"),
                "name: Test\nbase-url: https://t.example/\nlanguages: [nl]\n"
                        + "departments: {radiology: {name: Radiologie}}\n");
        String leaflet = "---\ntype: exam\ntitle: CT-scan\nsummary: Over de scan.\ncode: R-1\ndepartment: radiology\n"
                + "reviewed: 2026-01-01\nreview-due: 2028-01-01\nauthors: [R]\n---\n";
        Files.writeString(content.resolve("ct/nl.md"), leaflet + "Eerste versie.\n");
        BuildOptions options = new BuildOptions(content, List.of(), site, LocalDate.of(2026, 11, 23));
        // as pil watch runs: a session, a first build, then the rebuild loop on a thread of its own
        nl.pil.compile.BuildSession session = new nl.pil.compile.BuildSession();
        new Compiler(options, nl.pil.output.Progress.NONE, session).build();
        nl.pil.serve.LiveReload live = new nl.pil.serve.LiveReload();
        StaticSiteServer watching = new StaticSiteServer();
        watching.enableLiveReload(live);
        watching.start(site, new InetSocketAddress("127.0.0.1", 0));
        nl.pil.watch.Rebuilder rebuilder = new nl.pil.watch.Rebuilder(options, session, live);
        List<String> rebuilds = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        Thread loop = new Thread(() -> {
            try {
                rebuilder.run(new nl.pil.watch.Rebuilder.Listener() {
                    @Override
                    public void rebuilt(nl.pil.watch.Rebuilder.Rebuilt rebuilt) {
                        rebuilds.add(rebuilt.result().hasErrors() ? "errors" : "published");
                    }

                    @Override
                    public void failed(Exception e) {
                        rebuilds.add("failed: " + e);
                    }
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        loop.setDaemon(true);
        loop.start();
        try {
            browser.get("http://127.0.0.1:" + watching.address().getPort() + "/nl/ct/");
            assertTrue(browser.getPageSource().contains("Eerste versie."));
            // the page has fetched the current version (its first status request, without 'since', has completed)
            waitUpTo(10)
                    .until(
                            ExpectedConditions.jsReturnsValue(
                                    "return performance.getEntriesByType('resource').some(e => e.name.endsWith('/_pil/status')) || null"));
            Files.writeString(content.resolve("ct/nl.md"), leaflet + "Tweede versie.\n"); // the writer saves
            waitUpTo(10)
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.className("leaflet-body"), "Tweede versie."));

            Files.writeString(content.resolve("ct/nl.md"), leaflet + "Zie [de MRI](mri).\n");
            WebElement overlay =
                    waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=alert]")));
            assertTrue(overlay.getText().contains("link to unknown leaflet 'mri'"), overlay.getText());
            assertOverlayIsSeenOverThePage(overlay);
            assertTrue(
                    browser.findElement(By.className("leaflet-body")).getText().contains("Tweede versie."),
                    "last good version stays");
            assertEquals(List.of("published", "errors"), rebuilds, "one rebuild per save");
        } finally {
            rebuilder.close();
            watching.close();
            session.close();
        }
    }

    /**
     * What a writer sees: the error panel styled by its stylesheet (the page's CSP refuses inline styles), fixed at the
     * top of the window, and in front of the page's own content.
     */
    @SuppressWarnings("unchecked")
    private static void assertOverlayIsSeenOverThePage(WebElement overlay) {
        // the stylesheet loads on its own: wait for it rather than for a time
        waitUpTo(10).until(d -> "fixed".equals(overlay.getCssValue("position")));
        assertTrue(overlay.isDisplayed(), "displayed");
        var box = (java.util.Map<String, Object>) ((JavascriptExecutor) browser).executeScript("""
                        const o = arguments[0], r = o.getBoundingClientRect();
                        const x = r.left + r.width / 2, y = r.top + r.height / 2;
                        const hit = document.elementFromPoint(x, y);
                        return {top: r.top, left: r.left, width: r.width, height: r.height,
                                windowWidth: window.innerWidth, windowHeight: window.innerHeight,
                                onTop: hit !== null && o.contains(hit),
                                background: getComputedStyle(o).backgroundColor,
                                color: getComputedStyle(o).color};
                        """, overlay);
        double top = ((Number) box.get("top")).doubleValue();
        double width = ((Number) box.get("width")).doubleValue();
        double height = ((Number) box.get("height")).doubleValue();
        double windowWidth = ((Number) box.get("windowWidth")).doubleValue();
        double windowHeight = ((Number) box.get("windowHeight")).doubleValue();
        assertEquals(0.0, top, 0.5, "at the top of the window: " + box);
        assertEquals(windowWidth, width, 20, "as wide as the window: " + box);
        assertTrue(height >= 60 && height <= windowHeight / 2 + 1, "tall enough to read, at most half: " + box);
        assertEquals(Boolean.TRUE, box.get("onTop"), "in front of the page's content: " + box);
        assertEquals("rgb(253, 236, 235)", box.get("background"), "the panel's colour, not transparent: " + box);
        assertEquals("rgb(27, 31, 36)", box.get("color"), "dark text: " + box);
    }
}
