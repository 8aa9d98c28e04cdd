package nl.pil.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.pil.ContentFixture;
import nl.pil.cli.Main;
import nl.pil.compile.BuildResult;
import nl.pil.compile.Compiler;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Care-path packets: one PDF per bundle and language (cover with the exams' preparation warnings, contents with the
 * real start pages, each leaflet on a right-hand page, bookmarks per leaflet and section), a page per bundle, and the
 * writer's mistakes reported at their line.
 */
class BundlesTest {
    @TempDir
    Path dir;

    private static final String BUNDLE = """
            title:
              nl: Zorgpad lever
              en: Liver care path
            intro:
              nl: Alle folders voor uw behandeling.
              en: Every leaflet for your treatment.
            leaflets:
              - lever
              - ct
              - mri
              - operatie
            department: surgery
            contact: anna-de-vries
            """;

    /** A body that uses what CommonMark offers: sections, nested lists, a table, code, a quote and a picture. */
    private static String body(String name, int paragraphs) {
        StringBuilder b = new StringBuilder("## Voorbereiding\n\nLees dit over " + name + ".\n\n");
        for (int i = 0; i < paragraphs; i++) {
            b.append("De ")
                    .append(name)
                    .append(" duurt ongeveer een half uur. U ligt op een tafel. Een laborant helpt u.\n\n");
        }
        b.append(
                        "## Wat gebeurt er?\n\n1. Eerst:\n   - een *vraag*\n   - een **lijst** met `code`\n2. Dan de scan.\n\n")
                .append("| Soort | Tijd |\n|---|---|\n| Scan | 30 min |\n\n> Het viel mee, zegt een patiënt.\n\n")
                .append("![Route naar de afdeling](route.png)\n\n## Uitslag\n\nDe arts belt u.\n");
        return b.toString();
    }

    private ContentFixture fixture() throws IOException {
        ContentFixture f = new ContentFixture(dir)
                .write("site.yaml", ContentFixture.SITE_YAML + ContentFixture.PLAIN_LANGUAGE_OFF)
                .write("people/anna-de-vries.yaml", """
                        name: Anna de Vries
                        function: {nl: Verpleegkundige, en: Nurse}
                        department: surgery
                        phone: "+31 40 555 02 11"
                        """)
                .leaflet("lever", "condition", "Uitzaaiingen in de lever", "", body("lever", 30))
                .leaflet("ct", "exam", "CT-scan", "prepare-days: 1", body("CT-scan", 3))
                .leaflet("mri", "exam", "MRI-scan", "prepare-days: 3", body("MRI-scan", 12))
                .leaflet("operatie", "treatment", "Leveroperatie", "", body("operatie", 4))
                .translation("lever", "en", "Liver metastases", "", "## Preparation\n\nAbout the liver.\n")
                .translation("ct", "en", "CT scan", "", "## Preparation\n\nAbout the CT.\n")
                .translation("mri", "en", "MRI scan", "", "## Preparation\n\nAbout the MRI.\n")
                .stampTranslations()
                .write("bundles/lever.yaml", BUNDLE);
        for (String id : List.of("lever", "ct", "mri", "operatie")) {
            f.writeBytes(id + "/route.png", png());
        }
        return f.withPdf();
    }

    @Test
    void thePacketHasACoverContentsWithRealPageNumbersAndEachLeafletOnARightHandPage() throws IOException {
        ContentFixture f = fixture();
        BuildResult result = f.build();
        assertTrue(result.published(), result.diagnostics()::toString);
        try (PDDocument pdf = Loader.loadPDF(
                f.output().resolve("nl/bundles/lever/lever-nl.pdf").toFile())) {
            List<String> pages = pageTexts(pdf);
            String cover = pages.getFirst();
            assertTrue(cover.contains("Zorgpad lever"), cover);
            assertTrue(cover.contains("Alle folders voor uw behandeling."), cover);
            // the preparation warnings of its exams, on the cover, each with the leaflet's start page
            List<Integer> starts = startPages(pages, List.of("lever", "CT-scan", "MRI-scan", "operatie"));
            assertTrue(
                    cover.replaceAll("[\\s\\u00a0]+", " ")
                            .contains("CT-scan: Lees dit minstens 1 dag vóór uw onderzoek: u moet zich voorbereiden."
                                    + " (pagina " + starts.get(1) + ")"),
                    cover);
            assertTrue(
                    cover.replaceAll("[\\s\\u00a0]+", " ")
                            .contains("MRI-scan: Lees dit minstens 3 dagen vóór uw onderzoek: u moet zich"
                                    + " voorbereiden. (pagina " + starts.get(2) + ")"),
                    cover);
            assertTrue(cover.contains("Anna de Vries"), "the contact person: " + cover);
            assertTrue(cover.replace('\u00a0', ' ').contains("+31 40 555 02 11"), cover);

            // contents: the leaflets' titles in order, each with the page it really starts on
            String contents = pages.get(1);
            List<String> titles = List.of("Uitzaaiingen in de lever", "CT-scan", "MRI-scan", "Leveroperatie");
            int at = 0;
            for (String title : titles) {
                int i = contents.indexOf(title, at);
                assertTrue(i >= 0, title + " in order in the contents: " + contents);
                at = i;
            }
            assertEquals(starts, numbersOn(contents), contents);
            for (int start : starts) {
                assertEquals(1, start % 2, "each leaflet starts on a right-hand (odd) page: " + starts);
            }
            assertTrue(starts.getFirst() >= 3, "after the cover and the contents");
            // numbered on throughout: the last page says it is the last of all
            assertTrue(
                    pages.getLast().contains("Pagina " + pdf.getNumberOfPages() + " van " + pdf.getNumberOfPages()),
                    pages.getLast());

            // bookmarks: the contents, then per leaflet its title (to its first page) and its sections
            List<PDOutlineItem> top =
                    children(pdf.getDocumentCatalog().getDocumentOutline().getFirstChild());
            assertEquals(
                    List.of("Inhoud", "Uitzaaiingen in de lever", "CT-scan", "MRI-scan", "Leveroperatie"),
                    top.stream().map(PDOutlineItem::getTitle).toList());
            for (int i = 0; i < titles.size(); i++) {
                PDOutlineItem leaflet = top.get(i + 1);
                assertEquals(
                        (int) starts.get(i),
                        pdf.getPages().indexOf(leaflet.findDestinationPage(pdf)) + 1,
                        leaflet.getTitle());
                assertEquals(
                        List.of("Voorbereiding", "Wat gebeurt er?", "Uitslag"),
                        children(leaflet.getFirstChild()).stream()
                                .map(PDOutlineItem::getTitle)
                                .toList());
            }
            // tagged like the single handouts, in the packet's language
            assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked());
            assertNotNull(pdf.getDocumentCatalog().getStructureTreeRoot());
            assertEquals("nl", pdf.getDocumentCatalog().getLanguage());
            // every leaflet's picture made it in, from its own folder
            int pictures = 0;
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().isImageXObject(name)) {
                        pictures++;
                    }
                }
            }
            assertTrue(pictures >= 4 + 1, "four pictures and the QR code: " + pictures);
        }
    }

    @Test
    void aLeafletNotTranslatedIsPrintedInTheSourceLanguageMarkedAndTheWriterIsWarned() throws IOException {
        ContentFixture f = fixture();
        BuildResult result = f.build();
        assertTrue(result.published());
        assertTrue(
                f.headlines(result)
                        .contains("bundles/lever.yaml:11:5: warning: leaflet 'operatie' has no en translation: the en"
                                + " packet 'lever' prints it in nl"),
                f.headlines(result)::toString);
        try (PDDocument pdf = Loader.loadPDF(
                f.output().resolve("en/bundles/lever/lever-en.pdf").toFile())) {
            List<String> pages = pageTexts(pdf);
            // marked in the contents with the name of the language it is printed in, as on the site
            assertTrue(pages.get(1).contains("Leveroperatie (Nederlands)"), pages.get(1));
            int start = startPages(pages, List.of("operatie")).getFirst();
            assertTrue(
                    pages.get(start - 1)
                            .contains("This leaflet has not been translated (yet); you will read it in Dutch."),
                    pages.get(start - 1));
        }
    }

    @Test
    void theBundlePageListsItsLeafletsInOrderAndLinksThePacket() throws IOException {
        ContentFixture f = fixture();
        assertTrue(f.build().published());
        String page = f.read("nl/bundles/lever/index.html");
        List<String> cards = new ArrayList<>();
        Matcher m = Pattern.compile("<h3 class=\"card-title\"><a href=\"[^\"]+\">([^<]+)</a>")
                .matcher(page);
        while (m.find()) {
            cards.add(m.group(1));
        }
        assertEquals(List.of("Uitzaaiingen in de lever", "CT-scan", "MRI-scan", "Leveroperatie"), cards);
        int pages;
        try (PDDocument pdf = Loader.loadPDF(
                f.output().resolve("nl/bundles/lever/lever-nl.pdf").toFile())) {
            pages = pdf.getNumberOfPages();
        }
        assertTrue(
                page.contains("<a href=\"lever-nl.pdf\" type=\"application/pdf\">Zorgpad afdrukken (pdf, A4, " + pages
                        + " pagina’s,"),
                page);
        assertTrue(page.contains("<a href=\"../../../nl/mri/\" lang=\"nl\">MRI-scan</a>: Lees dit minstens 3 dagen"));
        // listed on the language's index, linked to the page that exists
        assertTrue(f.read("nl/index.html").contains("<a href=\"../nl/bundles/lever/\">Zorgpad lever</a>"));
        assertTrue(f.read("nl/index.html").contains("4 folders · Alle folders voor uw behandeling."));
        // in the sitemap, in both languages, each naming the other
        String sitemap = f.read("sitemap.xml");
        for (String lang : List.of("nl", "en")) {
            int at = sitemap.indexOf("<loc>https://folders.test.example/" + lang + "/bundles/lever/</loc>");
            assertTrue(at >= 0, sitemap);
            String entry = sitemap.substring(at, sitemap.indexOf("</url>", at));
            assertTrue(
                    entry.contains("hreflang=\"en\" href=\"https://folders.test.example/en/bundles/lever/\""), entry);
            assertTrue(
                    entry.contains("hreflang=\"x-default\" href=\"https://folders.test.example/nl/bundles/lever/\""));
        }
    }

    @Test
    void anUnchangedPacketIsTakenOverAndAChangedLeafletMakesItAgain() throws IOException {
        ContentFixture f = fixture();
        assertTrue(f.build().published());
        Path file = f.output().resolve("nl/bundles/lever/lever-nl.pdf");
        byte[] first = Files.readAllBytes(file);
        BuildOptionsRun again = rebuild(f);
        assertEquals(0, again.rendered(), "nothing changed: every handout and packet taken over");
        assertTrue(java.util.Arrays.equals(first, Files.readAllBytes(file)));
        f.write(
                "operatie/nl.md",
                Files.readString(f.root().resolve("operatie/nl.md")).replace("De arts belt u.", "De chirurg belt u."));
        again = rebuild(f);
        // the leaflet's handout and the packet in both languages that print it
        assertEquals(1 + 2, again.rendered());
        assertFalse(java.util.Arrays.equals(first, Files.readAllBytes(file)));
    }

    private record BuildOptionsRun(int rendered) {}

    private static BuildOptionsRun rebuild(ContentFixture f) throws IOException {
        Compiler compiler = new Compiler(f.options());
        assertTrue(compiler.build().published());
        return new BuildOptionsRun(compiler.outputs().stream()
                .filter(o -> o.name().equals("pdf"))
                .findFirst()
                .orElseThrow()
                .counts()
                .written());
    }

    @Test
    void aWritersMistakesInABundleAreReportedAtTheirLine() throws IOException {
        ContentFixture f = fixture()
                .write("bundles/typo.yaml", """
                        title: {nl: Scans}
                        leaflets: [ct, mrii, ct]
                        department: surgeryy
                        contact: anna
                        colour: blue
                        """)
                .write("bundles/empty.yaml", "title: Leeg\nleaflets: []\n")
                .write("bundles/untitled.yaml", "title: {en: Only English}\nleaflets: [ct]\n")
                .write("bundles/Bad Name.yaml", "title: X\nleaflets: [ct]\n");
        BuildResult result = f.check();
        List<String> headlines = f.headlines(result);
        for (String expected : List.of(
                "bundles/typo.yaml:5:1: error: unknown key 'colour' in a bundle's file",
                "bundles/typo.yaml:2:22: warning: leaflet 'ct' is in bundle 'typo' twice",
                "bundles/typo.yaml:3:13: error: unknown department 'surgeryy'",
                "bundles/typo.yaml:4:10: error: unknown person 'anna'",
                "bundles/empty.yaml:2:11: error: bundle 'empty' has no leaflets",
                "bundles/untitled.yaml:1:8: error: bundle 'untitled' has no nl title",
                "bundles/Bad Name.yaml:1:1: error: 'Bad Name' is not a bundle id")) {
            assertTrue(headlines.contains(expected), expected + " in " + headlines);
        }
        // the unknown leaflet is only found once the other mistakes are mended: fix them and check again
        f.write("bundles/typo.yaml", "title: {nl: Scans}\nleaflets: [ct, mrii]\n")
                .write("bundles/empty.yaml", "title: Leeg\nleaflets: [ct]\n")
                .write("bundles/untitled.yaml", "title: {nl: Een, en: Only English}\nleaflets: [ct]\n");
        Files.delete(f.root().resolve("bundles/Bad Name.yaml"));
        List<String> again = f.headlines(f.check());
        assertTrue(
                again.contains("bundles/typo.yaml:2:16: error: bundle 'typo' names unknown leaflet 'mrii'"),
                again::toString);
        String hint = f.check().diagnostics().stream()
                .filter(d -> d.message().contains("'mrii'"))
                .findFirst()
                .orElseThrow()
                .hint();
        assertTrue(hint.startsWith("did you mean 'mri'?"), hint);
    }

    @Test
    void pilBundlePrintsOnePacketOnDemand() throws IOException {
        ContentFixture f = fixture();
        Path file = dir.resolve("packets/lever-en.pdf");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                "bundle",
                "lever",
                "--lang",
                "en",
                "--output",
                file.toString(),
                "--content",
                f.root().toString(),
                "--today",
                "2026-11-23");
        assertEquals(0, code, err::toString);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertTrue(
                    out.toString().contains("wrote " + file + ": " + pdf.getNumberOfPages() + " pages"), out::toString);
            assertTrue(pageTexts(pdf).getFirst().contains("Liver care path"));
        }
        StringWriter err2 = new StringWriter();
        int unknown = Main.run(
                new PrintWriter(new StringWriter(), true),
                new PrintWriter(err2, true),
                "bundle",
                "levr",
                "--content",
                f.root().toString());
        assertEquals(Main.USAGE, unknown);
        assertTrue(err2.toString().contains("pil: no bundle 'levr'; did you mean 'lever'?"), err2::toString);
    }

    @Test
    void aLeafletInTheSourceLanguageKeepsItsLeftToRightLayoutInsideAnArabicPacket() throws IOException {
        String body = "## Wat neemt u mee?\n\n- Uw medicijnlijst\n- Uw verzekeringspas\n\n> Het viel mee.\n";
        ContentFixture f = new ContentFixture(dir)
                .write(
                        "site.yaml",
                        ContentFixture.SITE_YAML.replace("languages: [nl, en]", "languages: [nl, en, ar]")
                                + ContentFixture.PLAIN_LANGUAGE_OFF)
                .leaflet("lever", "condition", "Uitzaaiingen in de lever", "", "Over de lever.\n")
                .leaflet("operatie", "treatment", "Leveroperatie", "", body)
                .translation("lever", "ar", "النقائل في الكبد", "", "عن الكبد.\n")
                .stampTranslations()
                .write("bundles/lever.yaml", """
                        title: {nl: Zorgpad lever, ar: مسار الرعاية للكبد}
                        leaflets: [lever, operatie]
                        """)
                .withPdf();
        BuildResult result = f.build();
        assertTrue(result.published(), result.diagnostics()::toString);
        float inDutch = startOf(f.output().resolve("nl/bundles/lever/lever-nl.pdf"), "Uw medicijnlijst");
        float inArabic = startOf(f.output().resolve("ar/bundles/lever/lever-ar.pdf"), "Uw medicijnlijst");
        // the list is indented on its left side as in the Dutch packet, not on the right as Arabic lists are
        assertEquals(inDutch, inArabic, 0.5f, "the Dutch list item starts where it does in the Dutch packet");
    }

    /** Where on its line (x, in points) the first line holding {@code text} starts. */
    private static float startOf(Path file, String text) throws IOException {
        float[] x = {Float.NaN};
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String line, List<org.apache.pdfbox.text.TextPosition> positions)
                    throws IOException {
                if (Float.isNaN(x[0]) && line.contains(text)) {
                    x[0] = positions.get(line.indexOf(text)).getXDirAdj();
                }
                super.writeString(line, positions);
            }
        };
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            stripper.getText(pdf);
        }
        assertFalse(Float.isNaN(x[0]), text + " in " + file);
        return x[0];
    }

    private static List<String> pageTexts(PDDocument pdf) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        // floats (the contents' page numbers) and counters are drawn out of reading order: read by position
        stripper.setSortByPosition(true);
        List<String> pages = new ArrayList<>();
        for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            pages.add(stripper.getText(pdf));
        }
        return pages;
    }

    /** The page (from 1) each leaflet starts on: the first after the contents where its body's first line stands. */
    private static List<Integer> startPages(List<String> pages, List<String> names) {
        List<Integer> starts = new ArrayList<>();
        for (String name : names) {
            for (int i = 2; i < pages.size(); i++) {
                if (pages.get(i).contains("Lees dit over " + name + ".")) {
                    starts.add(i + 1);
                    break;
                }
            }
        }
        assertEquals(names.size(), starts.size(), "every leaflet found");
        return starts;
    }

    /** The page numbers of the contents page, in reading order: each entry's line ends in its page number. */
    private static List<Integer> numbersOn(String contents) {
        List<Integer> numbers = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^(.+) (\\d+)\\s*$").matcher(contents);
        while (m.find()) {
            // the running footer "Pagina 2 van 10" ends in a number too
            if (!m.group(1).contains("Pagina")) {
                numbers.add(Integer.parseInt(m.group(2)));
            }
        }
        return numbers;
    }

    private static List<PDOutlineItem> children(PDOutlineItem first) {
        List<PDOutlineItem> items = new ArrayList<>();
        for (PDOutlineItem item = first; item != null; item = item.getNextSibling()) {
            items.add(item);
        }
        return items;
    }

    private static byte[] png() throws IOException {
        var image = new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.BLUE);
        g.fillRect(0, 0, 40, 20);
        g.dispose();
        var bytes = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }
}
