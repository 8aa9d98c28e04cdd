package nl.pil.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.pil.ContentFixture;
import nl.pil.compile.BuildResult;
import nl.pil.render.pdf.Pdfs;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF handouts of a small site, built once and opened with PDFBox: where they are, page size, fonts, text
 * and its order, running header and footer, cards, QR code and the link from the web page.
 */
class PdfOutputTest {
    static final String CT = """
            ---
            type: exam
            title: CT-scan
            summary: Bij een CT-scan maken we foto's van de binnenkant van uw lichaam.
            code: RAD-012
            department: radiology
            reviewed: 2026-03-02
            review-due: 2028-03-02
            authors: [Afdeling Radiologie]
            reviewers: ["dr. M. de Vries, radioloog"]
            related: [mri]
            prepare-days: 2
            ---
            Een CT-scan is een onderzoek met röntgenstraling. Geëmigreerde patiënten, naïeve vragen, óf een café: alles mag.

            ## Voorbereiding

            %s

            ### Op de dag van het onderzoek

            - Eet de laatste 2 uur vóór het onderzoek niets.
            - Neem uw medicijnen zoals u gewend bent.
            - Draag makkelijke kleding zonder metaal.

            | Tijd | Wat |
            |---|---|
            | 08.00 | Aanmelden bij de balie |
            | 08.15 | Infuus inbrengen |

            ## Na het onderzoek

            %s

            > [!WARNING]
            > Krijgt u jeuk of bultjes? Bel dan direct de afdeling Radiologie.

            Lees ook over de [MRI-scan](mri) of het [formulier](formulier.pdf).
            """.formatted(paragraphs("Voorbereiding", 6), paragraphs("Nazorg", 6));

    static final String MRI = """
            ---
            type: exam
            title: MRI-scan
            summary: Een MRI-scan maakt beelden met een sterke magneet.
            code: RAD-020
            department: radiology
            reviewed: 2026-01-10
            review-due: 2028-01-10
            authors: [Afdeling Radiologie]
            prepare-days: 1
            ---
            Een korte folder.
            """;

    static final String CT_EN = """
            ---
            type: exam
            title: CT scan
            summary: A CT scan takes pictures of the inside of your body.
            ---
            A CT scan uses X-rays.

            ## Preparation

            Bring a list of the medicines you take.

            ### On the day of the scan

            Do not eat for 2 hours before the scan.

            ## After the scan

            > [!WARNING]
            > Itching or bumps? Call the Radiology department straight away.

            Also read about the [MRI scan](mri).
            """;

    /** A long leaflet: 30 sections of varying length, lists and a 40-row table, so pages break everywhere. */
    static String longLeaflet() {
        java.util.Random random = new java.util.Random(7);
        String[] words =
                "de het een onderzoek patiënt afdeling verpleegkundige behandeling medicijnen uitslag contrastvloeistof voorbereiding wachtkamer bloedonderzoek ziekenhuis"
                        .split(" ");
        java.util.function.IntFunction<String> text = k -> {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < k; i++) {
                b.append(i == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
            }
            return b.toString();
        };
        StringBuilder md = new StringBuilder("""
                ---
                type: general
                title: Lange folder
                summary: Een lange folder om het afbreken van pagina's te testen.
                code: TST-001
                department: radiology
                reviewed: 2026-01-01
                review-due: 2027-01-01
                authors: [Test]
                ---
                """);
        for (int n = 1; n <= 30; n++) {
            md.append("\n## Kopje ").append(n).append("\n\n");
            for (int p = 0; p < n % 4 + 1; p++) {
                md.append("Tekst ")
                        .append(text.apply(10 + (n * 7 + p * 13) % 45))
                        .append(".\n\n");
            }
            if (n % 7 == 3) {
                for (int i = 0; i < 8; i++) {
                    md.append("- Lijstpunt ")
                            .append(n)
                            .append('.')
                            .append(i)
                            .append(' ')
                            .append(text.apply(6 + i * 3))
                            .append('\n');
                }
            }
            if (n == 12) {
                md.append("\n| Tijd | Wat |\n|---|---|\n");
                for (int r = 0; r < 40; r++) {
                    md.append("| ")
                            .append(String.format("%02d.%02d", 8 + r / 4, r % 4 * 15))
                            .append(" | Rij ")
                            .append(r)
                            .append(' ')
                            .append(text.apply(3 + r % 9))
                            .append(" |\n");
                }
            }
        }
        return md.toString();
    }

    @TempDir
    static Path dir;

    static ContentFixture site;
    static BuildResult result;
    static PDDocument ct;

    static String paragraphs(String topic, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            s.append(topic)
                    .append(" alinea ")
                    .append(i)
                    .append(": de verpleegkundige legt u uit hoe het onderzoek verloopt, ")
                    .append("welke voorbereidingen noodzakelijk zijn en waarom contrastvloeistof soms nodig is. ")
                    .append(
                            "Vraag het gerust als iets onduidelijk is; wij nemen de tijd voor uw vragen en zorgen.\n\n");
        }
        return s.toString();
    }

    @BeforeAll
    static void build() throws IOException {
        site = new ContentFixture(dir)
                .withPdf()
                .write("site.yaml", ContentFixture.SITE_YAML + ContentFixture.PLAIN_LANGUAGE_OFF) // filler text
                .write("ct/nl.md", CT)
                .write("ct/en.md", CT_EN)
                .write("ct/formulier.pdf", "%PDF-1.4\n")
                .write("mri/nl.md", MRI)
                .write("long/nl.md", longLeaflet())
                .stampTranslations();
        result = site.build();
        assertEquals(List.of(), site.headlines(result));
        ct = Pdfs.open(site.output().resolve("nl/ct/RAD-012-nl.pdf"));
    }

    @AfterAll
    static void close() throws IOException {
        ct.close();
        Pdfs.keep(site.output(), "PdfOutputTest");
    }

    @Test
    void onePdfPerLeafletAndLanguageBesideItsPage() {
        for (String p : List.of("nl/ct/RAD-012-nl.pdf", "en/ct/RAD-012-en.pdf", "nl/mri/RAD-020-nl.pdf")) {
            assertTrue(Files.isRegularFile(site.output().resolve(p)), p);
        }
        assertFalse(
                Files.exists(site.output().resolve("en/mri/RAD-020-en.pdf")), "no handout for an untranslated leaflet");
    }

    @Test
    void leafletPageLinksItsHandout() {
        String page = site.read("nl/ct/index.html");
        assertTrue(
                page.matches(
                        "(?s).*<a href=\"RAD-012-nl.pdf\" type=\"application/pdf\">Folder afdrukken \\(pdf, A4, \\d+ kB\\)</a>.*"),
                page);
        assertTrue(site.read("en/ct/index.html")
                .contains("<a href=\"RAD-012-en.pdf\" type=\"application/pdf\">Print this leaflet (PDF, A4, "));
    }

    @Test
    void a4PagesAndSeveralOfThem() {
        assertTrue(ct.getNumberOfPages() >= 2, "the long leaflet runs over pages: " + ct.getNumberOfPages());
        for (var page : ct.getPages()) {
            PDRectangle box = page.getMediaBox();
            assertEquals(595.3, box.getWidth(), 0.5);
            assertEquals(841.9, box.getHeight(), 0.5);
        }
    }

    @Test
    void everyFontIsEmbeddedAndSubsetNoBase14() throws IOException {
        Map<String, PDFont> fonts = Pdfs.fonts(ct);
        assertFalse(fonts.isEmpty());
        for (var e : fonts.entrySet()) {
            assertTrue(e.getValue().isEmbedded(), e.getKey() + " is embedded");
            assertTrue(
                    e.getKey().matches("[A-Z]{6}\\+NotoSans-.*"), e.getKey() + " is a subset of the shipped Noto Sans");
        }
        assertTrue(
                fonts.keySet().stream().anyMatch(n -> n.endsWith("NotoSans-Bold")),
                "headings use the real bold face: " + fonts.keySet());
    }

    @Test
    void textIsExtractableInReadingOrderWithDiacritics() throws IOException {
        String text = Pdfs.text(ct);
        assertInOrder(
                text,
                "Testziekenhuis",
                "CT-scan",
                "Bij een CT-scan maken we foto's",
                "LET OP!",
                "Lees deze folder minstens 2 dagen vóór uw onderzoek goed door",
                "Een CT-scan is een onderzoek met röntgenstraling",
                "Voorbereiding",
                "Op de dag van het onderzoek",
                "Aanmelden bij de balie",
                "Na het onderzoek",
                "Krijgt u jeuk of bultjes?",
                "Zie ook",
                "MRI-scan",
                "Lees deze folder online");
        assertTrue(text.replaceAll("\\s+", " ").contains("Geëmigreerde patiënten, naïeve vragen, óf een café"), text);
    }

    @Test
    void firstPageHasHospitalTitleAndPreparationWarning() throws IOException {
        String first = Pdfs.text(ct, 1);
        assertInOrder(first, "Testziekenhuis", "Radiologie", "ONDERZOEK", "CT-scan", "LET OP!", "minstens 2 dagen");
    }

    @Test
    void runningFooterHasCodeVersionAndPageXOfY() throws IOException {
        int pages = ct.getNumberOfPages();
        for (int p = 1; p <= pages; p++) {
            String text = Pdfs.text(ct, p);
            assertTrue(text.contains("RAD-012 · Versie 2 mrt 2026"), "page " + p + ": " + text);
            assertTrue(text.contains("Pagina " + p + " van " + pages), "page " + p + ": " + text);
        }
        assertFalse(Pdfs.text(ct, 1).contains("CT-scan · Testziekenhuis"), "no running header on the first page");
        assertTrue(Pdfs.text(ct, 2).contains("CT-scan · Testziekenhuis"), "running header from page 2");
    }

    @Test
    void cardsShowTitleSummaryAndShortAddress() throws IOException {
        String text = Pdfs.text(ct);
        assertInOrder(
                text, "MRI-scan", "Een MRI-scan maakt beelden met een sterke magneet.", "folders.test.example/nl/mri");
    }

    @Test
    void lastPageHasQrCodeToTheOnlinePageAndAuthorship() throws IOException {
        int last = ct.getNumberOfPages();
        assertEquals("https://folders.test.example/nl/ct/", Pdfs.qrCode(ct, last));
        assertInOrder(
                Pdfs.text(ct, last),
                "Lees deze folder online",
                "folders.test.example/nl/ct",
                "Geschreven door",
                "Afdeling Radiologie",
                "Gecontroleerd door",
                "dr. M. de Vries, radioloog",
                "Laatst gecontroleerd",
                "2 maart 2026",
                "Foldernummer",
                "RAD-012");
        try (PDDocument en = Pdfs.open(site.output().resolve("en/ct/RAD-012-en.pdf"))) {
            assertEquals("https://folders.test.example/en/ct/", Pdfs.qrCode(en, en.getNumberOfPages()));
            assertTrue(Pdfs.text(en, 1).contains("Page 1 of " + en.getNumberOfPages()), Pdfs.text(en));
        }
    }

    @Test
    void linksPointToTheWebSite() throws IOException {
        List<String> uris = new java.util.ArrayList<>();
        for (var page : ct.getPages()) {
            for (var annotation : page.getAnnotations()) {
                if (annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link
                        && link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI uri) {
                    uris.add(uri.getURI());
                }
            }
        }
        assertTrue(uris.contains("https://folders.test.example/nl/mri/"), uris::toString);
        assertTrue(
                uris.contains("https://folders.test.example/nl/ct/formulier.pdf"),
                "attachments resolve against the page: " + uris);
        assertTrue(
                uris.stream().allMatch(u -> u.startsWith("https://")), "no local file paths leak into links: " + uris);
    }

    @Test
    void documentInformation() {
        var info = ct.getDocumentInformation();
        assertEquals("CT-scan", info.getTitle());
        assertEquals("Bij een CT-scan maken we foto's van de binnenkant van uw lichaam.", info.getSubject());
        assertEquals("Afdeling Radiologie", info.getAuthor());
        assertEquals("nl", ct.getDocumentCatalog().getLanguage());
        assertEquals(
                java.time.Instant.parse("2026-03-02T00:00:00Z"),
                info.getCreationDate().toInstant(),
                "dated by the review, not the clock");
    }

    /** Asserts that the parts occur in this order; line breaks count as spaces. */
    @Test
    void headingsAreNeverLeftAtTheBottomOfAPage() throws IOException {
        try (PDDocument doc = Pdfs.open(site.output().resolve("nl/long/TST-001-nl.pdf"))) {
            assertTrue(doc.getNumberOfPages() >= 8, "enough page breaks to catch a stranded heading");
            for (int p = 1; p < doc.getNumberOfPages(); p++) {
                List<String> lines = Pdfs.lines(doc, p);
                String lastBodyLine = lines.get(lines.size() - 2); // the footer is the last line
                assertFalse(
                        lastBodyLine.matches("Kopje \\d+"), "page " + p + " ends with heading '" + lastBodyLine + "'");
            }
        }
    }

    @Test
    void tableRowsAndListItemsAreNotSplitAndTableHeadersRepeat() throws IOException {
        String md = longLeaflet();
        try (PDDocument doc = Pdfs.open(site.output().resolve("nl/long/TST-001-nl.pdf"))) {
            List<String> pages = new java.util.ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                pages.add(Pdfs.text(doc, p).replaceAll("\\s+", " "));
            }
            int tablePages = 0;
            for (String line : md.lines().toList()) {
                java.util.regex.Matcher row = java.util.regex.Pattern.compile("\\| (\\d\\d\\.\\d\\d) \\| (Rij .*) \\|")
                        .matcher(line);
                java.util.regex.Matcher item =
                        java.util.regex.Pattern.compile("- (Lijstpunt .*)").matcher(line);
                String whole =
                        row.matches() ? row.group(1) + " " + row.group(2) : item.matches() ? item.group(1) : null;
                if (whole != null) {
                    assertTrue(pages.stream().anyMatch(page -> page.contains(whole)), "on one page: " + whole);
                }
            }
            for (String page : pages) {
                int firstRow = page.indexOf(" Rij ");
                if (firstRow >= 0) {
                    tablePages++;
                    assertTrue(
                            page.lastIndexOf("Tijd Wat", firstRow) >= 0,
                            "the header row repeats above the rows of\n" + page);
                }
            }
            assertTrue(tablePages >= 2, "the table runs over pages");
        }
    }

    @Test
    void pdfUaAndPdfAConformanceCheckedByVeraPdf() throws IOException {
        Path file = site.output().resolve("nl/ct/RAD-012-nl.pdf");
        assertEquals(
                List.of(),
                nl.pil.render.pdf.VeraPdf.failures(file, org.verapdf.pdfa.flavours.PDFAFlavour.PDFUA_1),
                "PDF/UA-1");
        assertEquals(
                List.of(),
                nl.pil.render.pdf.VeraPdf.failures(file, org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_A),
                "PDF/A-2a");
        // and says so in its metadata, which readers and archives look at
        try (var in = ct.getDocumentCatalog().getMetadata().exportXMPMetadata()) {
            var xmp = new org.apache.xmpbox.xml.DomXmpParser().parse(in);
            assertEquals(2, xmp.getPDFAIdentificationSchema().getPart());
            assertEquals("A", xmp.getPDFAIdentificationSchema().getConformance());
            assertTrue(
                    new String(
                                    ct.getDocumentCatalog().getMetadata().toByteArray(),
                                    java.nio.charset.StandardCharsets.UTF_8)
                            .matches("(?s).*pdfuaid:part[^0-9]{1,3}1.*"),
                    "PDF/UA identification");
            assertEquals("CT-scan", xmp.getDublinCoreSchema().getTitle());
        } catch (org.apache.xmpbox.xml.XmpParsingException | org.apache.xmpbox.type.BadFieldValueException e) {
            throw new AssertionError(e);
        }
        assertTrue(
                ct.getDocumentCatalog().getViewerPreferences().displayDocTitle(),
                "viewers show the title, not the file name");
    }

    static void assertInOrder(String raw, String... parts) {
        String text = raw.replaceAll("\\s+", " ");
        int at = 0;
        for (String part : parts) {
            int found = text.indexOf(part, at);
            assertTrue(found >= 0, () -> "expected '" + part + "' after position in\n" + text);
            at = found + part.length();
        }
    }
}
