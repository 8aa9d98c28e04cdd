package nl.pil.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.pil.ContentFixture;
import nl.pil.compile.BuildResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the built site contains: pages, fallbacks, cards, warnings, metadata, sitemap. */
class SiteOutputTest {
    @TempDir
    Path dir;

    ContentFixture f;

    @BeforeEach
    void build() throws Exception {
        f = new ContentFixture(dir)
                .leaflet(
                        "mri",
                        "exam",
                        "MRI-scan",
                        "prepare-days: 3\nreviewers: [\"dr. A. Jansen, radioloog\"]\nrelated: [ct]",
                        "## Voorbereiding\n\n> [!IMPORTANT]\n> Bel ons bij een pacemaker.\n\nZie ook [de CT](ct).\n")
                .translation(
                        "mri",
                        "en",
                        "MRI scan",
                        "",
                        "## Preparation\n\n> [!IMPORTANT]\n> Call us if you have a pacemaker.\n\n"
                                + "See also [the CT](ct).\n\n![An MRI scanner](scan.png)\n")
                .leaflet("ct", "exam", "CT-scan", "prepare-days: 1", "Tekst over de CT </script>.\n")
                .leaflet("liver", "condition", "Uitzaaiingen in de lever", "", "## Onderzoeken\n\n[[mri]]\n\n[[ct]]\n");
        javax.imageio.ImageIO.write(
                new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png",
                f.root().resolve("mri/scan.png").toFile());
        f.write("mri/nl.md", Files.readString(f.root().resolve("mri/nl.md")) + "\n![Een MRI-scanner](scan.png)\n");
        BuildResult result = f.build();
        assertEquals(
                java.util.List.of(
                        "ct/nl.md:12:18: warning: raw HTML is not allowed and is shown as plain text [raw-html]",
                        "mri/en.md:1:1: warning: the en translation of 'mri' does not say which version of the source it was translated from"),
                f.headlines(result));
        assertTrue(result.published());
    }

    @Test
    void everyLeafletInItsLanguagesAndIndexesAndHome() {
        for (String p : new String[] {
            "index.html",
            "404.html",
            "sitemap.xml",
            "robots.txt",
            "assets/pil.css",
            "nl/index.html",
            "en/index.html",
            "nl/mri/index.html",
            "en/mri/index.html",
            "nl/ct/index.html",
            "nl/liver/index.html"
        }) {
            assertTrue(Files.isRegularFile(f.output().resolve(p)), p);
        }
        assertFalse(Files.exists(f.output().resolve("en/ct/index.html")), "no page for an untranslated leaflet");
        assertTrue(Files.isRegularFile(f.output().resolve("nl/mri/scan.png")), "images are copied beside the page");
    }

    @Test
    void linksAndCardsFallBackToTheSourceLanguageMarkedAsSuch() {
        String en = f.read("en/mri/index.html");
        assertTrue(
                en.contains(
                        "<a href=\"../../nl/ct/\" hreflang=\"nl\">the CT</a> <span class=\"lang-marker\" lang=\"nl\" dir=\"ltr\">(Nederlands)</span>"),
                en);
        assertTrue(en.contains("<article class=\"card card-exam\" lang=\"nl\" dir=\"ltr\">"), en);
        assertTrue(en.contains("<html lang=\"en\" dir=\"ltr\">"), en);
        String enIndex = f.read("en/index.html");
        assertTrue(
                enIndex.contains(
                        "href=\"../nl/ct/\" hreflang=\"nl\" lang=\"nl\" dir=\"ltr\">CT-scan</a> <span class=\"lang-marker\" lang=\"nl\" dir=\"ltr\">(Nederlands)</span>"),
                enIndex);
    }

    @Test
    void preparationWarningOnPageAndCardsWithPluralRules() {
        String mri = f.read("nl/mri/index.html");
        assertTrue(mri.contains("Lees deze folder minstens 3 dagen vóór uw onderzoek goed door."), mri);
        String liver = f.read("nl/liver/index.html");
        assertTrue(liver.contains("Lees dit minstens 3 dagen vóór uw onderzoek"), "card of the MRI shows its warning");
        assertTrue(liver.contains("Lees dit minstens 1 dag vóór uw onderzoek"), "singular for one day");
        String en = f.read("en/mri/index.html");
        assertTrue(en.contains("at least 3 days before your examination"), en);
    }

    @Test
    void languageSwitcherAndHreflangAlternates() {
        String nl = f.read("nl/mri/index.html");
        assertTrue(
                nl.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://folders.test.example/en/mri/\">"),
                nl);
        assertTrue(
                nl.contains(
                        "<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://folders.test.example/nl/mri/\">"),
                nl);
        assertTrue(nl.contains("<a href=\"../../en/mri/\" hreflang=\"en\" lang=\"en\">English</a>"), nl);
        assertTrue(nl.contains("<span aria-current=\"page\" lang=\"nl\">Nederlands</span>"), nl);
    }

    @Test
    void footerNamesReviewAndPeopleAndDepartment() {
        String nl = f.read("nl/mri/index.html");
        assertTrue(
                nl.contains(
                        "<dt>Laatst gecontroleerd</dt><dd><time datetime=\"2026-01-10\">10 januari 2026</time></dd>"),
                nl);
        assertTrue(nl.contains("<dt>Geschreven door</dt><dd><bdi>Afdeling Radiologie</bdi></dd>"), nl);
        assertTrue(nl.contains("<dt>Gecontroleerd door</dt><dd><bdi>dr. A. Jansen, radioloog</bdi></dd>"), nl);
        assertTrue(
                nl.contains("<a href=\"tel:+31405550120\" dir=\"ltr\">+31 40 555 01 20</a>"),
                "numbers keep their order in right-to-left pages");
        assertTrue(nl.contains("<p class=\"callout-title\">Belangrijk</p>"), nl);
    }

    @Test
    void jsonLdIsValidAndCannotCloseTheScript() throws Exception {
        String ct = f.read("nl/ct/index.html");
        Matcher m = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
                .matcher(ct);
        assertTrue(m.find());
        JsonNode ld = new ObjectMapper().readTree(m.group(1));
        assertEquals("MedicalWebPage", ld.get("@type").asText());
        assertEquals("MedicalTest", ld.get("about").get("@type").asText());
        assertEquals("2026-01-10", ld.get("lastReviewed").asText());
        assertEquals("nl", ld.get("inLanguage").asText());
        JsonNode condition = JsonLd.of(f.read("nl/liver/index.html"));
        assertEquals("MedicalCondition", condition.get("about").get("@type").asText());
        assertTrue(ct.contains("Tekst over de CT &lt;/script&gt;."), "body text is escaped");
    }

    @Test
    void sitemapListsEveryPageWithAlternates() {
        String xml = f.read("sitemap.xml");
        assertTrue(xml.contains("<loc>https://folders.test.example/en/mri/</loc>"), xml);
        assertTrue(
                xml.contains(
                        "<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://folders.test.example/en/mri/\"/>"),
                xml);
        assertTrue(
                xml.contains(
                        "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"https://folders.test.example/nl/ct/\"/>"),
                xml);
        assertFalse(xml.contains("https://folders.test.example/en/ct/"), "untranslated pages are not in the sitemap");
        assertTrue(xml.contains("<loc>https://folders.test.example/en/departments/radiology/</loc>"), xml);
        assertEquals(
                2 * (3 + 2) + 4,
                xml.split("<url>").length - 1,
                "per language 3 index views (by type, A–Z, by department) and 2 department pages; 4 leaflet pages");
        assertTrue(f.read("robots.txt").contains("Sitemap: https://folders.test.example/sitemap.xml"));
    }

    @Test
    void indexGroupsByTypeThenDepartment() {
        String nl = f.read("nl/index.html");
        int conditions = nl.indexOf("id=\"condition-title\">Aandoeningen</h2>");
        int exams = nl.indexOf("id=\"exam-title\">Onderzoeken</h2>");
        assertTrue(conditions > 0 && exams > conditions, nl);
        assertTrue(nl.indexOf(">CT-scan</a>") < nl.indexOf(">MRI-scan</a>"), "sorted by title");
        assertTrue(nl.substring(exams).contains("<h3 class=\"department-title\">Radiologie</h3>"));
    }

    @Test
    void homeOffersEveryLanguageAnd404UsesSiteRootPaths() {
        String home = f.read("index.html");
        assertTrue(home.contains("<a href=\"nl/\" hreflang=\"nl\" lang=\"nl\" dir=\"ltr\">Nederlands</a>"), home);
        assertTrue(home.contains("<a href=\"en/\" hreflang=\"en\" lang=\"en\" dir=\"ltr\">English</a>"), home);
        String notFound = f.read("404.html");
        assertTrue(notFound.contains("href=\"/assets/pil.css\""), notFound);
        assertTrue(notFound.contains("<a href=\"/en/\""), notFound);
    }

    @Test
    void userTemplatesOverrideBuiltInOnes() throws Exception {
        Path mine = dir.resolve("my-templates");
        Files.createDirectories(mine.resolve("i18n"));
        Files.writeString(mine.resolve("card.ftlh"), "<div class=\"my-card\">${card.title}</div>");
        Files.writeString(
                mine.resolve("i18n/nl.properties"), "prepare.title=LET OP\n", java.nio.charset.StandardCharsets.UTF_8);
        var options = new nl.pil.compile.BuildOptions(
                f.root(), java.util.List.of(mine), f.output(), ContentFixture.TODAY, java.util.Set.of("html", "index"));
        new nl.pil.compile.Compiler(options).build();
        String liver = f.read("nl/liver/index.html");
        assertTrue(liver.contains("<div class=\"my-card\">MRI-scan</div>"), liver);
        assertTrue(f.read("nl/mri/index.html").contains("LET OP"), "a message file overrides single keys");
        assertTrue(f.read("nl/mri/index.html").contains("Laatst gecontroleerd"), "other keys fall back");
    }
}
