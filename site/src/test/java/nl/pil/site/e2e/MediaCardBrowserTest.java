package nl.pil.site.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import nl.pil.compile.BuildOptions;
import nl.pil.compile.BuildResult;
import nl.pil.compile.Compiler;
import nl.pil.site.SampleContent;
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
 * A video card as a patient meets it in Chromium: its poster shows, its transcript is a link, and until the patient
 * clicks, the page has asked nothing of the video's host (every resource the browser fetched is this site's).
 */
class MediaCardBrowserTest {
    @TempDir
    static Path dir;

    static StaticSiteServer server;
    static WebDriver browser;
    static String site;

    @BeforeAll
    static void start() throws IOException {
        Chromium.requireInstalled();
        Path content = dir.resolve("content");
        SampleContent.copyTo(content);
        Files.writeString(content.resolve("links.yaml"), """
                film-leveroperatie:
                  url: https://video.example.org/leveroperatie
                  kind: video
                  organisation: Voorbeeld Patiëntenvereniging
                  title: {nl: Film over een leveroperatie}
                  summary: {nl: Een patiënt vertelt over haar operatie.}
                  transcript: https://video.example.org/leveroperatie/tekst
                  poster: media/film.png
                """, StandardOpenOption.APPEND);
        BufferedImage still = new BufferedImage(320, 180, BufferedImage.TYPE_INT_RGB);
        var g = still.createGraphics();
        g.setColor(new Color(0x00, 0x5a, 0x8c));
        g.fillRect(0, 0, 320, 180);
        g.dispose();
        Files.createDirectories(content.resolve("media"));
        ImageIO.write(still, "png", content.resolve("media/film.png").toFile());
        Files.writeString(
                content.resolve("liver-resection/nl.md"),
                "\nBekijk ook de film:\n\n[[link:film-leveroperatie]]\n",
                StandardOpenOption.APPEND);
        BuildResult result = new Compiler(new BuildOptions(
                        content,
                        List.of(Path.of("../templates")),
                        dir.resolve("site"),
                        SampleSite.TODAY,
                        Set.of("html")))
                .build();
        assertTrue(result.published(), result.diagnostics()::toString);
        server = SampleSite.serve(dir.resolve("site"));
        site = SampleSite.address(server);
        browser = Chromium.start(Chromium.options(dir.resolve("profile")));
    }

    @AfterAll
    static void stop() {
        SampleSite.stop(server, browser);
    }

    @Test
    void thePosterShowsAndNothingIsAskedOfTheVideosHostBeforeAClick() {
        browser.get(site + "/nl/liver-resection/");
        WebElement card = browser.findElement(By.cssSelector(".card-video"));
        WebElement poster = card.findElement(By.cssSelector("img.card-poster"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", poster); // it loads lazily
        // until it has loaded it has no height: wait for the picture, then look
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(d -> ((Number) ((JavascriptExecutor) d)
                                        .executeScript(
                                                "return arguments[0].complete ? arguments[0].naturalWidth : 0", poster))
                                .intValue()
                        == 320);
        assertTrue(poster.isDisplayed(), "the poster loaded from this site and shows");
        assertTrue(poster.getSize().getWidth() > 200, "shown across the card: " + poster.getSize());
        assertEquals(
                "Video: Voorbeeld Patiëntenvereniging",
                card.findElement(By.cssSelector(".card-type")).getText());
        assertEquals(
                "https://video.example.org/leveroperatie/tekst",
                card.findElement(By.cssSelector(".card-transcript a")).getAttribute("href"));
        @SuppressWarnings("unchecked")
        List<String> fetched = (List<String>) ((JavascriptExecutor) browser)
                .executeScript("return performance.getEntriesByType('resource').map(e => e.name)");
        assertTrue(fetched.stream().anyMatch(u -> u.endsWith("/media/film-leveroperatie.png")), fetched::toString);
        String origin = URI.create(site).getAuthority();
        for (String url : fetched) {
            assertEquals(origin, URI.create(url).getAuthority(), "fetched from another host: " + url);
        }
        assertFalse(browser.getPageSource().contains("<iframe"), "no embedded player");
    }
}
