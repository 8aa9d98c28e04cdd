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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The contact person and specialist of the sample liver-metastases leaflet as a patient meets them in Chromium: cards
 * with the name, function and a phone number to tap, in Dutch and in Arabic (right to left), meeting WCAG 2.2 AA.
 */
class PeopleBrowserTest {
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
        browser = Chromium.start(Chromium.options(dir.resolve("profile")));
    }

    @AfterAll
    static void stop() {
        SampleSite.stop(server, browser);
    }

    @Test
    void theContactPersonIsACardWithAPhoneNumberToTap() {
        browser.get(site + "/nl/liver-metastases/");
        WebElement contacts = browser.findElement(By.cssSelector("section.people-contacts"));
        assertTrue(contacts.isDisplayed());
        assertEquals(
                "Uw vaste aanspreekpunt", contacts.findElement(By.tagName("h2")).getText());
        WebElement card = contacts.findElement(By.cssSelector(".person-card"));
        assertEquals("Marieke Bosman", card.findElement(By.tagName("h3")).getText());
        assertTrue(card.getText().contains("Verpleegkundig specialist oncologie"), card.getText());
        WebElement phone = card.findElement(By.cssSelector("a[href^='tel:']"));
        assertTrue(phone.isDisplayed());
        assertEquals("+31 40 555 03 35", phone.getText());
        assertEquals("tel:+31405550335", phone.getAttribute("href"));
        // a target a finger can hit (WCAG 2.2 asks at least 24 by 24 CSS pixels)
        assertTrue(phone.getSize().getHeight() >= 24, "phone link height " + phone.getSize());
        WebElement mail = card.findElement(By.cssSelector("a[href^='mailto:']"));
        assertEquals("mailto:m.bosman@maasoever.example", mail.getAttribute("href"));
        WebElement photo = card.findElement(By.cssSelector("img.person-photo"));
        assertTrue(photo.isDisplayed());
        assertTrue(
                ((Number) ((org.openqa.selenium.JavascriptExecutor) browser)
                                        .executeScript("return arguments[0].naturalWidth", photo))
                                .intValue()
                        > 0,
                "the photo loaded");
        assertTrue(
                photo.getLocation().getX()
                        > card.findElement(By.tagName("h3")).getLocation().getX(),
                "beside the name, at the end of the line");
        WebElement department = browser.findElement(By.cssSelector("section.department-contact"));
        assertTrue(
                card.getLocation().getY() < department.getLocation().getY(),
                "the person comes before the department's general number");
    }

    @Test
    void inArabicTheNumberStillReadsLeftToRight() {
        browser.get(site + "/ar/liver-metastases/");
        WebElement card = browser.findElement(By.cssSelector("section.people-contacts .person-card"));
        assertEquals("rtl", card.getCssValue("direction"));
        WebElement phone = card.findElement(By.cssSelector("a[href^='tel:']"));
        assertEquals("ltr", phone.getCssValue("direction"));
        assertEquals("+31 40 555 03 35", phone.getText());
        assertTrue(card.getText().contains("ممرضة متخصصة في الأورام"), card.getText());
    }

    @Test
    void pagesWithPersonCardsMeetWcag22AA() {
        for (String lang : List.of("nl", "ar")) {
            browser.get(site + "/" + lang + "/liver-metastases/");
            assertTrue(browser.findElement(By.cssSelector(".person-card")).isDisplayed());
            Axe.assertNoViolations(browser, lang);
        }
    }
}
