package nl.pil.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.pil.ContentFixture;
import nl.pil.compile.BuildResult;
import nl.pil.markdown.Faq;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An FAQ section: disclosures on the web page, open in the handout, FAQPage structured data, checked by 'faq'. */
class FaqTest {
    @TempDir
    Path dir;

    private static final String BODY = """
            Een scan van uw lever.

            ## Veelgestelde vragen

            Hier staan de vragen die patiënten vaak stellen.

            ### Mag ik eten?

            Ja, tot 2 uur voor de scan. Daarna alleen water.

            - water mag
            - koffie niet

            ### Hoe lang duurt het?

            Ongeveer een half uur.

            ## Uitslag

            Uw arts belt u binnen een week.
            """;

    private ContentFixture fixture() {
        return new ContentFixture(dir)
                .write("site.yaml", ContentFixture.SITE_YAML + ContentFixture.PLAIN_LANGUAGE_OFF)
                .leaflet("scan", "exam", "Leverscan", "prepare-days: 1", BODY)
                .translation("scan", "en", "Liver scan", "", """
                        A scan of your liver.

                        ## FAQ

                        ### May I eat?

                        Yes, until 2 hours before the scan.

                        ### How long does it take?

                        About half an hour.

                        ## Results

                        Your doctor calls you within a week.
                        """)
                .stampTranslations();
    }

    @Test
    void questionsAreDisclosuresOnTheWebAndTheSectionAfterThemIsNot() {
        ContentFixture f = fixture();
        BuildResult result = f.build();
        assertTrue(result.published(), result.diagnostics()::toString);
        String page = f.read("nl/scan/index.html");
        assertTrue(page.contains("""
                        <h2 id="veelgestelde-vragen">Veelgestelde vragen</h2>
                        <p>Hier staan de vragen die patiënten vaak stellen.</p>
                        <details class="faq-item"><summary>
                        <h3 id="mag-ik-eten">Mag ik eten?</h3>
                        </summary>
                        <p>Ja, tot 2 uur voor de scan. Daarna alleen water.</p>
                        <ul>
                        <li>water mag</li>
                        <li>koffie niet</li>
                        </ul>
                        </details>
                        <details class="faq-item"><summary>
                        <h3 id="hoe-lang-duurt-het">Hoe lang duurt het?</h3>
                        </summary>
                        <p>Ongeveer een half uur.</p>
                        </details>
                        <h2 id="uitslag">Uitslag</h2>
                        """), page);
        assertEquals(2, count(f.read("en/scan/index.html"), "<details class=\"faq-item\">"));
    }

    @Test
    void theStructuredDataIsAnFaqPageWithEveryQuestionAndAnswer() throws IOException {
        ContentFixture f = fixture();
        assertTrue(f.build().published());
        JsonNode ld = JsonLd.of(f.read("nl/scan/index.html"));
        assertEquals("[\"MedicalWebPage\",\"FAQPage\"]", ld.get("@type").toString());
        JsonNode first = ld.get("mainEntity").get(0);
        assertEquals("Question", first.get("@type").asText());
        assertEquals("Mag ik eten?", first.get("name").asText());
        assertEquals(
                "https://folders.test.example/nl/scan/#mag-ik-eten",
                first.get("url").asText());
        assertEquals(
                "Ja, tot 2 uur voor de scan. Daarna alleen water.\nwater mag\nkoffie niet",
                first.get("acceptedAnswer").get("text").asText());
        assertEquals(2, ld.get("mainEntity").size());

        // without a section of that title, the questions are just headings
        f.write(
                "scan/nl.md",
                Files.readString(f.root().resolve("scan/nl.md"))
                        .replace("## Veelgestelde vragen", "## Vragen van patiënten"));
        assertTrue(f.build().published());
        assertEquals(
                "MedicalWebPage",
                JsonLd.of(f.read("nl/scan/index.html")).get("@type").asText());
    }

    @Test
    void theHandoutPrintsEveryAnswerOpen() throws IOException {
        ContentFixture f = fixture().withPdf();
        assertTrue(f.build().published());
        try (PDDocument pdf = Loader.loadPDF(
                f.output().resolve("nl/scan/" + code(f) + "-nl.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Mag ik eten? Ja, tot 2 uur voor de scan. Daarna alleen water."), text);
            assertTrue(text.contains("Hoe lang duurt het? Ongeveer een half uur."), text);
        }
    }

    @Test
    void anFaqWithoutQuestionsOrAnswersIsWarned() {
        ContentFixture f = new ContentFixture(dir)
                .write("site.yaml", ContentFixture.SITE_YAML + ContentFixture.PLAIN_LANGUAGE_OFF)
                .leaflet(
                        "scan",
                        "exam",
                        "Leverscan",
                        "",
                        "Tekst.\n\n## Veelgestelde vragen\n\nGeen vragen.\n\n## FAQ:\n\n### Mag ik eten?\n\n"
                                + "### Mag ik eten?\n\nJa.\n");
        List<String> faq =
                f.headlines(f.check()).stream().filter(h -> h.endsWith("[faq]")).toList();
        assertEquals(
                List.of(
                        "scan/nl.md:13:1: warning: the FAQ section 'Veelgestelde vragen' has no questions [faq]",
                        "scan/nl.md:19:1: warning: the question 'Mag ik eten?' has no answer [faq]",
                        "scan/nl.md:21:1: warning: the question 'Mag ik eten?' is asked twice [faq]"),
                faq);
    }

    @Test
    void faqTitlesInEveryLanguageAndNothingElse() {
        for (String title : List.of(
                "Veelgestelde vragen",
                "VEELGESTELDE VRAGEN:",
                "Frequently asked questions",
                "FAQ",
                "الأسئلة الشائعة",
                "Sık sorulan sorular",
                "Często zadawane pytania",
                "Поширені запитання")) {
            assertTrue(Faq.isFaqTitle(title), title);
        }
        for (String title : List.of("Vragen", "Vragen over de scan", "Questions", "Contact", "")) {
            assertFalse(Faq.isFaqTitle(title), title);
        }
    }

    private static String code(ContentFixture f) throws IOException {
        Matcher m = Pattern.compile("code: (\\S+)")
                .matcher(Files.readString(f.root().resolve("scan/nl.md")));
        assertTrue(m.find());
        return m.group(1);
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
