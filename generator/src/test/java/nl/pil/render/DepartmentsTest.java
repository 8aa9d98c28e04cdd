package nl.pil.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.pil.ContentFixture;
import nl.pil.compile.BuildResult;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Departments as pages and cards, several departments per leaflet, the index views (A–Z, by department) and the home
 * page's editors' choice.
 */
class DepartmentsTest {
    @TempDir
    java.nio.file.Path dir;

    private static final String SITE = """
            name: {nl: Testziekenhuis, en: Test Hospital}
            base-url: https://folders.test.example/
            languages: [nl, en]
            featured: [mri, lever]
            departments:
              radiology:
                name: {nl: Radiologie, en: Radiology}
                about: {nl: Wij maken beelden van uw lichaam., en: We make images of your body.}
                phone: "+31 40 555 01 20"
                email: radiologie@test.example
                hours: {nl: Werkdagen 8–17 uur, en: Weekdays 8 am – 5 pm}
                location: {nl: Route 12, en: Route 12 (ground floor)}
              surgery:
                name: {nl: Chirurgie, en: Surgery}
                phone: "+31 40 555 02 10"
            """ + ContentFixture.PLAIN_LANGUAGE_OFF;

    private ContentFixture fixture() {
        return new ContentFixture(dir)
                .write("site.yaml", SITE)
                .write("people/anna-de-vries.yaml", """
                        name: Anna de Vries
                        function: {nl: Laborant, en: Radiographer}
                        department: radiology
                        phone: "+31 40 555 01 21"
                        """)
                .leaflet("mri", "exam", "MRI-scan", "", "Over de MRI.\n")
                .leaflet("echo", "exam", "Echo", "", "Over de echo.\n")
                .leaflet(
                        "lever",
                        "treatment",
                        "Leveroperatie",
                        "",
                        "Over de operatie.\n\nHier werken we samen:\n\n[[department:radiology]]\n\n"
                                + "[[department:surgery]]\n")
                .write(
                        "lever/nl.md",
                        read(fixtureFile("lever")).replace("department: radiology", "department: [surgery, radiology]"))
                .translation("mri", "en", "MRI scan", "", "About the MRI.\n")
                .stampTranslations();
    }

    @Test
    void everyDepartmentHasAPagePerLanguageWithItsLeafletsByTypeAndItsPeople() throws IOException {
        ContentFixture f = fixture();
        BuildResult result = f.build();
        assertTrue(result.published(), result.diagnostics()::toString);
        String nl = f.read("nl/departments/radiology/index.html");
        assertTrue(nl.contains("<h1>Radiologie</h1>\n  <p class=\"lead\">Wij maken beelden van uw lichaam.</p>"), nl);
        assertTrue(
                nl.contains("<dt>Telefoon</dt><dd><a href=\"tel:+31405550120\" dir=\"ltr\">+31 40 555 01 20</a></dd>"));
        assertTrue(nl.contains("<dt>Waar u ons vindt</dt><dd>Route 12</dd>"), nl);
        // the leaflets naming it, as main department or as the second of two, grouped by type in the type order
        List<String> titles = cardTitles(nl);
        assertEquals(List.of("Echo", "MRI-scan", "Leveroperatie"), titles);
        assertTrue(nl.indexOf("<h2 id=\"exam-title\">Onderzoeken</h2>") < nl.indexOf("Echo</a>"));
        assertTrue(nl.indexOf("<h2 id=\"treatment-title\">Behandelingen</h2>") < nl.indexOf("Leveroperatie</a>"));
        assertTrue(nl.contains("<bdi>Anna de Vries</bdi>"), "its people: " + nl);
        String en = f.read("en/departments/radiology/index.html");
        assertTrue(en.contains("<dd>Route 12 (ground floor)</dd>"), en);
        assertTrue(en.contains(">MRI scan</a>"), "translated titles on the English page");
        assertTrue(en.contains("hreflang=\"nl\">Echo</a>"), "an untranslated leaflet links to the Dutch page");
        String surgery = f.read("nl/departments/surgery/index.html");
        assertEquals(List.of("Leveroperatie"), cardTitles(surgery));
        assertFalse(surgery.contains("Anna de Vries"));
        assertTrue(f.read("sitemap.xml").contains("<loc>https://folders.test.example/en/departments/surgery/</loc>"));
    }

    @Test
    void theDepartmentPageDescribesAMedicalClinicOfTheHospital() throws IOException {
        ContentFixture f = fixture();
        assertTrue(f.build().published());
        JsonNode ld = JsonLd.of(f.read("en/departments/radiology/index.html"));
        assertEquals("https://schema.org", ld.get("@context").asText());
        assertEquals("MedicalClinic", ld.get("@type").asText());
        assertEquals("Radiology", ld.get("name").asText());
        assertEquals("We make images of your body.", ld.get("description").asText());
        assertEquals("+31 40 555 01 20", ld.get("telephone").asText());
        assertEquals(
                "https://folders.test.example/en/departments/radiology/",
                ld.get("url").asText());
        assertEquals("Hospital", ld.get("parentOrganization").get("@type").asText());
        assertEquals("Test Hospital", ld.get("parentOrganization").get("name").asText());
        assertEquals("Anna de Vries", ld.get("employee").get(0).get("name").asText());
        // and a person names the clinic they work for, with its page
        JsonNode worksFor = ld.get("employee").get(0).get("worksFor");
        assertEquals("MedicalClinic", worksFor.get("@type").asText());
        assertEquals(
                "https://folders.test.example/en/departments/radiology/",
                worksFor.get("url").asText());
    }

    @Test
    void aLeafletWithSeveralDepartmentsListsThemAllAndShowsDepartmentCards() throws IOException {
        ContentFixture f = fixture().withPdf();
        assertTrue(f.build().published());
        String page = f.read("nl/lever/index.html");
        assertTrue(
                page.contains("<p class=\"leaflet-kind\">Behandeling · <a href=\"../../nl/departments/surgery/\">"
                        + "Chirurgie</a> · <a href=\"../../nl/departments/radiology/\">Radiologie</a></p>"),
                page);
        String contact = page.substring(page.indexOf("<section class=\"department-contact\""));
        assertTrue(contact.indexOf("Chirurgie") < contact.indexOf("Radiologie"), "main department first");
        // two department cards in a row: one grid, each card with its page, kind and phone to tap
        assertTrue(page.contains("<div class=\"card-grid\">\n<article class=\"card card-department\">"), page);
        assertTrue(page.contains("""
                <article class="card card-department">
                  <h3 class="card-title"><a href="../../nl/departments/radiology/">Radiologie</a></h3>
                  <p class="card-meta"><span class="card-type">Afdeling</span> · Telefoon: \
                <a href="tel:+31405550120" dir="ltr">+31 40 555 01 20</a></p>
                  <p class="card-summary">Wij maken beelden van uw lichaam.</p>
                  <p class="card-location">Route 12</p>
                </article>"""), page);
        assertTrue(page.indexOf("</article>\n</div>") > page.indexOf("card-department"), "the grid is closed");
        // the handout: both departments' phone numbers, the department card with its address to type in
        String text;
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(pdfOf(f, "nl/lever")))) {
            text = new PDFTextStripper().getText(pdf).replaceAll("[\\s\\u00A0\\u202F]+", " ");
        }
        assertTrue(text.contains("+31 40 555 02 10"), text);
        assertTrue(text.contains("+31 40 555 01 20"), text);
        assertTrue(text.contains("folders.test.example/nl/departments/radiology"), text);
    }

    @Test
    void theAToZIndexUsesTheLanguagesAlphabetAndFiltersByTypeWithoutScript() {
        ContentFixture f = fixture();
        assertTrue(f.build().published());
        String az = f.read("nl/a-z/index.html");
        List<String> letters = new ArrayList<>();
        Matcher m = Pattern.compile("<h2 id=\"letter-\\d+-title\">(.+?)</h2>").matcher(az);
        while (m.find()) {
            letters.add(m.group(1));
        }
        assertEquals(List.of("E", "L", "M"), letters);
        assertTrue(az.indexOf(">Echo</a>") < az.indexOf(">Leveroperatie</a>"));
        assertTrue(az.contains("<li><span class=\"az-empty\">A</span></li>"), "letters without leaflets stay visible");
        assertTrue(az.contains("<li class=\"t-exam\"><a href=\"../../nl/mri/\">MRI-scan</a>"), az);
        assertTrue(az.contains("<input type=\"radio\" name=\"type-filter\" id=\"f-exam\" value=\"exam\">"
                + "<label for=\"f-exam\">Onderzoeken</label>"));
        assertFalse(az.contains("id=\"f-condition\""), "only types that have leaflets");
        assertFalse(az.contains("<script"), "the filter is CSS");
        String css = f.read("assets/pil.css");
        assertTrue(css.contains(".az:has(#f-exam:checked) .leaflet-list li:not(.t-exam)"));
    }

    @Test
    void theDepartmentIndexAndHomePageOfferTheEditorsChoiceAndEveryDepartment() {
        ContentFixture f = fixture();
        assertTrue(f.build().published());
        String byDepartment = f.read("nl/departments/index.html");
        assertTrue(byDepartment.indexOf("Chirurgie</a></h2>") < byDepartment.indexOf("Radiologie</a></h2>"));
        String radiology = byDepartment.substring(byDepartment.indexOf("Radiologie</a></h2>"));
        assertTrue(radiology.contains(">Leveroperatie</a>"), "listed under each of its departments");
        String home = f.read("index.html");
        assertEquals(List.of("MRI-scan", "Leveroperatie"), cardTitles(home), "featured, in site.yaml's order");
        assertTrue(home.indexOf("id=\"home-q\"") < home.indexOf("featured-title"), "search first");
        assertTrue(
                home.contains("<li><a href=\"nl/#exam\">Onderzoeken</a> <span class=\"tile-count\">(2)</span></li>"));
        assertTrue(home.contains("<li><a href=\"nl/departments/radiology/\">Radiologie</a></li>"));
        String enIndex = f.read("en/index.html");
        assertEquals(List.of("MRI scan", "Leveroperatie"), cardTitles(enIndex.substring(0, enIndex.indexOf("toc"))));
        assertTrue(enIndex.contains("<li><a href=\"../en/a-z/\">A–Z</a></li>"), enIndex);
        assertTrue(enIndex.contains("<li><a href=\"../en/\" aria-current=\"page\">By kind</a></li>"));
    }

    @Test
    void unknownDepartmentsFeaturedLeafletsAndReservedIdsAreReportedWhereWritten() {
        ContentFixture f = fixture()
                .write("site.yaml", SITE.replace("featured: [mri, lever]", "featured: [mri, levr]"))
                .leaflet("search", "general", "Zoeken", "", "Tekst.\n")
                .leaflet("nier", "condition", "Nier", "", "Over de nier.\n\n[[department:radiolgy]]\n");
        f.write(
                "nier/nl.md",
                read(f.root().resolve("nier/nl.md"))
                        .replace("department: radiology", "department:\n  - surgery\n  - surgry\n  - surgery"));
        assertEquals(
                List.of(
                        "nier/nl.md:8:5: error: unknown department 'surgry'",
                        "nier/nl.md:9:5: warning: department 'surgery' is named twice",
                        "nier/nl.md:16:1: error: card of unknown department 'radiolgy'",
                        "search/nl.md:1:1: error: leaflet id 'search' is taken by the site's own 'search' page",
                        "site.yaml:4:17: error: 'featured' names unknown leaflet 'levr'"),
                f.headlines(f.check()));
        assertTrue(f.check().diagnostics().stream()
                .anyMatch(d -> d.message().contains("'radiolgy'") && d.hint().startsWith("did you mean 'radiology'?")));
    }

    private static List<String> cardTitles(String html) {
        List<String> titles = new ArrayList<>();
        Matcher m = Pattern.compile("<h3 class=\"card-title\"><a href=\"[^\"]*\"[^>]*>(.+?)</a>")
                .matcher(html);
        while (m.find()) {
            titles.add(m.group(1));
        }
        return titles;
    }

    private java.nio.file.Path fixtureFile(String id) {
        return dir.resolve("content").resolve(id).resolve("nl.md");
    }

    private static java.nio.file.Path pdfOf(ContentFixture f, String folder) throws IOException {
        try (var files = Files.list(f.output().resolve(folder))) {
            return files.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        }
    }

    private static String read(java.nio.file.Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
