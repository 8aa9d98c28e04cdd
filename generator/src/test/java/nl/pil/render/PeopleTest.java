package nl.pil.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.pil.ContentFixture;
import nl.pil.compile.BuildResult;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** People ({@code content/people/<id>.yaml}) named by leaflets: cards, credits, handouts, structured data, checks. */
class PeopleTest {
    @TempDir
    Path dir;

    private static final String ANNA = """
            name: Anna de Vries
            function: {nl: Verpleegkundig specialist, en: Nurse specialist}
            department: surgery
            phone: "+31 40 555 02 15"
            email: a.devries@test.example
            interests: {nl: Leverchirurgie, en: Liver surgery}
            """;

    private static final String LOTTE = """
            name: Lotte Jansen
            titles: dr.
            function: {nl: Chirurg, en: Surgeon}
            phone: "040 555 0216"
            profile: https://www.test.example/specialisten/lotte-jansen
            """;

    private ContentFixture fixture() {
        return new ContentFixture(dir)
                .write("site.yaml", ContentFixture.SITE_YAML + ContentFixture.PLAIN_LANGUAGE_OFF)
                .write("people/anna-de-vries.yaml", ANNA)
                .write("people/lotte-jansen.yaml", LOTTE)
                .leaflet(
                        "lever",
                        "condition",
                        "Leverkanker",
                        "reviewers: [lotte-jansen, Dr. P. Hendriks]\ncontacts: [anna-de-vries]\n"
                                + "specialists: [lotte-jansen]",
                        "Over de lever.\n")
                .translation("lever", "en", "Liver cancer", "", "About the liver.\n")
                .stampTranslations();
    }

    @Test
    void aContactPersonIsACardWithTappablePhoneAndMail() {
        ContentFixture f = fixture();
        BuildResult result = f.build();
        assertTrue(result.published(), result.diagnostics()::toString);
        String nl = f.read("nl/lever/index.html");
        assertTrue(nl.contains("""
                  <section class="people people-contacts" aria-labelledby="contacts-title">
                    <h2 id="contacts-title">Uw vaste aanspreekpunt</h2>
                    <div class="cards">
                <article class="card person-card">
                  <h3 class="card-title"><bdi>Anna de Vries</bdi></h3>
                  <p class="card-meta">Verpleegkundig specialist · <a href="../../nl/departments/surgery/">Chirurgie</a></p>
                  <p class="person-interests"><span class="person-label">Aandachtsgebieden:</span> Leverchirurgie</p>
                  <ul class="person-contact">
                    <li>Telefoon: <a href="tel:+31405550215" dir="ltr">+31 40 555 02 15</a></li>
                    <li>E-mail: <a href="mailto:a.devries@test.example" dir="ltr">a.devries@test.example</a></li>
                """), nl);
        assertTrue(nl.contains("<h2 id=\"specialists-title\">Specialisten</h2>"), nl);
        assertTrue(nl.contains("<a href=\"tel:0405550216\" dir=\"ltr\">040 555 0216</a>"), nl);
        assertTrue(
                nl.contains(
                        "<a href=\"https://www.test.example/specialisten/lotte-jansen\" rel=\"external noreferrer\">"
                                + "Profiel van dr. Lotte Jansen</a>"),
                nl);
        String en = f.read("en/lever/index.html");
        assertTrue(en.contains("<h2 id=\"contacts-title\">Your contact person</h2>"), "translations inherit contacts");
        assertTrue(
                en.contains(
                        "<p class=\"card-meta\">Nurse specialist · <a href=\"../../en/departments/surgery/\">Surgery</a></p>"),
                en);
    }

    @Test
    void aReviewerWhoIsAPersonIsNamedWithTheirFunctionAndPlainNamesStay() {
        ContentFixture f = fixture();
        assertTrue(f.build().published());
        assertTrue(
                f.read("nl/lever/index.html")
                        .contains(
                                "<dt>Gecontroleerd door</dt><dd><bdi>dr. Lotte Jansen, Chirurg</bdi>, <bdi>Dr. P. Hendriks</bdi></dd>"));
        assertTrue(f.read("en/lever/index.html").contains("<bdi>dr. Lotte Jansen, Surgeon</bdi>"));
    }

    @Test
    void theStructuredDataNamesThePeopleAsPersons() throws IOException {
        ContentFixture f = fixture();
        assertTrue(f.build().published());
        JsonNode ld = JsonLd.of(f.read("en/lever/index.html"));
        JsonNode anna = ld.get("mentions").get(0);
        assertEquals("Person", anna.get("@type").asText());
        assertEquals("Anna de Vries", anna.get("name").asText());
        assertEquals("Nurse specialist", anna.get("jobTitle").asText());
        assertEquals("+31 40 555 02 15", anna.get("telephone").asText());
        assertEquals("Surgery", anna.get("worksFor").get("name").asText());
        JsonNode reviewer = ld.get("reviewedBy").get(0);
        assertEquals("Lotte Jansen", reviewer.get("name").asText());
        assertEquals("dr.", reviewer.get("honorificPrefix").asText());
        assertEquals("Dr. P. Hendriks", ld.get("reviewedBy").get(1).get("name").asText());
    }

    @Test
    void theHandoutPrintsThePhoneNumberAndAddress() throws IOException {
        ContentFixture f = fixture().withPdf();
        assertTrue(f.build().published());
        try (PDDocument pdf = Loader.loadPDF(handout(f).toFile())) {
            // the handout keeps a phone number on one line (non-breaking spaces between its groups)
            String text =
                    new PDFTextStripper().getText(pdf).replace('\u00A0', ' ').replaceAll("\\s+", " ");
            assertTrue(text.contains("Uw vaste aanspreekpunt Anna de Vries,"), text);
            assertTrue(text.contains("Telefoon: +31 40 555 02 15"), text);
            assertTrue(text.contains("a.devries@test.example"), text);
            assertTrue(text.contains("040 555 0216"), text);
        }
    }

    @Test
    void anEditOfAPersonReachesThePagesThatShowThem() {
        ContentFixture f = fixture();
        assertTrue(f.build().published());
        f.write("people/anna-de-vries.yaml", ANNA.replace("+31 40 555 02 15", "+31 40 555 09 99"));
        assertTrue(f.build().published());
        String nl = f.read("nl/lever/index.html");
        assertTrue(nl.contains("<a href=\"tel:+31405550999\" dir=\"ltr\">+31 40 555 09 99</a>"), nl);
        assertFalse(nl.contains("555 02 15"), nl);
        assertTrue(f.read("en/lever/index.html").contains("+31 40 555 09 99"));
    }

    @Test
    void unknownPeopleAndBadPersonFilesAreErrorsAtTheirLine() {
        ContentFixture f = new ContentFixture(dir)
                .write("site.yaml", ContentFixture.SITE_YAML + ContentFixture.PLAIN_LANGUAGE_OFF)
                .write("people/anna-de-vries.yaml", ANNA)
                .write("people/lotte-jansen.yaml", LOTTE.replace("https://", "http://"))
                .write("people/piet.yaml", """
                        name: Piet
                        function: {en: Surgeon}
                        department: surgry
                        phone: call me
                        email: piet-at-test
                        """)
                .write("people/Kees.yaml", "name: Kees\n")
                .leaflet(
                        "lever",
                        "condition",
                        "Leverkanker",
                        "reviewers: [lotte-jansen, dr. P. Hendriks, anna-de-vris]\ncontacts: [ana-de-vries]\n"
                                + "specialists: [lotte-jansen]",
                        "Over de lever.\n");
        assertEquals(
                List.of(
                        "lever/nl.md:10:44: error: 'reviewers' names unknown person 'anna-de-vris'",
                        "lever/nl.md:11:12: error: 'contacts' names unknown person 'ana-de-vries'",
                        "people/Kees.yaml:1:1: error: 'Kees' is not a person id",
                        "people/lotte-jansen.yaml:5:10: error: 'http://www.test.example/specialisten/lotte-jansen' is"
                                + " not a secure (https) address",
                        "people/piet.yaml:2:11: error: the function of person 'piet' has no nl text",
                        "people/piet.yaml:3:13: error: unknown department 'surgry'",
                        "people/piet.yaml:4:8: error: 'call me' is not a phone number",
                        "people/piet.yaml:5:8: error: 'piet-at-test' is not an e-mail address"),
                f.headlines(f.check()));
        assertTrue(
                f.check().diagnostics().stream()
                        .anyMatch(d -> d.message().contains("'ana-de-vries'")
                                && d.hint().startsWith("did you mean 'anna-de-vries'? ")),
                "did-you-mean for a misspelt id");
    }

    @Test
    void aPhotoBesideThePersonIsCopiedOnceAndShownOnTheCard() throws IOException {
        ContentFixture f = fixture().writeBytes("people/anna-de-vries.jpg", jpeg());
        BuildResult result = f.build();
        assertTrue(result.published(), result.diagnostics()::toString);
        assertTrue(f.read("nl/lever/index.html").contains("""
                        <article class="card person-card">
                          <img class="person-photo" src="../../people/anna-de-vries.jpg" alt="">
                          <h3 class="card-title"><bdi>Anna de Vries</bdi></h3>"""));
        assertTrue(java.util.Arrays.equals(
                jpeg(), java.nio.file.Files.readAllBytes(f.output().resolve("people/anna-de-vries.jpg"))));
        assertFalse(f.read("nl/lever/index.html").contains("lotte-jansen.jpg"), "no photo, no image");
    }

    @Test
    void aDamagedOrDoublePhotoIsAnError() throws IOException {
        ContentFixture f = fixture()
                .writeBytes(
                        "people/anna-de-vries.png", "not a picture".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .writeBytes("people/lotte-jansen.png", jpeg())
                .writeBytes("people/lotte-jansen.jpg", jpeg());
        assertEquals(
                List.of(
                        "people/anna-de-vries.png:1:1: error: photo 'anna-de-vries.png' cannot be read: the file is"
                                + " damaged or not the kind its name says",
                        "people/lotte-jansen.jpg:1:1: error: person 'lotte-jansen' has two photos: lotte-jansen.png and"
                                + " lotte-jansen.jpg"),
                f.headlines(f.check()));
    }

    private static byte[] jpeg() throws IOException {
        var image = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var bytes = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "jpg", bytes);
        return bytes.toByteArray();
    }

    private static Path handout(ContentFixture f) throws IOException {
        try (var files = java.nio.file.Files.list(f.output().resolve("nl/lever"))) {
            return files.filter(p -> p.toString().endsWith("-nl.pdf"))
                    .findFirst()
                    .orElseThrow();
        }
    }
}
