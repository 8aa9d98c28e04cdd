package nl.pil.render.pdf;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.PathIterator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Arabic as a browser draws it. openhtmltopdf shapes Arabic with ICU into presentation forms and PDFBox applies
 * no OpenType positioning (GPOS), so vowel marks (shadda, tanween, fatha…) would stand beside their letters. After
 * the layout, every word of Arabic script in the page's text is shaped again by the JDK's own OpenType engine
 * (HarfBuzz, with GSUB and GPOS), the same font file the PDF embeds: its glyphs are drawn at the positions the
 * font asks for, marks raised or lowered onto their letters, within the room the layout gave the word.
 *
 * <p>The font's ToUnicode map then gives every glyph its logical text in the basic Arabic block (U+06xx), a
 * ligature the letters it joins, so that search, copy and screen readers get the letters, never presentation
 * forms (U+FExx).
 */
final class GlyphShaper {
    private static final FontRenderContext EXACT = new FontRenderContext(null, false, true);
    /** How far (font units) a mark's hidden text stands inside its letter: not touching the glyph before it. */
    private static final float INSET = 0;

    /** One theme font in one document. */
    record Face(PDType0Font pdf, TrueTypeFont ttf, Font awt) {}

    private final Map<COSDictionary, Face> faces = new LinkedHashMap<>();
    private final Map<COSDictionary, Map<Integer, String>> texts = new LinkedHashMap<>();
    private final Map<COSDictionary, CmapLookup> cmaps = new LinkedHashMap<>();

    /** Fonts of the theme that hold Arabic letters: only their text is shaped again. */
    GlyphShaper(List<Face> loaded) throws IOException {
        for (Face face : loaded) {
            CmapLookup cmap = face.ttf().getUnicodeCmapLookup();
            if (cmap.getGlyphId(0x0627) != 0) { // alef
                faces.put(face.pdf().getCOSObject(), face);
                cmaps.put(face.pdf().getCOSObject(), cmap);
                texts.put(face.pdf().getCOSObject(), new TreeMap<>());
            }
        }
    }

    boolean active() {
        return !faces.isEmpty();
    }

    /** Redraws the Arabic words of every page with positioned glyphs; call before the document is saved. */
    void shape(PDDocument doc) throws IOException {
        if (!active()) {
            return;
        }
        for (PDPage page : doc.getPages()) {
            PDResources resources = page.getResources();
            if (!usesAnyFace(resources)) {
                continue; // no text in a font with Arabic letters on this page: nothing to read
            }
            List<Object> tokens = new PDFStreamParser(page).parse();
            List<Object> out = new ArrayList<>(tokens.size() + 64);
            Face face = null;
            float size = 0;
            float[] matrix = {1, 0, 0, 1, 0, 0};
            List<Object> outlines = new ArrayList<>();
            boolean changed = false;
            for (int i = 0; i < tokens.size(); i++) {
                Object token = tokens.get(i);
                Operator op = token instanceof Operator o ? o : null;
                if (op != null && op.getName().equals("Tf") && i >= 2) {
                    // the font's dictionary, not a PDFont: loading the other fonts before they are embedded (at save)
                    // makes PDFBox look for them on the system and warn about a fallback for each
                    COSDictionary fonts =
                            resources == null ? null : resources.getCOSObject().getCOSDictionary(COSName.FONT);
                    COSBase font = tokens.get(i - 2) instanceof COSName name && fonts != null
                            ? fonts.getDictionaryObject(name)
                            : null;
                    face = font == null ? null : faces.get(font);
                    size = tokens.get(i - 1) instanceof COSNumber n ? n.floatValue() : 0;
                    out.add(token);
                } else if (op != null && op.getName().equals("Tm") && i >= 6) {
                    for (int k = 0; k < 6; k++) {
                        matrix[k] = tokens.get(i - 6 + k) instanceof COSNumber n ? n.floatValue() : matrix[k];
                    }
                    out.add(token);
                } else if (face != null
                        && op != null
                        && op.getName().equals("Tj")
                        && out.getLast() instanceof COSString shown) {
                    out.removeLast();
                    changed |= redraw(face, size, matrix, glyphs(shown), out, outlines);
                } else {
                    if (face != null && op != null && op.getName().equals("TJ")) {
                        record(face, out.getLast()); // not written by openhtmltopdf today: its glyphs keep their forms
                    }
                    out.add(token);
                    if (op != null && op.getName().equals("ET") && !outlines.isEmpty()) {
                        out.addAll(outlines); // paths may not stand inside a text object
                        outlines.clear();
                    }
                }
            }
            if (changed) {
                PDStream stream = new PDStream(doc);
                try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
                    new ContentStreamWriter(os).writeTokens(out);
                }
                page.setContents(stream);
            }
        }
        for (Map.Entry<COSDictionary, Map<Integer, String>> e : texts.entrySet()) {
            PDType0Font font = faces.get(e.getKey()).pdf();
            if (font.willBeSubset()) {
                font.addGlyphsToSubset(new TreeSet<>(e.getValue().keySet()));
            }
        }
    }

    /**
     * Writes each font's map from glyph to logical text; call after PDFBox wrote its own while subsetting
     * (that one maps a glyph to the first code point the font's cmap gives it: a presentation form).
     */
    /** Whether a page's fonts include one of the faces that may need shaping. */
    private boolean usesAnyFace(PDResources resources) {
        COSDictionary fonts =
                resources == null ? null : resources.getCOSObject().getCOSDictionary(COSName.FONT);
        if (fonts == null) {
            return false;
        }
        for (COSName name : fonts.keySet()) {
            if (fonts.getDictionaryObject(name) instanceof COSDictionary font && faces.containsKey(font)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@link #writeToUnicode} has anything to write: text was drawn in a font with Arabic letters. A Dutch
     * handout often has such a font (a fallback the layout measured) but nothing in it.
     */
    boolean hasText() {
        return texts.values().stream().anyMatch(glyphs -> !glyphs.isEmpty());
    }

    void writeToUnicode(PDDocument doc) throws IOException {
        for (Map.Entry<COSDictionary, Map<Integer, String>> e : texts.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            PDStream stream = new PDStream(doc);
            try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
                os.write(toUnicode(e.getValue()).getBytes(StandardCharsets.US_ASCII));
            }
            e.getKey().setItem(COSName.TO_UNICODE, stream);
        }
    }

    private static int[] glyphs(COSString shown) {
        byte[] bytes = shown.getBytes(); // Identity-H: two bytes a glyph, the glyph's ID in the font file
        int[] gids = new int[bytes.length / 2];
        for (int i = 0; i < gids.length; i++) {
            gids[i] = (bytes[2 * i] & 0xFF) << 8 | bytes[2 * i + 1] & 0xFF;
        }
        return gids;
    }

    private void record(Face face, Object shown) {
        if (shown instanceof COSArray array) {
            for (COSBase b : array) {
                if (b instanceof COSString s) {
                    for (int gid : glyphs(s)) {
                        textOf(face, gid);
                    }
                }
            }
        }
    }

    /** A glyph drawn at (x, y) font units from the start of the text it belongs to, y upwards. */
    /**
     * A glyph at (x, y), font units from the start of its text string, y up: drawn as text there, or as an
     * outline; its text (for extraction) at textX on the baseline, hidden or not, or none (NaN), its width
     * squeezed by a factor (horizontal scaling) where hidden letters must fit into a ligature's width.
     */
    private record Placed(int gid, float x, float y, boolean outline, float textX, boolean hidden, float squeeze) {
        Placed(int gid, float x) {
            this(gid, x, 0, false, x, false, 1);
        }

        Placed(int gid, float x, float y, boolean outline, float textX, boolean hidden) {
            this(gid, x, y, outline, textX, hidden, 1);
        }
    }

    /**
     * One text string as openhtmltopdf drew it (visual order, left to right): its Arabic words replaced by the
     * JDK's glyphs, each word ending where it ended (right-aligned: where an Arabic reader starts). Returns
     * whether anything changed.
     */
    private boolean redraw(Face face, float size, float[] matrix, int[] gids, List<Object> out, List<Object> outlines)
            throws IOException {
        List<Placed> placed = new ArrayList<>(gids.length);
        boolean changed = false;
        float pen = 0;
        int i = 0;
        while (i < gids.length) {
            if (!isArabic(textOf(face, gids[i]))) {
                placed.add(new Placed(gids[i], pen));
                pen += advance(face, gids[i]);
                i++;
                continue;
            }
            int end = i;
            float width = 0;
            StringBuilder logical = new StringBuilder();
            while (end < gids.length && isArabic(textOf(face, gids[end]))) {
                width += advance(face, gids[end]);
                logical.insert(0, textOf(face, gids[end])); // each glyph's own text is already in logical order
                end++;
            }
            char[] chars = logical.toString().toCharArray();
            GlyphVector shaped = face.awt().layoutGlyphVector(EXACT, chars, 0, chars.length, Font.LAYOUT_RIGHT_TO_LEFT);
            int n = shaped.getNumGlyphs();
            float[] positions = shaped.getGlyphPositions(0, n + 1, null);
            placed.addAll(word(face, chars, shaped, pen + width - positions[2 * n], pen + width));
            changed = true;
            pen += width;
            i = end;
        }
        if (!changed) {
            out.add(new COSString(bytes(gids)));
            out.add(Operator.getOperator("Tj"));
            return false;
        }
        write(face, size, matrix, placed, out, outlines);
        return true;
    }

    /**
     * One shaped word: its glyphs where the font puts them, and its text in the order extractors read back as
     * logical (they reverse a right-to-left line): clusters (the characters a glyph stands for) from the last to
     * the first. A cluster of one letter drawn on the baseline is plain text. A mark, or a glyph the font moves
     * off the baseline, is drawn as its outline, its text hidden and without width where its letter starts. A
     * cluster of several characters or glyphs (lam-alef, a letter the font decomposed) is drawn as outlines, its
     * characters hidden, one glyph each, side by side from the cluster's left end (extractors disagree on the
     * order of a glyph that stands for several characters).
     */
    private List<Placed> word(Face face, char[] chars, GlyphVector shaped, float start, float end) throws IOException {
        int n = shaped.getNumGlyphs();
        float[] positions = shaped.getGlyphPositions(0, n, null);
        int[] charIndex = shaped.getGlyphCharIndices(0, n, null);
        TreeMap<Integer, List<Integer>> clusters = new TreeMap<>(Comparator.reverseOrder());
        for (int g = 0; g < n; g++) {
            int gid = shaped.getGlyphCode(g);
            if (gid != 0 && gid < 0xFFFE) { // 0: a character the font lacks; 0xFFFE/F: invisible (joiners)
                clusters.computeIfAbsent(charIndex[g], k -> new ArrayList<>()).add(g);
            }
        }
        Map<Integer, String> known = texts.get(face.pdf().getCOSObject());
        CmapLookup cmap = cmaps.get(face.pdf().getCOSObject());
        List<Placed> word = new ArrayList<>(n);
        List<Integer> pendingMarks = new ArrayList<>();
        int to = chars.length;
        List<Integer> starts = new ArrayList<>(clusters.keySet());
        for (int c = 0; c < starts.size(); c++) {
            int from = c == starts.size() - 1 ? 0 : starts.get(c);
            String text = new String(chars, from, to - from);
            to = from;
            List<Integer> glyphs = clusters.get(starts.get(c));
            if (glyphs.size() == 1 && text.length() == 1) {
                int g = glyphs.getFirst();
                int gid = shaped.getGlyphCode(g);
                known.merge(gid, text, (old, t) -> old.isEmpty() ? t : old);
                float x = start + positions[2 * g];
                float y = -positions[2 * g + 1];
                if (Character.getType(text.charAt(0)) == Character.NON_SPACING_MARK) {
                    word.add(new Placed(gid, x, y, true, Float.NaN, true));
                    pendingMarks.add(gid); // its text goes with its letter's, the next one here
                } else {
                    marksBefore(pendingMarks, x + Math.min(advance(face, gid) / 4, INSET), 1, word);
                    word.add(new Placed(gid, x, y, y != 0, x, y != 0));
                }
                continue;
            }
            float left = Float.MAX_VALUE;
            float right = -Float.MAX_VALUE;
            for (int g : glyphs) {
                float x = start + positions[2 * g];
                word.add(new Placed(shaped.getGlyphCode(g), x, -positions[2 * g + 1], true, Float.NaN, true));
                left = Math.min(left, x);
                right = Math.max(right, x + advance(face, shaped.getGlyphCode(g)));
            }
            float letters = 0; // the letters side by side over the cluster's width, squeezed if they need more
            for (int k = 0; k < text.length(); k++) {
                int gid = cmap.getGlyphId(text.charAt(k));
                if (gid != 0 && Character.getType(text.charAt(k)) != Character.NON_SPACING_MARK) {
                    letters += advance(face, gid);
                }
            }
            float squeeze = letters > right - left ? (right - left) / letters : 1;
            float pen = right - letters * squeeze;
            for (int k = text.length() - 1; k >= 0; k--) {
                int gid = cmap.getGlyphId(text.charAt(k));
                if (gid == 0) {
                    continue;
                }
                known.put(gid, String.valueOf(text.charAt(k)));
                if (Character.getType(text.charAt(k)) == Character.NON_SPACING_MARK) {
                    pendingMarks.add(gid);
                    continue;
                }
                marksBefore(pendingMarks, pen + Math.min(advance(face, gid) * squeeze / 4, INSET), squeeze, word);
                word.add(new Placed(gid, pen, 0, false, pen, true, squeeze));
                pen += advance(face, gid) * squeeze;
            }
        }
        marksBefore(pendingMarks, end, 1, word);
        return word;
    }

    /**
     * The hidden text of marks just before their letter's, without width, a little inside it: extractors reverse
     * a right-to-left line glyph by glyph, which puts each mark after its letter again; a mark touching the glyph
     * before it (in the content) was joined to that one instead.
     */
    private static void marksBefore(List<Integer> marks, float x, float squeeze, List<Placed> word) {
        for (int mark : marks) {
            word.add(new Placed(mark, x, 0, false, x, true, squeeze));
        }
        marks.clear();
    }

    /**
     * The glyphs as text on the baseline, positioned by TJ's displacements (thousandths of the font size). A mark
     * the font raises or lowers is drawn as its outline at that place, its text kept invisible on the baseline:
     * text extractors take a glyph off the baseline for a line of its own (pdftotext split words at every
     * raised shadda).
     */
    private void write(
            Face face, float size, float[] matrix, List<Placed> placed, List<Object> out, List<Object> outlines)
            throws IOException {
        float unitsPerEm = face.ttf().getUnitsPerEm();
        float scale = 1000f / unitsPerEm;
        float pen = 0;
        boolean invisible = false;
        float squeeze = 1;
        COSArray run = new COSArray();
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        for (Placed p : placed) {
            if (p.outline()) {
                outline(face, p, size / unitsPerEm, matrix, outlines);
            }
            if (Float.isNaN(p.textX())) {
                continue;
            }
            if (p.hidden() != invisible) {
                flush(run, pending, out);
                invisible = p.hidden();
                out.add(COSInteger.get(invisible ? 3 : 0)); // text rendering mode: invisible or fill
                out.add(Operator.getOperator("Tr"));
            }
            if (p.squeeze() != squeeze) {
                flush(run, pending, out);
                squeeze = p.squeeze();
                out.add(new COSFloat(squeeze * 100)); // horizontal scaling, also of TJ's displacements
                out.add(Operator.getOperator("Tz"));
            }
            float shift = (p.textX() - pen) * scale / squeeze;
            if (Math.abs(shift) > 0.01f) {
                if (pending.size() > 0) {
                    run.add(new COSString(pending.toByteArray()));
                    pending.reset();
                }
                run.add(new COSFloat(-shift));
            }
            pending.write(p.gid() >> 8);
            pending.write(p.gid() & 0xFF);
            pen = p.textX() + advance(face, p.gid()) * squeeze;
        }
        flush(run, pending, out);
        if (invisible) {
            out.add(COSInteger.ZERO);
            out.add(Operator.getOperator("Tr"));
        }
        if (squeeze != 1) {
            out.add(COSInteger.get(100));
            out.add(Operator.getOperator("Tz"));
        }
    }

    /** A glyph's outline as a filled path in the text's colour, through the text matrix. */
    private static void outline(Face face, Placed p, float unit, float[] m, List<Object> outlines) throws IOException {
        var glyph = face.ttf().getGlyph().getGlyph(p.gid());
        if (glyph == null) {
            return;
        }
        PathIterator it = glyph.getPath().getPathIterator(null);
        float[] c = new float[6];
        float lastX = 0;
        float lastY = 0;
        boolean any = false;
        while (!it.isDone()) {
            int type = it.currentSegment(c);
            switch (type) {
                case PathIterator.SEG_MOVETO, PathIterator.SEG_LINETO -> {
                    point(p, c[0], c[1], unit, m, outlines);
                    outlines.add(Operator.getOperator(type == PathIterator.SEG_MOVETO ? "m" : "l"));
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_QUADTO -> { // TrueType's quadratic curve as the cubic PDF draws
                    point(p, lastX + 2 * (c[0] - lastX) / 3, lastY + 2 * (c[1] - lastY) / 3, unit, m, outlines);
                    point(p, c[2] + 2 * (c[0] - c[2]) / 3, c[3] + 2 * (c[1] - c[3]) / 3, unit, m, outlines);
                    point(p, c[2], c[3], unit, m, outlines);
                    outlines.add(Operator.getOperator("c"));
                    lastX = c[2];
                    lastY = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    point(p, c[0], c[1], unit, m, outlines);
                    point(p, c[2], c[3], unit, m, outlines);
                    point(p, c[4], c[5], unit, m, outlines);
                    outlines.add(Operator.getOperator("c"));
                    lastX = c[4];
                    lastY = c[5];
                }
                default -> outlines.add(Operator.getOperator("h"));
            }
            any = true;
            it.next();
        }
        if (any) {
            outlines.add(Operator.getOperator("f"));
        }
    }

    /** A point of a glyph (font units, y up) placed at p, through the text matrix onto the page. */
    private static void point(Placed p, float gx, float gy, float unit, float[] m, List<Object> out) {
        float x = (p.x() + gx) * unit;
        float y = (p.y() + gy) * unit;
        out.add(new COSFloat(m[0] * x + m[2] * y + m[4]));
        out.add(new COSFloat(m[1] * x + m[3] * y + m[5]));
    }

    private static void flush(COSArray run, ByteArrayOutputStream pending, List<Object> out) {
        if (pending.size() > 0) {
            run.add(new COSString(pending.toByteArray()));
            pending.reset();
        }
        if (run.size() > 0) {
            COSArray copy = new COSArray();
            run.forEach(copy::add);
            out.add(copy);
            out.add(Operator.getOperator("TJ"));
            run.clear();
        }
    }

    /** The advance the PDF gives a glyph (its width in the font's metrics), in font units. */
    private static float advance(Face face, int gid) {
        try {
            return face.ttf().getAdvanceWidth(gid);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * What a glyph of the layout stands for, in logical order: its code point from the font's cmap, a
     * presentation form decomposed to its letters (the lam-alef ligature to lam and alef).
     */
    private String textOf(Face face, int gid) {
        return texts.get(face.pdf().getCOSObject()).computeIfAbsent(gid, g -> {
            List<Integer> codes = cmaps.get(face.pdf().getCOSObject()).getCharCodes(g);
            if (codes == null || codes.isEmpty()) {
                return "";
            }
            int code = codes.stream().filter(c -> c < 0xFB50).findFirst().orElse(codes.getFirst());
            String text = Character.toString(code);
            return code >= 0xFB50 && code <= 0xFEFF ? Normalizer.normalize(text, Normalizer.Form.NFKC) : text;
        });
    }

    /** Arabic letters and marks, the text ordered right to left; not digits (they read left to right). */
    private static boolean isArabic(String text) {
        if (text.isEmpty()) {
            return false;
        }
        int c = text.codePointAt(0);
        boolean digit = c >= 0x0660 && c <= 0x066C || c >= 0x06F0 && c <= 0x06F9;
        return !digit
                && (c >= 0x0600 && c <= 0x06FF
                        || c >= 0x0750 && c <= 0x077F
                        || c >= 0x08A0 && c <= 0x08FF
                        || c >= 0xFB50 && c <= 0xFDFF
                        || c >= 0xFE70 && c <= 0xFEFF);
    }

    private static byte[] bytes(int[] gids) {
        byte[] b = new byte[gids.length * 2];
        for (int i = 0; i < gids.length; i++) {
            b[2 * i] = (byte) (gids[i] >> 8);
            b[2 * i + 1] = (byte) gids[i];
        }
        return b;
    }

    /** A ToUnicode CMap (PDF 32000-1, 9.10.3) from two-byte glyph codes to UTF-16 text. */
    static String toUnicode(Map<Integer, String> texts) {
        StringBuilder cmap = new StringBuilder("""
                /CIDInit /ProcSet findresource begin
                12 dict begin
                begincmap
                /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
                /CMapName /Adobe-Identity-UCS def
                /CMapType 2 def
                1 begincodespacerange
                <0000> <FFFF>
                endcodespacerange
                """);
        List<Map.Entry<Integer, String>> entries =
                texts.entrySet().stream().filter(e -> !e.getValue().isEmpty()).toList();
        for (int from = 0; from < entries.size(); from += 100) { // at most 100 entries a block
            List<Map.Entry<Integer, String>> block = entries.subList(from, Math.min(entries.size(), from + 100));
            cmap.append(block.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, String> e : block) {
                cmap.append(String.format("<%04X> <", e.getKey()));
                for (char c : e.getValue().toCharArray()) {
                    cmap.append(String.format("%04X", (int) c));
                }
                cmap.append(">\n");
            }
            cmap.append("endbfchar\n");
        }
        cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return cmap.toString();
    }
}
