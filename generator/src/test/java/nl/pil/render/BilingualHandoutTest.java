package nl.pil.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import nl.pil.ContentFixture;
import nl.pil.compile.BuildResult;
import nl.pil.compile.Compiler;
import nl.pil.render.pdf.Pdfs;
import nl.pil.render.pdf.VeraPdf;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Bilingual handouts ({@code pdf: bilingual:} in site.yaml): the source and a translation side by side, each section
 * starting level in both columns, each column in its own direction, an outdated translation marked as on its page,
 * linked from the translation's page and taken over when nothing changed.
 */
class BilingualHandoutTest {
    @TempDir
    Path dir;

    private static final String SITE = """
            name: {nl: Testziekenhuis, en: Test Hospital, ar: مستشفى الاختبار}
            base-url: https://folders.test.example/
            languages: [nl, en, ar]
            departments:
              radiology:
                name: {nl: Radiologie, en: Radiology, ar: الأشعة}
                phone: "+31 40 555 01 20"
            """;

    /** Dutch paragraphs, each numbered so the test can find it. */
    private static String dutch(String section, int paragraphs) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= paragraphs; i++) {
            b.append("Alinea ")
                    .append(section)
                    .append(i)
                    .append(
                            ". U ligt op een tafel die langzaam door de ring schuift. De laborant ziet u de hele tijd.\n\n");
        }
        return b.toString();
    }

    /** Arabic paragraphs: the same sentence each time, written for this test. */
    private static String arabic(int paragraphs) {
        return "تستلقي على طاولة تتحرك ببطء داخل الجهاز. يراك الفني طوال الوقت.\n\n".repeat(paragraphs);
    }

    /** Sections of very different lengths in the two languages: the first long in Dutch, the second in Arabic. */
    private ContentFixture fixture(String pdf) {
        return new ContentFixture(dir)
                .write("site.yaml", SITE + pdf + ContentFixture.PLAIN_LANGUAGE_OFF)
                .leaflet(
                        "ct",
                        "exam",
                        "CT-scan",
                        "prepare-days: 1",
                        "Een CT-scan maakt foto’s van uw lichaam.\n\n## Voorbereiding\n\n" + dutch("A", 30)
                                + "## Het onderzoek\n\n" + dutch("B", 1) + "## De uitslag\n\n" + dutch("C", 2)
                                + "| Soort | Duur |\n|---|---|\n| Scan | 30 minuten |\n")
                .translation(
                        "ct",
                        "ar",
                        "الأشعة المقطعية",
                        "",
                        "تصور الأشعة المقطعية داخل جسمك.\n\n## التحضير\n\n" + arabic(1) + "## الفحص\n\n" + arabic(25)
                                + "## النتيجة\n\n" + "يتصل بك الطبيب بعد أسبوع.\n\nاتصل بالرقم +31 40 555 01 20.\n\n"
                                + "| النوع | المدة |\n|---|---|\n| فحص | نصف ساعة |\n")
                .translation("ct", "en", "CT scan", "", "A CT scan.\n\n## Preparation\n\nDo not eat.\n")
                .stampTranslations()
                .withPdf();
    }

    private static Path bilingual(ContentFixture f) throws IOException {
        try (Stream<Path> files = Files.list(f.output().resolve("ar/ct"))) {
            return files.filter(p -> p.getFileName().toString().endsWith("-nl-ar.pdf"))
                    .findFirst()
                    .orElseThrow();
        }
    }

    /** A line of text as laid out: its page (1-based), left edge, baseline from the top, and text. */
    record Line(int page, float x, float y, String text) {}

    /**
     * Every line of text PDFBox finds in each half of each page, with where it starts: the halves apart, or a line
     * of one column would run on into the line beside it. Only between the margins (14 mm at the top of the first
     * page, 18 mm at the bottom): not the running header and footer, which name both titles.
     */
    static List<Line> lines(PDDocument doc) throws IOException {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            int page = i + 1;
            PDFTextStripperByArea stripper = new PDFTextStripperByArea() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    float x = Float.MAX_VALUE;
                    float y = 0;
                    for (TextPosition p : positions) {
                        x = Math.min(x, p.getXDirAdj());
                        y = Math.max(y, p.getYDirAdj());
                    }
                    lines.add(new Line(page, x, y, text));
                }
            };
            stripper.setSortByPosition(true);
            PDRectangle box = doc.getPage(i).getMediaBox();
            float middle = box.getWidth() / 2;
            float top = 14 * MM;
            float height = box.getHeight() - top - 18 * MM;
            stripper.addRegion("left", new Rectangle2D.Float(0, top, middle, height));
            stripper.addRegion("right", new Rectangle2D.Float(middle, top, middle, height));
            stripper.extractRegions(doc.getPage(i));
        }
        return lines;
    }

    /** Points in a millimetre. */
    private static final float MM = 72 / 25.4f;

    private static Line find(List<Line> lines, String text, boolean leftColumn, float middle) {
        return find(lines, text, leftColumn, middle, false);
    }

    /** The first line in a column with {@code text}, or ({@code whole}) that is {@code text}, such as a heading. */
    private static Line find(List<Line> lines, String text, boolean leftColumn, float middle, boolean whole) {
        return lines.stream()
                .filter(l -> (whole ? TextContains.is(l.text(), text) : TextContains.of(l.text(), text))
                        && (l.x() < middle) == leftColumn)
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "'" + text + "' in the " + (leftColumn ? "left" : "right") + " column of " + lines));
    }

    /** Arabic compared without its vowel marks, as the shaper may keep them apart. */
    private static final class TextContains {
        private static final String MARKS = "[\\u064B-\\u0652\\u0670\\u00AD]";

        static boolean of(String line, String text) {
            return line.replaceAll(MARKS, "").contains(text.replaceAll(MARKS, ""));
        }

        static boolean is(String line, String text) {
            return line.replaceAll(MARKS, "").strip().equals(text.replaceAll(MARKS, ""));
        }
    }

    @Test
    void aBilingualPacketPrintsEachTranslatedLeafletBesideItsSourceAndTheRestInTheSource() throws IOException {
        ContentFixture f = fixture("pdf: {bilingual: [ar]}\n")
                .leaflet("nazorg", "aftercare", "Nazorg na de scan", "", "## Thuis\n\nRust vandaag goed uit.\n")
                .write("bundles/scans.yaml", "title: {nl: Uw scan, ar: فحصك}\nleaflets: [ct, nazorg]\n");
        BuildResult result = f.build();
        assertTrue(result.published(), result.diagnostics()::toString);
        Path packet = f.output().resolve("ar/bundles/scans/scans-nl-ar.pdf");
        assertTrue(Files.isRegularFile(packet), "the Arabic packet beside the Dutch");
        assertTrue(Files.isRegularFile(f.output().resolve("ar/bundles/scans/scans-ar.pdf")), "and the Arabic one");
        assertFalse(
                Files.exists(f.output().resolve("nl/bundles/scans/scans-nl-nl.pdf")), "not the source beside itself");
        try (PDDocument doc = Pdfs.open(packet)) {
            List<Line> lines = lines(doc);
            float middle = doc.getPage(0).getMediaBox().getWidth() / 2;
            // the CT leaflet as its bilingual handout: each section level in both columns, Dutch left, Arabic right
            for (String[] pair : List.of(
                    new String[] {"Voorbereiding", "التحضير"},
                    new String[] {"Het onderzoek", "الفحص"},
                    new String[] {"De uitslag", "النتيجة"})) {
                Line left = find(lines, pair[0], true, middle, true);
                Line right = find(lines, pair[1], false, middle, true);
                assertEquals(left.page(), right.page(), pair[0]);
                assertEquals(left.y(), right.y(), 1.5f, pair[0] + " level with " + pair[1]);
            }
            // after the cover and the contents, on a right-hand page
            int ct = find(lines, "Voorbereiding", true, middle, true).page();
            assertTrue(ct >= 3, "after the cover and contents: " + ct);
            // the leaflet without an Arabic translation is printed in Dutch, marked in Arabic
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Rust vandaag goed uit."), text);
            assertTrue(TextContains.of(text, "لم تُترجم هذه النشرة إلى العربية"), text);
            // bookmarks: the translated leaflet's sections lead to its Arabic column's headings
            var top = doc.getDocumentCatalog()
                    .getDocumentOutline()
                    .getFirstChild()
                    .getNextSibling();
            List<String> sections = new ArrayList<>();
            for (var item = top.getFirstChild(); item != null; item = item.getNextSibling()) {
                sections.add(item.getTitle());
                assertEquals(
                        find(lines, item.getTitle(), false, middle, true).page() - 1,
                        doc.getPages().indexOf(item.findDestinationPage(doc)),
                        item.getTitle());
            }
            assertEquals(List.of("التحضير", "الفحص", "النتيجة"), sections);
        }
        // the Arabic packet's page offers both
        String page = f.read("ar/bundles/scans/index.html");
        assertTrue(page.contains("<a href=\"scans-ar.pdf\""), page);
        assertTrue(page.contains("<a href=\"scans-nl-ar.pdf\" type=\"application/pdf\">"), page);
        assertFalse(f.read("nl/bundles/scans/index.html").contains("-nl-"), "no bilingual packet for the source");
    }

    @Test
    void eachSectionStartsLevelInBothColumnsHoweverLongTheOneBefore() throws IOException {
        ContentFixture f = fixture("pdf: {bilingual: [ar]}\n");
        BuildResult result = f.build();
        assertTrue(result.published(), result.diagnostics()::toString);
        try (PDDocument doc = Pdfs.open(bilingual(f))) {
            float middle = doc.getPage(0).getMediaBox().getWidth() / 2;
            List<Line> lines = lines(doc);
            List<String> dutch = List.of("CT-scan", "LET OP!", "Voorbereiding", "Het onderzoek", "De uitslag");
            List<String> arabic = List.of("الأشعة المقطعية", "تنبيه!", "التحضير", "الفحص", "النتيجة");
            for (int i = 0; i < dutch.size(); i++) {
                Line left = find(lines, dutch.get(i), true, middle, true);
                Line right = find(lines, arabic.get(i), false, middle, true);
                assertEquals(left.page(), right.page(), dutch.get(i) + " and " + arabic.get(i) + " on one page");
                // level: the two fonts put the baseline of a line of the same size within a point of each other,
                // where a line of body text is 14 points: a section that drifted would be lines apart
                assertEquals(left.y(), right.y(), 1.5f, dutch.get(i) + " beside " + arabic.get(i));
            }
            // the long Dutch section went on over the page, and all of it is there: the row broke across pages
            Line first = find(lines, "Alinea A1.", true, middle);
            Line last = find(lines, "Alinea A30.", true, middle);
            assertTrue(last.page() > first.page(), "the first section runs on to the next page");
            for (int i = 1; i <= 30; i++) {
                find(lines, "Alinea A" + i + ".", true, middle);
            }
            // and so did the long Arabic one, in its own column, after the Dutch one
            Line nextSection = find(lines, "Het onderzoek", true, middle, true);
            assertTrue(nextSection.page() >= last.page());
        }
    }

    @Test
    void theArabicColumnReadsInLogicalOrderAndTheDutchColumnHasNoArabic() throws IOException {
        ContentFixture f = fixture("pdf: {bilingual: [ar]}\n");
        assertTrue(f.build().published());
        try (PDDocument doc = Pdfs.open(bilingual(f))) {
            float middle = doc.getPage(0).getMediaBox().getWidth() / 2;
            List<Line> lines = lines(doc);
            List<String> right = new ArrayList<>();
            for (Line l : lines) {
                if (l.x() >= middle) {
                    right.addAll(HandoutTextTest.arabicWords(HandoutTextTest.withoutMarks(l.text())));
                } else {
                    assertEquals(List.of(), HandoutTextTest.arabicWords(l.text()), "Arabic in the left column: " + l);
                }
            }
            // each sentence of the translation is found word for word, in the order it was written
            for (String sentence : List.of(
                    "تستلقي على طاولة تتحرك ببطء داخل الجهاز",
                    "يراك الفني طوال الوقت",
                    "يتصل بك الطبيب بعد أسبوع",
                    "تصور الأشعة المقطعية داخل جسمك")) {
                List<String> words = HandoutTextTest.arabicWords(sentence);
                assertTrue(Collections.indexOfSubList(right, words) >= 0, sentence + " in " + right);
            }
            // a phone number in the Arabic text stands left to right on the page, its groups in the order dialled
            String[] visual = {null};
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (text.contains("555") && positions.getFirst().getXDirAdj() > middle) {
                        StringBuilder b = new StringBuilder();
                        positions.stream()
                                .sorted(java.util.Comparator.comparing(TextPosition::getXDirAdj))
                                .forEach(p -> b.append(p.getUnicode()));
                        visual[0] = b.toString().replace('\u00a0', ' ');
                    }
                }
            };
            stripper.getText(doc);
            assertTrue(visual[0] != null && visual[0].contains("+31 40 555 01 20"), "left to right: " + visual[0]);
            // a table in the Arabic column has its first column on the right, in the Dutch column on the left
            assertTrue(find(lines, "النوع", false, middle, true).x()
                    > find(lines, "المدة", false, middle, true).x());
            assertTrue(find(lines, "Soort", true, middle, true).x()
                    < find(lines, "Duur", true, middle, true).x());
            // the sentence read backwards (as a visual-order extraction would give it) is not there
            List<String> backwards = new ArrayList<>(HandoutTextTest.arabicWords("يتصل بك الطبيب بعد أسبوع"));
            Collections.reverse(backwards);
            assertEquals(-1, Collections.indexOfSubList(right, backwards));
        }
    }

    @Test
    void anOutdatedTranslationIsMarkedAsOnItsPage() throws IOException {
        ContentFixture f = fixture("pdf: {bilingual: [ar]}\n");
        assertTrue(f.build().published());
        String notice = "تُرجمت هذه النشرة عن نسخة أقدم";
        try (PDDocument doc = Pdfs.open(bilingual(f))) {
            assertFalse(TextContains.of(Pdfs.text(doc), notice), "a current translation is not marked");
        }
        // the source changes after the translation was made
        f.write("ct/nl.md", Files.readString(f.root().resolve("ct/nl.md")).replace("De laborant", "Een laborant"));
        assertTrue(new Compiler(f.options()).build().published());
        assertTrue(f.read("ar/ct/index.html").contains(notice), "the page's notice");
        try (PDDocument doc = Pdfs.open(bilingual(f))) {
            float middle = doc.getPage(0).getMediaBox().getWidth() / 2;
            List<Line> lines = lines(doc);
            Line mark = find(lines, notice, false, middle);
            assertEquals(1, mark.page(), "on the first page, in the translation's column");
            // above the first section
            assertTrue(mark.y() < find(lines, "التحضير", false, middle, true).y());
        }
    }

    @Test
    void theTranslationsPageLinksItAndOtherLanguagesGetNone() throws IOException {
        ContentFixture f = fixture("pdf: {bilingual: [ar]}\n");
        assertTrue(f.build().published());
        Path file = bilingual(f);
        int pages;
        try (PDDocument doc = Pdfs.open(file)) {
            pages = doc.getNumberOfPages();
        }
        assertTrue(pages >= 2, "the long sections need more than a page");
        String name = file.getFileName().toString();
        assertTrue(name.matches("T-\\d+-nl-ar\\.pdf"), name);
        String page = f.read("ar/ct/index.html");
        assertTrue(
                page.contains("<a href=\"" + name
                        + "\" type=\"application/pdf\">اطبع بلغتين: العربية والهولندية جنبًا إلى جنب (PDF، A4، "),
                page);
        // English is not listed: no bilingual handout and no link; the source's page has none either
        try (Stream<Path> all = Files.walk(f.output())) {
            assertEquals(
                    List.of("ar/ct/" + name),
                    all.filter(p -> Pattern.matches(
                                    ".*-nl-[a-z]+\\.pdf", p.getFileName().toString()))
                            .map(p -> f.output().relativize(p).toString())
                            .toList());
        }
        assertFalse(f.read("en/ct/index.html").contains("-nl-en.pdf"));
        assertFalse(f.read("nl/ct/index.html").contains("-nl-"));
    }

    @Test
    void aSectionTheTranslationLacksStandsBesideAnEmptyCell() throws IOException {
        ContentFixture f = fixture("pdf: {bilingual: [ar]}\n")
                .translation(
                        "ct", "ar", "الأشعة المقطعية", "", "## التحضير\n\n" + arabic(1) + "## الفحص\n\n" + arabic(2))
                .stampTranslations();
        BuildResult result = f.build();
        assertTrue(result.published(), result.diagnostics()::toString);
        try (PDDocument doc = Pdfs.open(bilingual(f))) {
            float middle = doc.getPage(0).getMediaBox().getWidth() / 2;
            List<Line> lines = lines(doc);
            // paired in order: the first two sections level, the third beside nothing
            assertEquals(
                    find(lines, "Het onderzoek", true, middle, true).y(),
                    find(lines, "الفحص", false, middle, true).y(),
                    1.5f);
            Line third = find(lines, "De uitslag", true, middle, true);
            Line paragraph = find(lines, "Alinea C1.", true, middle);
            assertEquals(
                    List.of(),
                    lines.stream()
                            .filter(l -> l.x() >= middle && l.page() == third.page())
                            .filter(l -> l.y() > third.y() - 5 && l.y() < paragraph.y() + 5)
                            .toList(),
                    "nothing in the right column beside the third section's heading and first lines");
        }
    }

    @Test
    void withoutTheOptionThereIsNoBilingualHandout() throws IOException {
        ContentFixture f = fixture("");
        assertTrue(f.build().published());
        try (Stream<Path> all = Files.walk(f.output())) {
            assertEquals(
                    List.of(),
                    all.filter(p -> p.getFileName().toString().contains("-nl-")).toList());
        }
        assertTrue(Files.isRegularFile(f.output().resolve("ar/ct/index.html")));
        assertFalse(f.read("ar/ct/index.html").contains("اطبع بلغتين"));
    }

    @Test
    void anUnchangedBilingualHandoutIsTakenOverAndAChangedTranslationMakesItAgain() throws IOException {
        ContentFixture f = fixture("pdf: {bilingual: [ar]}\n");
        assertTrue(f.build().published());
        Path file = bilingual(f);
        byte[] first = Files.readAllBytes(file);
        assertEquals(0, written(f), "nothing changed: every handout taken over");
        assertTrue(java.util.Arrays.equals(first, Files.readAllBytes(file)));
        f.write("ct/ar.md", Files.readString(f.root().resolve("ct/ar.md")).replace("بعد أسبوع", "بعد يومين"));
        // the Arabic handout and the bilingual one; the Dutch and English handouts are taken over
        assertEquals(2, written(f));
        assertFalse(java.util.Arrays.equals(first, Files.readAllBytes(file)));
    }

    private static int written(ContentFixture f) throws IOException {
        Compiler compiler = new Compiler(f.options());
        assertTrue(compiler.build().published());
        return compiler.outputs().stream()
                .filter(o -> o.name().equals("pdf"))
                .findFirst()
                .orElseThrow()
                .counts()
                .written();
    }

    @Test
    void sectionsAreCutAtTopLevelHeadingsOnly() {
        String html = "<p>Intro</p>\n<h2 id=\"a\">A</h2>\n<p>a<br />b</p>\n<blockquote><h2>quoted</h2></blockquote>\n"
                + "<h2 id=\"b\">B</h2>\n<div class=\"faq-item\"><h3>Q</h3><p>answer</p></div>\n";
        assertEquals(
                List.of(
                        "<p>Intro</p>\n",
                        "<h2 id=\"a\">A</h2>\n<p>a<br />b</p>\n<blockquote><h2>quoted</h2></blockquote>\n",
                        "<h2 id=\"b\">B</h2>\n<div class=\"faq-item\"><h3>Q</h3><p>answer</p></div>\n"),
                Bilinguals.sections(html));
        // a heading with the block after it (kept on one page in both columns), then the rest
        assertEquals(
                List.of("<h2 id=\"a\">A</h2>\n<p>a<br />b</p>", "\n<blockquote><h2>quoted</h2></blockquote>\n"),
                List.of(Bilinguals.lead(Bilinguals.sections(html).get(1))));
        assertEquals(List.of("", "<p>Intro</p>\n"), List.of(Bilinguals.lead("<p>Intro</p>\n")));
        // subsections get rows of their own only when both languages have as many
        assertEquals(
                3,
                Bilinguals.subsections("<h2>A</h2><h3>x</h3><p>1</p><h3>y</h3>", "<h2>Á</h2><h3>ẋ</h3><h3>ý</h3>")
                        .size());
        assertEquals(
                1,
                Bilinguals.subsections("<h2>A</h2><h3>x</h3><p>1</p><h3>y</h3>", "<h2>Á</h2><h3>ẋ</h3>")
                        .size());
    }

    /**
     * The sample's Arabic CT-scan leaflet beside its source: sections level, tagged (PDF/UA-1) and archivable
     * (PDF/A-2a) as the other handouts; its first page for the README with -Dpil.handouts.update=true.
     */
    @Test
    void theSamplesBilingualHandoutIsLevelAndConforms() throws IOException {
        // one per Arabic translation of the sample
        assertEquals(
                List.of("chemotherapy", "ct-scan", "liver-metastases", "mri-scan"),
                SampleHandouts.bilinguals().stream()
                        .map(p -> p.getParent().getFileName().toString())
                        .toList());
        Path file = SampleHandouts.bilinguals().get(1);
        List<String> dutch = headings(Path.of("../content/ct-scan/nl.md"));
        List<String> arabic = headings(Path.of("../content/ct-scan/ar.md"));
        assertEquals(dutch.size(), arabic.size(), "the sample's translation has the source's sections");
        try (PDDocument doc = Pdfs.open(file)) {
            float middle = doc.getPage(0).getMediaBox().getWidth() / 2;
            List<Line> lines = lines(doc);
            for (int i = 0; i < dutch.size(); i++) {
                Line left = firstLineOf(lines, dutch.get(i), true, middle);
                Line right = firstLineOf(lines, arabic.get(i), false, middle);
                assertEquals(left.page(), right.page(), dutch.get(i) + " and " + arabic.get(i) + " on one page");
                assertEquals(left.y(), right.y(), 1.5f, dutch.get(i) + " beside " + arabic.get(i));
            }
            // the running header names both titles; the Arabic one, "… (CT)", keeps its "(CT)" at its left end
            List<TextPosition> header = new ArrayList<>();
            PDFTextStripperByArea top = new PDFTextStripperByArea() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    header.addAll(positions);
                }
            };
            top.addRegion("header", new Rectangle2D.Float(0, 0, middle * 2, 14 * MM));
            top.extractRegions(doc.getPage(1));
            List<Float> capitalTs = header.stream()
                    .filter(p -> p.getUnicode().equals("T"))
                    .map(TextPosition::getXDirAdj)
                    .sorted()
                    .toList();
            assertEquals(2, capitalTs.size(), "in CT-scan and in (CT)");
            float ct = capitalTs.get(1); // the first is CT-scan's, at the left end
            float arabicStart = header.stream()
                    .filter(p -> !HandoutTextTest.arabicWords(p.getUnicode()).isEmpty())
                    .map(TextPosition::getXDirAdj)
                    .reduce(Float.MAX_VALUE, Math::min);
            assertTrue(ct < arabicStart, "(CT) left of the Arabic words of the title: " + ct + " " + arabicStart);
            assertEquals(List.of(), VeraPdf.failures(file, PDFAFlavour.PDFUA_1), "PDF/UA-1");
            assertEquals(List.of(), VeraPdf.failures(file, PDFAFlavour.PDFA_2_A), "PDF/A-2a");
            if (Boolean.getBoolean("pil.handouts.update")) {
                ImageIO.write(
                        new PDFRenderer(doc).renderImageWithDPI(0, 60, ImageType.RGB),
                        "png",
                        Path.of("../docs/images/bilingual-handout-nl-ar.png").toFile());
            }
        }
    }

    /** The {@code ##} and {@code ###} headings of a leaflet's Markdown, in order. */
    private static List<String> headings(Path file) throws IOException {
        return Files.readAllLines(file).stream()
                .filter(l -> l.startsWith("## ") || l.startsWith("### "))
                .map(l -> l.substring(l.indexOf(' ') + 1).strip())
                .toList();
    }

    /** The line a heading starts on: the whole heading, or its first words when it wraps in the narrow column. */
    private static Line firstLineOf(List<Line> lines, String heading, boolean leftColumn, float middle) {
        return lines.stream()
                .filter(l -> (l.x() < middle) == leftColumn)
                .filter(l -> {
                    String text = l.text()
                            .replaceAll("[\\u064B-\\u0652\\u0670\\u00AD]", "")
                            .strip();
                    String whole = heading.replaceAll("[\\u064B-\\u0652\\u0670]", "");
                    return text.equals(whole) || (text.length() > whole.length() / 3 && whole.startsWith(text + " "));
                })
                .findFirst()
                .orElseThrow(() -> new AssertionError("'" + heading + "' in " + lines));
    }
}
