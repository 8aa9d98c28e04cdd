package nl.pil.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.pil.markdown.LeafletMarkdown;
import nl.pil.render.pdf.Pdfs;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.junit.jupiter.api.Test;

/**
 * The text of every sample handout (nl, en, ar) as a PDF reader, search or a screen reader gets it (issue #14): each
 * paragraph and heading of the leaflet's body and its title are found in the handout's extracted text (pdftotext),
 * compared after whitespace normalisation: line breaks and runs of spaces are one space; hyphens, soft hyphens and
 * bidi controls are left out on both sides (a hyphen at a line end may be the layout's or the text's own).
 * Paragraphs that the handout shows as cards ({@code [[id]]}) are left out.
 *
 * <p>In Arabic handouts every word of a paragraph (its letters; vowel marks apart) must be among the handout's
 * words: the order of clauses inside a right-to-left line is pdftotext's guess (on a page with much Latin text,
 * such as Dutch cards, it reads a line's clauses left to right), so order is checked where it is the PDF's doing:
 * the titles, words with vowel marks and PdfArabicTest's sections. Arabic must come out as letters of the Arabic
 * block (U+06xx), never as presentation forms (U+FExx).
 */
class HandoutTextTest {
    private static final Pattern TITLE = Pattern.compile("(?m)^title:\\s*(.+?)\\s*$");

    @Test
    void everyParagraphAndTitleOfEveryHandoutIsInItsExtractedText() throws IOException, InterruptedException {
        // poppler's pdftotext, as the issue measured: PDFBox's extractor takes a right-to-left line that starts
        // with Latin letters (on the page, at its left end) for a left-to-right one and misorders its words
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdftotext")), "poppler-utils not installed");
        List<String> missing = new ArrayList<>();
        int blocks = 0;
        for (Path file : SampleHandouts.handouts()) {
            String lang = file.getParent().getParent().getFileName().toString();
            String id = file.getParent().getFileName().toString();
            String source = Files.readString(Path.of("../content", id, lang + ".md"), StandardCharsets.UTF_8);
            String text = withoutMarks(normalise(pdftotext(file)));
            Map<String, Long> arabicWords =
                    arabicWords(text).stream().collect(Collectors.groupingBy(w -> w, Collectors.counting()));
            List<String> expected = new ArrayList<>();
            expected.add(title(source));
            expected.addAll(blocks(source));
            for (String block : expected) {
                blocks++;
                boolean found = lang.equals("ar")
                        ? arabicWords(withoutMarks(block)).stream()
                                .collect(Collectors.groupingBy(w -> w, Collectors.counting()))
                                .entrySet()
                                .stream()
                                .allMatch(e -> arabicWords.getOrDefault(e.getKey(), 0L) >= e.getValue())
                        : text.contains(block);
                if (!found) {
                    missing.add(lang + "/" + id + ": " + block);
                }
            }
        }
        assertTrue(blocks > 300, "paragraphs compared: " + blocks);
        assertEquals(List.of(), missing, "not found in the handout's text");
    }

    @Test
    void arabicHandoutsGiveArabicLettersNeverPresentationForms() throws IOException {
        int arabic = 0;
        for (Path file : SampleHandouts.handouts()) {
            if (!file.getParent().getParent().getFileName().toString().equals("ar")) {
                continue;
            }
            arabic++;
            String raw = rawText(file);
            assertEquals(
                    "",
                    raw.codePoints()
                            .filter(c -> c >= 0xFB50 && c <= 0xFEFF)
                            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                            .toString(),
                    file + ": presentation forms in the text");
            assertTrue(raw.codePoints().filter(c -> c >= 0x0621 && c <= 0x064A).count() > 500, file::toString);
            assertTrue(raw.contains("\u0651"), file + ": shadda kept as a mark in the text");
        }
        assertEquals(4, arabic, "Arabic sample handouts");
    }

    /** Words with shadda, tanween and damma of the Arabic liver-metastases handout, as both extractors give them. */
    @Test
    void vowelMarksFollowTheirLetters() throws IOException, InterruptedException {
        Path file = SampleHandouts.handouts().stream()
                .filter(f -> f.endsWith(Path.of("ar", "liver-metastases", "MDL-001-ar.pdf")))
                .findFirst()
                .orElseThrow();
        List<String> words = List.of("يمرّ", "جدًا", "تتكوّن", "يُسمّى", "خاصةً", "أيضًا", "لأي");
        String pdfbox;
        try (PDDocument doc = Pdfs.open(file)) {
            pdfbox = normalise(sortedText(doc));
        }
        for (String word : words) {
            assertTrue(pdfbox.contains(" " + word + " "), word + " in\n" + pdfbox);
        }
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdftotext")), "poppler-utils not installed");
        String poppler = normalise(pdftotext(file));
        for (String word : words) {
            assertTrue(poppler.contains(" " + word + " "), word + " in\n" + poppler);
        }
    }

    private static String sortedText(PDDocument doc) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(doc);
    }

    private static String pdftotext(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("/usr/bin/pdftotext", file.toString(), "-")
                .redirectErrorStream(true)
                .start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), text);
        return text;
    }

    /** The runs of Arabic words of a text, without what stands between them (brackets, digits, Latin words). */
    static List<String> arabicRuns(String text) {
        return Pattern.compile("[\\u0600-\\u06FF]+(?: [\\u0600-\\u06FF]+)*")
                .matcher(text)
                .results()
                .map(java.util.regex.MatchResult::group)
                .toList();
    }

    /** The Arabic words of a text in their order, without what stands between them. */
    static List<String> arabicWords(String text) {
        return Pattern.compile("[\\u0621-\\u064A\\u0671-\\u06D3]+")
                .matcher(text)
                .results()
                .map(java.util.regex.MatchResult::group)
                .toList();
    }

    static String withoutMarks(String text) {
        return text.replaceAll("[\\u064B-\\u0652\\u0670]", "");
    }

    /** The Arabic titles as poppler's pdftotext (what most Linux viewers search with) finds them. */
    @Test
    void pdftotextFindsEveryArabicTitle() throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdftotext")), "poppler-utils not installed");
        for (Path file : SampleHandouts.handouts()) {
            String id = file.getParent().getFileName().toString();
            if (!file.getParent().getParent().getFileName().toString().equals("ar")) {
                continue;
            }
            String text = normalise(pdftotext(file));
            String title = title(Files.readString(Path.of("../content", id, "ar.md")));
            // its runs of Arabic words: pdftotext misorders brackets and Latin inside Arabic ("(CT)")
            Matcher words = Pattern.compile("[\\u0600-\\u06FF]+(?: [\\u0600-\\u06FF]+)*")
                    .matcher(title);
            int runs = 0;
            while (words.find()) {
                runs++;
                assertTrue(text.contains(words.group()), file + ": '" + words.group() + "' in\n" + text);
            }
            assertTrue(runs > 0, title);
        }
    }

    /** Every glyph's text as the PDF maps it (ToUnicode), without PDFBox's own normalisation of forms. */
    private static String rawText(Path file) throws IOException {
        StringBuilder raw = new StringBuilder();
        try (PDDocument doc = Pdfs.open(file)) {
            new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    positions.forEach(t -> raw.append(t.getUnicode()));
                }
            }.getText(doc);
        }
        return raw.toString();
    }

    static String title(String source) {
        Matcher m = TITLE.matcher(source);
        assertTrue(m.find(), source);
        return normalise(m.group(1).replaceAll("^([\"'])(.*)\\1$", "$2"));
    }

    /** The text of each paragraph and heading of the body, as {@link LeafletMarkdown#plainText} gives it. */
    static List<String> blocks(String source) {
        String body = source.replaceFirst("(?s)^---\\R.*?\\R---\\R", "");
        Node document = LeafletMarkdown.parse(body);
        List<String> blocks = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                add(paragraph);
            }

            @Override
            public void visit(Heading heading) {
                add(heading);
            }

            private void add(Node node) {
                String text = normalise(LeafletMarkdown.plainText(node));
                if (!text.isEmpty() && !text.contains("[[")) {
                    blocks.add(text);
                }
            }
        });
        return blocks;
    }

    static String normalise(String text) {
        return text.replaceAll("[\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]", "")
                .replaceAll("[-\\u00AD]\\R", "")
                .replaceAll("[-\\u00AD]", "")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
