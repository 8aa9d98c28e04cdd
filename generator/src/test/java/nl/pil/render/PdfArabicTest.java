package nl.pil.render;

import static nl.pil.render.PdfOutputTest.assertInOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.pil.ContentFixture;
import nl.pil.compile.BuildResult;
import nl.pil.render.pdf.Pdfs;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An Arabic handout: shaped, in logical order when extracted, laid out right to left. */
class PdfArabicTest {
    static final String SITE = """
            name: {nl: Testziekenhuis, en: Test Hospital, ar: مستشفى الاختبار}
            base-url: https://folders.test.example/
            languages: [nl, en, ar]
            contact: {phone: "+31 40 555 00 00", emergency: "112"}
            departments:
              radiology:
                name: {nl: Radiologie, en: Radiology, ar: قسم الأشعة}
                phone: "+31 40 555 01 20"
            """;
    static final String AR = """
            ---
            type: exam
            title: التصوير المقطعي
            summary: في التصوير المقطعي نلتقط صورا لداخل جسمك بالأشعة السينية.
            ---
            التصوير المقطعي فحص بالأشعة السينية. يستغرق الفحص عادة من 10 إلى 15 دقيقة.

            ## التحضير

            - لا تأكل شيئًا قبل الفحص بساعتين. يمكنك أن تشرب.
            - تناول أدويتك كالمعتاد.
            - ارتد ملابس مريحة بدون معادن.

            | الوقت | ماذا تفعل |
            |---|---|
            | 08.00 | التسجيل في مكتب الاستقبال |

            ## بعد الفحص

            اشرب كثيرا في بقية اليوم. يمكنك أن تأكل وتعود إلى البيت.

            يمرّ الدم عبر الكبد.
            """;

    @TempDir
    static Path dir;

    static ContentFixture site;
    static PDDocument ar;

    @BeforeAll
    static void build() throws IOException {
        site = new ContentFixture(dir)
                .withPdf()
                .write("site.yaml", SITE)
                .leaflet(
                        "ct",
                        "exam",
                        "CT-scan",
                        "prepare-days: 3",
                        "Een CT-scan.\n\n## Voorbereiding\n\nEet 2 uur vóór het onderzoek niets.\n\n## Na het onderzoek\n\nDrink veel.\n")
                .write("ct/ar.md", AR)
                .stampTranslations();
        BuildResult result = site.build();
        assertEquals(List.of(), site.headlines(result), "Arabic interface text is complete");
        ar = Pdfs.open(Pdfs.only(site.output().resolve("ar/ct")));
    }

    @AfterAll
    static void close() throws IOException {
        ar.close();
        Pdfs.keep(site.output(), "PdfArabicTest");
    }

    @Test
    void arabicTextIsEmbeddedInTheArabicFontAndExtractsInLogicalOrder() throws IOException {
        assertTrue(
                Pdfs.fonts(ar).keySet().stream().anyMatch(n -> n.endsWith("+NotoSansArabic-Regular")),
                Pdfs.fonts(ar).keySet()::toString);
        assertTrue(Pdfs.fonts(ar).values().stream().allMatch(f -> f.isEmbedded()));
        String text = Pdfs.text(ar);
        assertTrue(text.contains("مستشفى الاختبار") && text.contains("قسم الأشعة"), text);
        assertInOrder(
                text,
                "التصوير المقطعي",
                "في التصوير المقطعي نلتقط صورا لداخل جسمك بالأشعة السينية",
                "تنبيه!",
                "التحضير",
                "قبل الفحص بساعتين",
                "تناول أدويتك كالمعتاد",
                "بعد الفحص",
                "اشرب كثيرا في بقية اليوم",
                "اقرأ هذه النشرة على الإنترنت");
        assertTrue(text.contains("من 10 إلى 15 دقيقة"), "numbers keep their order inside Arabic text:\n" + text);
        assertTrue(text.contains("قبل 3 أيام على الأقل"), "the plural form for three days:\n" + text);
        assertTrue(
                visualLines(ar, 1).stream()
                        .anyMatch(l -> l.replace('\u00A0', ' ').startsWith("+31 40 555 01 20 ")),
                "phone numbers keep their digit groups in order, left to right: " + visualLines(ar, 1));
    }

    @Test
    void layoutIsMirrored() throws IOException {
        float width = ar.getPage(0).getMediaBox().getWidth();
        float margin = 22 * 72 / 25.4f; // pdf.css: @page margin
        Line title = lines(ar, 1).stream()
                .filter(l -> l.text().equals("التصوير المقطعي"))
                .findFirst()
                .orElseThrow();
        assertEquals(width - margin, title.right(), 2, "the title starts at the right margin");
        assertTrue(title.left() > width / 2, "and does not reach the left half");
        Line hospital = lines(ar, 1).stream()
                .filter(l -> l.text().contains("مستشفى الاختبار"))
                .findFirst()
                .orElseThrow();
        assertEquals(width - margin, hospital.right(), 2, "the hospital's name stands top right");
        float height = ar.getPage(0).getMediaBox().getHeight();
        Line code = lines(ar, 1).stream()
                .filter(l -> l.text().contains("T-") && l.y() > height - 18 * 72 / 25.4f) // in the footer
                .findFirst()
                .orElseThrow();
        assertEquals(width - margin, code.right(), 2, "leaflet code at the right of the footer: " + code);
        Line pageWord = lines(ar, 1).stream()
                .filter(l -> l.text().contains("صفحة"))
                .findFirst()
                .orElseThrow();
        List<Line> pageNumber = sameLine(lines(ar, 1), pageWord).stream()
                .filter(l -> l.right() < width / 2)
                .toList();
        assertEquals(
                margin,
                pageNumber.getFirst().left(),
                2,
                "page number at the left of the footer, inside the margin: " + pageNumber);
    }

    @Test
    void pdfUaAndPdfAConformanceCheckedByVeraPdf() throws IOException {
        Path file = Pdfs.only(site.output().resolve("ar/ct"));
        assertEquals(
                List.of(),
                nl.pil.render.pdf.VeraPdf.failures(file, org.verapdf.pdfa.flavours.PDFAFlavour.PDFUA_1),
                "PDF/UA-1");
        assertEquals(
                List.of(),
                nl.pil.render.pdf.VeraPdf.failures(file, org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_A),
                "PDF/A-2a");
    }

    @Test
    void tableColumnsRunFromRightToLeft() throws IOException {
        List<Line> lines = lines(ar, 1);
        Line header = lines.stream()
                .filter(l -> l.text().contains("الوقت"))
                .findFirst()
                .orElseThrow();
        Line row = lines.stream()
                .filter(l -> l.text().contains("التسجيل في مكتب الاستقبال"))
                .findFirst()
                .orElseThrow();
        float width = ar.getPage(0).getMediaBox().getWidth();
        assertTrue(
                header.right() > width - 25 * 72 / 25.4f, "the first column's header stands at the right: " + header);
        assertTrue(row.right() < width - 60, "the second column stands left of the first: " + row);
    }

    @Test
    void footerAndQrCodeInArabic() throws IOException {
        int pages = ar.getNumberOfPages();
        for (int p = 1; p <= pages; p++) {
            List<Line> all = lines(ar, p);
            Line word = all.stream()
                    .filter(l -> l.text().contains("صفحة"))
                    .findFirst()
                    .orElseThrow();
            // read right to left: "صفحة", page, "من", pages
            List<String> rightToLeft = sameLine(all, word).stream()
                    .filter(l -> l.right() < 300)
                    .map(Line::text)
                    .toList()
                    .reversed();
            assertEquals(
                    List.of("صفحة", Integer.toString(p), "من", Integer.toString(pages)),
                    String.join(" ", rightToLeft)
                            .lines()
                            .flatMap(l -> java.util.Arrays.stream(l.split("\\s+")))
                            .toList(),
                    "page " + p);
        }
        assertEquals("https://folders.test.example/ar/ct/", Pdfs.qrCode(ar, ar.getNumberOfPages()));
        assertEquals("ar", ar.getDocumentCatalog().getLanguage());
    }

    @Test
    void lettersAreShapedIntoTheirJoiningFormsAndExtractAsArabicLetters() throws IOException {
        // the glyphs are chosen per position in the word (initial, medial, final), so most differ from the glyph
        // the font's cmap gives the letter alone; their text (ToUnicode) is the letter, never a presentation form
        org.apache.fontbox.ttf.TrueTypeFont font = new org.apache.fontbox.ttf.TTFParser()
                .parse(new org.apache.pdfbox.io.RandomAccessReadBufferedFile(
                        "../templates/fonts/NotoSansArabic-Regular.ttf"));
        org.apache.fontbox.ttf.CmapLookup cmap = font.getUnicodeCmapLookup();
        StringBuilder raw = new StringBuilder();
        int[] counts = new int[2];
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition p : positions) {
                    raw.append(p.getUnicode());
                    int c = p.getUnicode().codePointAt(0);
                    if (c >= 0x0628 && c <= 0x064A && p.getFont().getName().endsWith("NotoSansArabic-Regular")) {
                        counts[p.getCharacterCodes()[0] == cmap.getGlyphId(c) ? 1 : 0]++;
                    }
                }
            }
        };
        stripper.getText(ar);
        font.close();
        assertTrue(counts[0] > 100, "letters in a joining form: " + counts[0]);
        assertTrue(counts[1] < counts[0] / 2, "letters in their isolated form: " + counts[1]);
        assertEquals(0, raw.codePoints().filter(c -> c >= 0xFB50 && c <= 0xFEFF).count(), raw::toString);
        assertFalse(raw.toString().contains("\uFFFD"), "no replacement characters");
    }

    @Test
    void vowelMarksSitOnTheirLetters() throws IOException {
        // the shadda of "يمرّ" (issue #14: it stood apart, a glyph of its own): drawn as an outline over the
        // letter ra; its text, hidden, extracts right after the ra
        TextPosition ra = null;
        int page = 0;
        for (int p = 1; p <= ar.getNumberOfPages() && ra == null; p++) {
            List<TextPosition> glyphs = glyphs(ar, p);
            for (int i = 0; i + 1 < glyphs.size(); i++) {
                if (glyphs.get(i).getUnicode().equals("\u0651")
                        && glyphs.get(i + 1).getUnicode().equals("\u0631")) {
                    ra = glyphs.get(i + 1);
                    page = p;
                }
            }
        }
        assertTrue(ra != null, "the shadda's text just before its ra's in the content");
        float height = ar.getPage(page - 1).getMediaBox().getHeight();
        float baseline = height - ra.getYDirAdj(); // PDF coordinates, from the bottom
        java.awt.geom.Rectangle2D letter = new java.awt.geom.Rectangle2D.Float(
                ra.getXDirAdj(), baseline - ra.getFontSizeInPt(), ra.getWidthDirAdj(), 2 * ra.getFontSizeInPt());
        List<java.awt.geom.Rectangle2D> marks = new ArrayList<>();
        for (java.awt.geom.Rectangle2D shape : filledShapes(ar, page)) {
            if (shape.getWidth() < ra.getFontSizeInPt() / 2
                    && letter.contains(shape.getCenterX(), shape.getCenterY())) {
                marks.add(shape);
            }
        }
        assertEquals(1, marks.size(), "one outline over the ra " + letter + ": " + marks);
        java.awt.geom.Rectangle2D shadda = marks.getFirst();
        assertTrue(shadda.getMinY() > baseline, "above the baseline: " + shadda + ", baseline " + baseline);
        assertTrue(
                shadda.getMinX() >= ra.getXDirAdj() - 1
                        && shadda.getMaxX() <= ra.getXDirAdj() + ra.getWidthDirAdj() + 1,
                "within the letter's width: " + shadda + " " + letter);
    }

    /** The bounding boxes of the filled paths of a page, in PDF coordinates. */
    static List<java.awt.geom.Rectangle2D> filledShapes(PDDocument doc, int page) throws IOException {
        List<java.awt.geom.Rectangle2D> shapes = new ArrayList<>();
        java.awt.geom.Path2D.Float path = new java.awt.geom.Path2D.Float();
        new org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine(doc.getPage(page - 1)) {
            @Override
            public void appendRectangle(
                    java.awt.geom.Point2D p0,
                    java.awt.geom.Point2D p1,
                    java.awt.geom.Point2D p2,
                    java.awt.geom.Point2D p3) {
                path.moveTo(p0.getX(), p0.getY());
                path.lineTo(p2.getX(), p2.getY());
            }

            @Override
            public void drawImage(org.apache.pdfbox.pdmodel.graphics.image.PDImage image) {}

            @Override
            public void clip(int windingRule) {}

            @Override
            public void moveTo(float x, float y) {
                path.moveTo(x, y);
            }

            @Override
            public void lineTo(float x, float y) {
                path.lineTo(x, y);
            }

            @Override
            public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
                path.curveTo(x1, y1, x2, y2, x3, y3);
            }

            @Override
            public java.awt.geom.Point2D getCurrentPoint() {
                return path.getCurrentPoint() == null ? new java.awt.geom.Point2D.Float() : path.getCurrentPoint();
            }

            @Override
            public void closePath() {
                path.closePath();
            }

            @Override
            public void endPath() {
                path.reset();
            }

            @Override
            public void strokePath() {
                path.reset();
            }

            @Override
            public void fillPath(int windingRule) {
                shapes.add(path.getBounds2D());
                path.reset();
            }

            @Override
            public void fillAndStrokePath(int windingRule) {
                fillPath(windingRule);
            }

            @Override
            public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {}

            void run() throws IOException {
                processPage(getPage());
            }
        }.run();
        return shapes;
    }

    /** The glyphs of a page in the order of the content, with their text. */
    static List<TextPosition> glyphs(PDDocument doc, int page) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.add(text);
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(doc);
        return glyphs;
    }

    /** The glyphs of each line of a page as they stand from left to right (visual order), words split at gaps. */
    static List<String> visualLines(PDDocument doc, int page) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.add(text);
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(doc);
        java.util.TreeMap<Integer, List<TextPosition>> byLine = new java.util.TreeMap<>();
        for (TextPosition g : glyphs) {
            byLine.computeIfAbsent(Math.round(g.getYDirAdj() / 4), k -> new ArrayList<>())
                    .add(g);
        }
        List<String> lines = new ArrayList<>();
        for (List<TextPosition> line : byLine.values()) {
            line.sort(java.util.Comparator.comparing(TextPosition::getXDirAdj));
            StringBuilder b = new StringBuilder();
            float end = Float.NaN;
            for (TextPosition g : line) {
                if (!Float.isNaN(end) && g.getXDirAdj() - end > g.getWidthOfSpace() * 0.5f) {
                    b.append(' ');
                }
                b.append(g.getUnicode());
                end = g.getXDirAdj() + g.getWidthDirAdj();
            }
            lines.add(b.toString());
        }
        return lines;
    }

    record Line(String text, float left, float right, float y) {}

    /** Everything printed on the same line as {@code part}, left to right. */
    static List<Line> sameLine(List<Line> lines, Line part) {
        return lines.stream()
                .filter(l -> Math.abs(l.y() - part.y()) < 2)
                .sorted(java.util.Comparator.comparing(Line::left))
                .toList();
    }

    /** Each line of a page with its horizontal extent. */
    static List<Line> lines(PDDocument doc, int page) throws IOException {
        List<Line> lines = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                float left = Float.MAX_VALUE;
                float right = 0;
                for (TextPosition p : positions) {
                    left = Math.min(left, p.getXDirAdj());
                    right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
                }
                lines.add(
                        new Line(text.strip(), left, right, positions.getFirst().getYDirAdj()));
            }
        };
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(doc);
        return lines;
    }
}
