package nl.pil.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.pil.render.pdf.Pdfs;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample handouts (content/, A4) measured page by page: how much of each page's text area the text fills, from
 * the text positions in the PDF. Issue #14: a last page with only the QR code and the authors wastes paper.
 */
class HandoutPaginationTest {
    private static final float MM = 72 / 25.4f;
    // pdf.css: @page margins of A4 handouts (the first page's top margin is smaller)
    private static final float TOP = 18 * MM;
    private static final float FIRST_TOP = 14 * MM;
    private static final float BOTTOM = 18 * MM;

    static Path site;
    static List<Path> handouts;

    @BeforeAll
    static void build() {
        site = SampleHandouts.site();
        handouts = SampleHandouts.handouts();
        assertTrue(handouts.size() >= 30, "the sample set: " + handouts);
    }

    /** The share of a page's text area (between the margins) down to the lowest text on it. */
    static float fill(PDDocument doc, int page) throws IOException {
        float height = doc.getPage(page - 1).getMediaBox().getHeight();
        float top = page == 1 ? FIRST_TOP : TOP;
        float bottom = height - BOTTOM;
        float[] lowest = {top};
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition p : positions) {
                    float y = p.getYDirAdj(); // baseline, from the top of the page
                    if (y > top && y < bottom) { // not the running header or footer in the margins
                        lowest[0] = Math.max(lowest[0], y);
                    }
                }
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(doc);
        return (lowest[0] - top) / (bottom - top);
    }

    @Test
    void noHandoutEndsOnANearlyEmptyPage() throws IOException {
        StringBuilder table = new StringBuilder();
        List<String> nearlyEmpty = new ArrayList<>();
        int pages = 0;
        for (Path file : handouts) {
            try (PDDocument doc = Pdfs.open(file)) {
                int n = doc.getNumberOfPages();
                pages += n;
                table.append(site.relativize(file)).append(':');
                for (int page = 1; page <= n; page++) {
                    float fill = fill(doc, page);
                    table.append(String.format(" %.0f%%", fill * 100));
                    if (n > 1 && fill < 0.2f) {
                        nearlyEmpty.add(
                                site.relativize(file) + " page " + page + " (" + Math.round(fill * 100) + " %)");
                    }
                }
                table.append('\n');
            }
        }
        System.out.println("handout pages (fill of each page's text area):\n" + table + handouts.size() + " handouts, "
                + pages + " pages");
        assertEquals(List.of(), nearlyEmpty, "pages with less than 20 % of their text area used:\n" + table);
    }

    @Test
    void theClosingBlockStaysTogetherOnTheLastPage() throws IOException {
        String siteYaml = Files.readString(Path.of("../content/site.yaml"));
        siteYaml = siteYaml.substring(siteYaml.indexOf("departments:")); // not the hospital's, also in the colophon
        List<String> phones = Pattern.compile("phone: \"([^\"]+)\"")
                .matcher(siteYaml)
                .results()
                .map(m -> m.group(1).replaceAll("[ +]", "")) // the text of right-to-left pages has the + at the end
                .toList();
        for (Path file : handouts) {
            String lang = file.getParent().getParent().getFileName().toString();
            String id = file.getParent().getFileName().toString();
            try (PDDocument doc = Pdfs.open(file)) {
                String last = Pdfs.text(doc, doc.getNumberOfPages()).replaceAll("[\\s+]", "");
                // the QR code's address (the colophon) and the department's phone (the contact box) on one page
                assertTrue(last.contains("/" + lang + "/" + id), file + ": the colophon is on the last page");
                assertTrue(phones.stream().anyMatch(last::contains), file + ": the contact box is beside it");
            }
        }
    }
}
