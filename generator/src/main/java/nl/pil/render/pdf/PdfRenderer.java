package nl.pil.render.pdf;

import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.TransformerException;
import nl.pil.cache.Fingerprint;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Lays out one XHTML document (a leaflet rendered by the print template) on pages with openhtmltopdf and writes
 * it as a tagged PDF (PDF/UA-1) that is also PDF/A-2a. Output is byte-for-byte reproducible: dates come from
 * the job, the document ID from a hash of the input.
 *
 * <p>Resources: {@code theme:} URLs are files of the theme (CSS, fonts); {@code file:} URLs only inside the
 * leaflet's own folder; {@code data:} URLs (the QR code); nothing is ever fetched from the network.
 */
public final class PdfRenderer {
    public static final String THEME_SCHEME = "theme";
    static final String PRODUCER = "Pil";

    static {
        // openhtmltopdf would log to the console; problems reach us through each job's diagnostic consumer
        XRLog.setLoggingEnabled(false);
        // Arabic is shaped with java.awt.Font (GlyphShaper): no display needed, and no Dock icon on macOS
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    static final String STYLESHEET = "pdf.css";
    private static final Pattern FONT_FACE = Pattern.compile("@font-face\\s*\\{([^}]*)}");

    private final ThemeFiles theme;
    private final byte[] colourProfile;
    private final List<FontFace> fontFaces = new ArrayList<>();
    private static final List<String> GENERIC_FAMILIES =
            List.of("serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui", "ui-monospace");
    private final byte[] stylesheet;
    private final Map<String, java.awt.Font> awtFonts = new ConcurrentHashMap<>();
    // each font file parsed once per rendering thread, not once per handout (parsing was an eighth of a handout's
    // time); a parsed font is not safe to share between threads, and is only read by the documents that embed it
    private final ThreadLocal<Map<String, TrueTypeFont>> parsedFonts = ThreadLocal.withInitial(HashMap::new);

    /** A font of the theme, declared by an {@code @font-face} rule in {@code pdf.css}. */
    record FontFace(String family, int weight, BaseRendererBuilder.FontStyle style, String path) {}

    public PdfRenderer(ThemeFiles theme) {
        this.theme = theme;
        this.colourProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        this.stylesheet = takeFontFaces(new String(theme.read(STYLESHEET).orElse(new byte[0]), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Takes the {@code @font-face} rules for the theme's own TrueType files out of the stylesheet: Pil loads
     * those fonts itself, with PDFBox's glyph substitution (GSUB) off. That feature only adds ligatures here
     * (Arabic is shaped before layout) and costs more than half of the rendering time, as PDFBox compiles
     * regular expressions for every piece of text it writes. Other rules stay for openhtmltopdf.
     */
    private String takeFontFaces(String css) {
        Matcher m = FONT_FACE.matcher(css);
        StringBuilder rest = new StringBuilder();
        while (m.find()) {
            String rule = m.group(1);
            Matcher family =
                    Pattern.compile("font-family\\s*:\\s*[\"']?([^;\"']+)").matcher(rule);
            Matcher src = Pattern.compile("src\\s*:\\s*url\\(\\s*[\"']?([^\"')]+\\.ttf)[\"']?\\s*\\)")
                    .matcher(rule);
            Matcher weight = Pattern.compile("font-weight\\s*:\\s*(\\w+)").matcher(rule);
            Matcher style = Pattern.compile("font-style\\s*:\\s*(\\w+)").matcher(rule);
            String path = src.find() ? src.group(1) : null;
            if (!family.find()
                    || path == null
                    || path.contains(":")
                    || theme.read(path).isEmpty()) {
                m.appendReplacement(rest, Matcher.quoteReplacement(m.group()));
                continue;
            }
            String w = weight.find() ? weight.group(1) : "400";
            int numericWeight =
                    w.equals("bold") ? 700 : w.equals("normal") ? 400 : Integer.parseInt(w.replaceAll("\\D", "0"));
            String st = style.find() ? style.group(1) : "normal";
            fontFaces.add(new FontFace(
                    family.group(1).strip(),
                    numericWeight,
                    st.equals("italic")
                            ? BaseRendererBuilder.FontStyle.ITALIC
                            : st.equals("oblique")
                                    ? BaseRendererBuilder.FontStyle.OBLIQUE
                                    : BaseRendererBuilder.FontStyle.NORMAL,
                    path));
            m.appendReplacement(rest, "");
        }
        return m.appendTail(rest).toString();
    }

    List<FontFace> fontFaces() {
        return List.copyOf(fontFaces);
    }

    byte[] stylesheet() {
        return stylesheet.clone();
    }

    /** Loads a theme font into one document when the layout first needs it. */
    private final class LazyFont extends PDFontSupplier {
        private final PDDocument doc;
        private final FontFace face;
        private PDType0Font font;
        private TrueTypeFont ttf;

        LazyFont(PDDocument doc, FontFace face) {
            super(null);
            this.doc = doc;
            this.face = face;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try {
                    ttf = parsedFont(face.path());
                    font = PDType0Font.load(doc, ttf, true);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot load font " + face.path(), e);
                }
            }
            return font;
        }

        /** The font as the JDK's text layout sees it, when the layout used it. */
        Optional<GlyphShaper.Face> face() {
            return font == null ? Optional.empty() : Optional.of(new GlyphShaper.Face(font, ttf, awtFont(face.path())));
        }
    }

    /** A theme font file parsed for embedding, kept for this thread's next handouts. */
    private TrueTypeFont parsedFont(String path) throws IOException {
        Map<String, TrueTypeFont> parsed = parsedFonts.get();
        TrueTypeFont ttf = parsed.get(path);
        if (ttf == null) {
            ttf = new TTFParser()
                    .parse(new RandomAccessReadBuffer(theme.read(path).orElseThrow()));
            ttf.setEnableGsub(false);
            parsed.put(path, ttf);
        }
        return ttf;
    }

    /** A theme font for the JDK's OpenType layout (shaping and mark positioning), read once per renderer. */
    private java.awt.Font awtFont(String path) {
        return awtFonts.computeIfAbsent(path, p -> {
            try {
                return java.awt.Font.createFont(
                                java.awt.Font.TRUETYPE_FONT,
                                new ByteArrayInputStream(theme.read(p).orElseThrow()))
                        .deriveFont(1000f);
            } catch (java.awt.FontFormatException | IOException e) {
                throw new UncheckedIOException(new IOException("cannot read font " + p + ": " + e.getMessage(), e));
            }
        });
    }

    /**
     * One document to lay out.
     *
     * @param xhtml       well-formed XHTML from the print template
     * @param folder      the leaflet's folder: relative image paths resolve here, and nothing outside it is read
     * @param rtl         right-to-left base direction (Arabic, Hebrew, …)
     * @param hyphenator  for {@code hyphens: auto} text, or {@code null}
     * @param date        creation and modification date written into the PDF
     * @param producer    e.g. "Pil 1.0"
     * @param webUrl      the leaflet's web page: relative links (to attachments) resolve against it
     */
    public record Job(
            String xhtml,
            Path folder,
            boolean rtl,
            Hyphenator hyphenator,
            Instant date,
            String producer,
            String webUrl) {}

    /** A laid-out handout. */
    public record Rendered(byte[] bytes, int pages, List<String> problems) {}

    public Rendered render(Job job) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            return render(job, doc);
        }
    }

    private Rendered render(Job job, PDDocument target) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.usePDDocument(target);
        List<LazyFont> fonts = new ArrayList<>();
        for (FontFace face : fontFaces) {
            LazyFont font = new LazyFont(target, face);
            fonts.add(font);
            builder.useFont(font, face.family(), face.weight(), face.style(), true);
            if (!fontFaces.isEmpty()
                    && face.family().equals(fontFaces.getFirst().family())) {
                // a handout embeds every font (PDF/A), so a family without a file stops the layout: the browser's
                // own default for `code` (monospace) did. The theme's first family stands in for the generic ones.
                for (String generic : GENERIC_FAMILIES) {
                    builder.useFont(font, generic, face.weight(), face.style(), true);
                }
            }
        }
        builder.useFastMode();
        builder.withW3cDocument(prepare(job), job.folder().toUri().toString());
        builder.useProtocolsStreamImplementation(new ThemeStreams(), THEME_SCHEME);
        Path folder = job.folder().toAbsolutePath().normalize();
        builder.useExternalResourceAccessControl(
                (uri, type) -> allowed(uri, folder), ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_A);
        builder.useColorProfile(colourProfile);
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        builder.useUnicodeBidiReorderer(new ArabicReorderer());
        builder.defaultTextDirection(
                job.rtl() ? BaseRendererBuilder.TextDirection.RTL : BaseRendererBuilder.TextDirection.LTR);
        if (job.hyphenator() != null) {
            builder.useHyphenation(job.hyphenator());
        }
        builder.withProducer(job.producer());
        List<String> problems = new ArrayList<>();
        builder.withDiagnosticConsumer(d -> {
            if (d.getLevel().intValue() >= Level.WARNING.intValue()) {
                synchronized (problems) {
                    problems.add(d.getFormattedMessage());
                }
            }
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        int pages;
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            PDDocument doc = renderer.getPdfDocument();
            GlyphShaper shaper = new GlyphShaper(
                    fonts.stream().flatMap(f -> f.face().stream()).toList());
            shaper.shape(doc);
            fixDates(doc, job.date());
            fixId(doc, job.xhtml());
            pages = doc.getNumberOfPages();
            if (shaper.hasText()) {
                // PDFBox writes each font's ToUnicode map while saving (subsetting); the shaper's replaces it
                doc.save(OutputStream.nullOutputStream());
                shaper.writeToUnicode(doc);
            }
            doc.save(out);
        }
        return new Rendered(out.toByteArray(), pages, List.copyOf(new LinkedHashSet<>(problems)));
    }

    /**
     * The template's XHTML as a DOM, made ready for a PDF: links to files beside the leaflet point to the web
     * site (a PDF has no folder to resolve them in), and every link has a title (PDF/UA wants one per link).
     */
    static Document prepare(Job job) throws IOException {
        Document doc;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(false);
            doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(job.xhtml())));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("the print template did not produce well-formed XHTML: " + e.getMessage(), e);
        }
        NodeList anchors = doc.getElementsByTagNameNS("*", "a");
        for (int i = 0; i < anchors.getLength(); i++) {
            Element a = (Element) anchors.item(i);
            String href = a.getAttribute("href");
            if (href.matches("(?is)\\s*[a-z][a-z0-9+.-]*:.*") && !href.matches("(?is)\\s*(https?|mailto|tel):.*")) {
                a.removeAttribute(
                        "href"); // javascript:, data: and the like: the checker refuses them, a template might not
                href = "";
            }
            if (!href.isEmpty()
                    && !href.startsWith("#")
                    && !href.matches("(?i)[a-z][a-z0-9+.-]*:.*")
                    && job.webUrl() != null) {
                try {
                    a.setAttribute(
                            "href", URI.create(job.webUrl()).resolve(href).toString());
                } catch (IllegalArgumentException e) {
                    a.removeAttribute("href"); // not a usable address: keep the text, drop the link
                }
            }
            if (a.getAttribute("title").isBlank()) {
                a.setAttribute("title", a.getTextContent().strip().replaceAll("\\s+", " "));
            }
        }
        reverseTableCells(doc, job.rtl());
        keepNumbersTogether(doc.getDocumentElement());
        return doc;
    }

    /** Phone numbers like "+31 40 555 01 20": three or more groups of digits, at least two per group. */
    private static final Pattern PHONE = Pattern.compile("\\+?\\d{2,}(?: \\d{2,}){2,}");

    /** Spaces inside phone numbers become no-break spaces: a number broken over two lines gets misdialled. */
    static void keepNumbersTogether(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE) {
                String text = child.getNodeValue();
                Matcher m = PHONE.matcher(text);
                if (m.find()) {
                    StringBuilder out = new StringBuilder();
                    do {
                        m.appendReplacement(
                                out, Matcher.quoteReplacement(m.group().replace(' ', '\u00A0')));
                    } while (m.find());
                    child.setNodeValue(m.appendTail(out).toString());
                }
            } else {
                keepNumbersTogether(child);
            }
        }
    }

    /**
     * openhtmltopdf lays table columns out left to right whatever the direction (its issue #123), so in a
     * right-to-left document each row's cells are reversed: the first column then stands on the right, where
     * a reader of Arabic looks first. Header cells move with their columns (Markdown tables have no spans). A
     * row's direction is that of the nearest {@code dir} around it, else the document's ({@code rtl}): in a
     * bilingual handout only the tables in the Arabic column are right to left.
     */
    private static void reverseTableCells(Document doc, boolean rtl) {
        NodeList rows = doc.getElementsByTagNameNS("*", "tr");
        for (int i = 0; i < rows.getLength(); i++) {
            Element row = (Element) rows.item(i);
            if (!rightToLeft(row, rtl)) {
                continue;
            }
            List<Node> cells = new ArrayList<>();
            for (Node n = row.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element) {
                    cells.add(n);
                }
            }
            for (Node cell : cells.reversed()) {
                row.appendChild(cell); // appending an existing child moves it to the end
            }
        }
    }

    /** The direction an element's nearest {@code dir} attribute gives it (the cell's own does not count), else {@code rtl}. */
    private static boolean rightToLeft(Element row, boolean rtl) {
        for (Node n = row.getParentNode(); n instanceof Element e; n = e.getParentNode()) {
            if (e.hasAttribute("dir")) {
                return e.getAttribute("dir").equalsIgnoreCase("rtl");
            }
        }
        return rtl;
    }

    private static boolean allowed(String uri, Path folder) {
        if (uri == null) {
            return false;
        }
        if (uri.startsWith(THEME_SCHEME + ":") || uri.startsWith("data:")) {
            return true;
        }
        if (uri.startsWith("file:")) {
            try {
                Path path = Path.of(URI.create(uri)).toAbsolutePath().normalize();
                // after resolving symbolic links too: a link beside the leaflet must not put /etc/shadow in a handout
                return path.startsWith(folder)
                        && Files.isRegularFile(path)
                        && path.toRealPath().startsWith(folder.toRealPath());
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        }
        return false;
    }

    /** Dates from the content (or SOURCE_DATE_EPOCH), never the clock, in the Info dictionary and in XMP. */
    private static void fixDates(PDDocument doc, Instant date) throws IOException {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        calendar.setTimeInMillis(date.toEpochMilli());
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setCreationDate(calendar);
        info.setModificationDate(calendar);
        PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
        if (metadata == null) {
            return;
        }
        try (InputStream in = metadata.exportXMPMetadata()) {
            XMPMetadata xmp = new DomXmpParser().parse(in);
            XMPBasicSchema basic = xmp.getXMPBasicSchema();
            if (basic == null) {
                basic = xmp.createAndAddXMPBasicSchema();
            }
            basic.setCreateDate(calendar);
            basic.setModifyDate(calendar);
            basic.setMetadataDate(calendar);
            ByteArrayOutputStream xml = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, xml, true);
            metadata.importXMPMetadata(xml.toByteArray());
        } catch (XmpParsingException | TransformerException e) {
            throw new IOException("cannot update the PDF's XMP metadata", e);
        }
    }

    /** A stable document ID: the same input gives the same ID (PDFBox would otherwise hash the current time). */
    private static void fixId(PDDocument doc, String input) {
        byte[] id =
                Arrays.copyOf(Fingerprint.sha256(input.getBytes(StandardCharsets.UTF_8)), 16); // the 16 bytes an ID has
        COSArray array = new COSArray();
        array.add(new COSString(id));
        array.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, array);
    }

    /** Serves {@code theme:///path} from the theme's files. */
    private final class ThemeStreams implements FSStreamFactory {
        @Override
        public FSStream getUrl(String url) {
            String path = URI.create(url).getPath();
            String relative = path == null ? null : path.replaceFirst("^/+", "");
            Optional<byte[]> bytes = relative == null
                    ? Optional.empty()
                    : relative.equals(STYLESHEET) ? Optional.of(stylesheet) : theme.read(relative);
            return new FSStream() {
                @Override
                public InputStream getStream() {
                    return bytes.map(b -> (InputStream) new ByteArrayInputStream(b))
                            .orElse(null);
                }

                @Override
                public Reader getReader() {
                    InputStream in = getStream();
                    return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
                }
            };
        }
    }
}
