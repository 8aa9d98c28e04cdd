package nl.pil.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** Cards of pages outside the site ({@code [[link:id]]}, declared in {@code content/links.yaml}). */
class ExternalCardTest {
    @TempDir
    Path dir;

    private static final String LINKS = """
            kanker-nl:
              url: https://www.kanker.nl/kankersoorten/lever
              organisation: KWF
              title: {nl: Leverkanker op kanker.nl, en: Liver cancer on kanker.nl}
              summary: {nl: Alles over leverkanker.}
            """;

    private ContentFixture fixture(String links) {
        return new ContentFixture(dir)
                .write("site.yaml", ContentFixture.SITE_YAML + ContentFixture.PLAIN_LANGUAGE_OFF)
                .write("links.yaml", links)
                .leaflet("lever", "condition", "Leverkanker", "", "Lees meer:\n\n[[link:kanker-nl]]\n")
                .translation("lever", "en", "Liver cancer", "", "Read more:\n\n[[link:kanker-nl]]\n")
                .stampTranslations();
    }

    @Test
    void theCardNamesThePublisherAndLeavesTheSiteWithoutAReferrer() {
        ContentFixture f = fixture(LINKS);
        BuildResult result = f.build();
        assertTrue(result.published(), result.diagnostics()::toString);
        String nl = f.read("nl/lever/index.html");
        assertTrue(nl.contains("""
                        <article class="card card-external card-website">
                          <h3 class="card-title"><a href="https://www.kanker.nl/kankersoorten/lever" rel="external noreferrer">Leverkanker op kanker.nl</a></h3>
                          <p class="card-meta" lang="nl"><span class="card-type">Andere website: KWF</span> · <bdi class="card-host" dir="ltr">kanker.nl</bdi></p>
                          <p class="card-summary">Alles over leverkanker.</p>
                        </article>"""), nl);
        String en = f.read("en/lever/index.html");
        assertTrue(en.contains(">Liver cancer on kanker.nl</a>"), en);
        assertTrue(en.contains("Other website: KWF"), en);
        assertFalse(en.contains("card-summary"), "no English summary, and no Dutch one slipped in");
    }

    @Test
    void aTitleOnlyInTheSourceLanguageIsMarked() {
        ContentFixture f = fixture(LINKS.replace(", en: Liver cancer on kanker.nl", ""));
        assertTrue(f.build().published());
        String en = f.read("en/lever/index.html");
        assertTrue(en.contains("<article class=\"card card-external card-website\" lang=\"nl\" dir=\"ltr\">"), en);
        assertTrue(en.contains("<span class=\"lang-marker\" lang=\"nl\" dir=\"ltr\">(Nederlands)</span>"), en);
        assertTrue(en.contains("<p class=\"card-summary\">Alles over leverkanker.</p>"), en);
    }

    @Test
    void theHandoutPrintsTheAddressToTypeIn() throws IOException {
        ContentFixture f = fixture(LINKS).withPdf();
        assertTrue(f.build().published());
        try (PDDocument pdf = Loader.loadPDF(handout(f).toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Leverkanker op kanker.nl Andere website: KWF Alles over leverkanker."), text);
            assertTrue(text.contains("kanker.nl/kankersoorten/lever"), text);
        }
    }

    @Test
    void anEditOfLinksYamlReachesThePage() {
        ContentFixture f = fixture(LINKS);
        assertTrue(f.build().published());
        f.write("links.yaml", LINKS.replace("Leverkanker op kanker.nl", "Leverkanker bij KWF"));
        assertTrue(f.build().published());
        assertTrue(f.read("nl/lever/index.html").contains(">Leverkanker bij KWF</a>"));
    }

    @Test
    void linksThatAreNotSafeOrNotThereAreErrorsAtTheirLine() {
        ContentFixture f = fixture("""
                        kanker-nl:
                          url: http://www.kanker.nl/lever
                          organisation: KWF
                          title: Lever
                        nfk:
                          url: https://nfk.nl/lever?utm_source=folder&page=2&fbclid=x1
                          organisation: NFK
                          title: Lever bij NFK
                        Slecht_id:
                          url: https://example.org/
                          organisation: X
                          title: X
                        zonder-uitgever:
                          url: https://example.org/
                          title: X
                        """).leaflet("ct", "exam", "CT", "", "Zie:\n\n[[link:nfkk]]\n");
        assertEquals(
                List.of(
                        "ct/nl.md:13:1: error: card of unknown link 'nfkk'",
                        "links.yaml:2:8: error: 'http://www.kanker.nl/lever' is not a secure (https) address",
                        "links.yaml:6:8: error: 'https://nfk.nl/lever?utm_source=folder&page=2&fbclid=x1' carries"
                                + " tracking parameters",
                        "links.yaml:9:1: error: 'Slecht_id' is not a link id",
                        "links.yaml:13:1: error: missing required key 'organisation' in link 'zonder-uitgever'"),
                f.headlines(f.check()).stream()
                        .filter(h -> h.contains("links.yaml") || h.contains("unknown link"))
                        .toList());
        assertTrue(
                f.check().diagnostics().stream()
                        .anyMatch(d -> d.hint() != null && d.hint().endsWith("use https://nfk.nl/lever?page=2")),
                "the hint gives the address without the tracking");
    }

    private static final String PODCAST = """
            in-behandeling:
              url: https://app.springcast.fm/podcast/in-behandeling-kanker
              kind: podcast
              organisation: Jeroen Bosch Ziekenhuis
              title: Podcast In behandeling
              transcript: https://www.example.org/transcripts/in-behandeling
            """;

    @Test
    void aPodcastIsACardToPlayElsewhereWithItsTranscriptAndNothingLoadsFromThere() throws IOException {
        ContentFixture f = new ContentFixture(dir)
                .write("site.yaml", ContentFixture.SITE_YAML + ContentFixture.PLAIN_LANGUAGE_OFF)
                .write("links.yaml", PODCAST)
                .leaflet("lever", "condition", "Leverkanker", "", "Luister ook:\n\n[[link:in-behandeling]]\n")
                .withPdf();
        assertTrue(f.build().published());
        String nl = f.read("nl/lever/index.html");
        assertTrue(nl.contains("<article class=\"card card-external card-podcast\">"), nl);
        assertTrue(nl.contains("<span class=\"card-type\">Podcast: Jeroen Bosch Ziekenhuis</span>"), nl);
        assertTrue(
                nl.contains(
                        "<p class=\"card-transcript\" lang=\"nl\"><a href=\"https://www.example.org/transcripts/in-behandeling\""
                                + " rel=\"external noreferrer\">Lees de uitgeschreven tekst</a></p>"),
                nl);
        // no player, frame, script or image from another host: the page asks nothing of it before a click
        assertFalse(nl.matches("(?s).*(src|data|poster)=\"https?://.*"), "nothing loaded from another host");
        assertFalse(nl.contains("<iframe"));
        try (PDDocument pdf = Loader.loadPDF(handout(f).toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("app.springcast.fm/podcast/in-behandeling-kanker"), text);
            assertTrue(text.contains("Lees de uitgeschreven tekst: www.example.org/transcripts/in-behandeling"), text);
            int images = 0;
            for (var name : pdf.getPage(0).getResources().getXObjectNames()) {
                images += pdf.getPage(0).getResources().isImageXObject(name) ? 1 : 0;
            }
            assertEquals(2, images, "the handout's own QR code and the podcast's");
        }
    }

    @Test
    void aPosterIsServedByThisSiteAndANewPictureReachesThePage() throws IOException {
        ContentFixture f = new ContentFixture(dir)
                .write("site.yaml", ContentFixture.SITE_YAML + ContentFixture.PLAIN_LANGUAGE_OFF)
                .write("links.yaml", PODCAST + "  poster: media/in-behandeling.png\n")
                .writeBytes("media/in-behandeling.png", png(java.awt.Color.BLUE))
                .leaflet("lever", "condition", "Leverkanker", "", "Luister ook:\n\n[[link:in-behandeling]]\n");
        assertTrue(f.build().published(), () -> f.build().diagnostics().toString());
        String nl = f.read("nl/lever/index.html");
        assertTrue(nl.contains("""
                        <article class="card card-external card-podcast">
                          <img class="card-poster" src="../../media/in-behandeling.png" alt="" loading="lazy">
                          <h3 class="card-title">"""), nl);
        java.nio.file.Path copy = f.output().resolve("media/in-behandeling.png");
        assertEquals(
                java.awt.Color.BLUE.getRGB(),
                javax.imageio.ImageIO.read(copy.toFile()).getRGB(0, 0));
        assertFalse(nl.matches("(?s).*(src|data|poster)=\"https?://.*"), "nothing loaded from another host");
        // a new picture under the same name: the page's fingerprint changes with the bytes, the copy follows
        f.writeBytes("media/in-behandeling.png", png(java.awt.Color.RED));
        assertTrue(f.build().published());
        assertEquals(
                java.awt.Color.RED.getRGB(),
                javax.imageio.ImageIO.read(
                                f.output().resolve("media/in-behandeling.png").toFile())
                        .getRGB(0, 0));
    }

    @Test
    void aPosterThatIsNotAPictureInTheContentFolderIsAnError() {
        ContentFixture f = new ContentFixture(dir)
                .write("links.yaml", PODCAST + "  poster: ../outside.png\n")
                .write("media/broken.jpg", "not a picture")
                .leaflet("lever", "condition", "Leverkanker", "", "Luister ook:\n\n[[link:in-behandeling]]\n");
        List<String> first = f.headlines(f.check()).stream()
                .filter(h -> h.startsWith("links.yaml"))
                .toList();
        assertEquals(1, first.size(), first::toString);
        assertTrue(first.getFirst().startsWith("links.yaml:7:11: error: "), first::toString);
        f.write("links.yaml", PODCAST + "  poster: media/broken.jpg\n");
        assertEquals(
                List.of("links.yaml:7:11: error: poster 'media/broken.jpg' cannot be read: the file is damaged or not"
                        + " the kind its name says"),
                f.headlines(f.check()).stream()
                        .filter(h -> h.startsWith("links.yaml"))
                        .toList());
        f.write("links.yaml", PODCAST + "  poster: media/still.gif\n");
        assertEquals(
                List.of("links.yaml:7:11: error: poster 'media/still.gif' is not a PNG or JPEG file"),
                f.headlines(f.check()).stream()
                        .filter(h -> h.startsWith("links.yaml"))
                        .toList());
    }

    private static byte[] png(java.awt.Color colour) throws IOException {
        var image = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 8, 8);
        g.dispose();
        var bytes = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    @Test
    void anUnknownKindOrAnUnsafeTranscriptIsAnError() {
        ContentFixture f = new ContentFixture(dir)
                .write(
                        "links.yaml",
                        PODCAST.replace("kind: podcast", "kind: film")
                                .replace("https://www.example.org", "http://www.example.org"))
                .leaflet("lever", "condition", "Leverkanker", "", "Tekst.\n");
        assertEquals(
                List.of(
                        "links.yaml:3:9: error: 'film' is not a kind of link",
                        "links.yaml:6:15: error: 'http://www.example.org/transcripts/in-behandeling' is not a secure"
                                + " (https) address"),
                f.headlines(f.check()).stream()
                        .filter(h -> h.startsWith("links.yaml"))
                        .toList());
    }

    @Test
    void aLinkNoLeafletShowsIsAWarningAtItsLine() {
        ContentFixture f = fixture(LINKS + PODCAST);
        assertEquals(
                List.of("links.yaml:6:1: warning: link 'in-behandeling' is not shown by any leaflet"),
                f.headlines(f.check()).stream()
                        .filter(h -> h.startsWith("links.yaml"))
                        .toList());
    }

    /** The Dutch handout of the leaflet 'lever'. */
    private static Path handout(ContentFixture f) throws IOException {
        try (var files = java.nio.file.Files.list(f.output().resolve("nl/lever"))) {
            return files.filter(p -> p.toString().endsWith("-nl.pdf"))
                    .findFirst()
                    .orElseThrow();
        }
    }
}
