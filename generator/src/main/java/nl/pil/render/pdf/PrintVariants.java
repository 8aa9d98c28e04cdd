package nl.pil.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Print-shop copies made from a finished handout, without laying it out again:
 * <ul>
 * <li>{@link #withBleedAndCropMarks}: every page gets a 3 mm bleed box around its trim box and crop marks
 *     outside the bleed (drawn as artifacts, so the copy stays tagged PDF/UA and PDF/A);</li>
 * <li>{@link #booklet}: pages in saddle-stitch order, two side by side on each sheet (A5 pages on A4 landscape),
 *     padded with blank pages to a multiple of four; fold the stack in the middle and staple.</li>
 * </ul>
 */
public final class PrintVariants {
    public static final float POINTS_PER_MM = 72f / 25.4f;
    public static final float BLEED_MM = 3f;
    /** Crop marks start this far outside the trim edge (beyond the bleed) and are this long. */
    static final float MARK_OFFSET_MM = 5f;

    static final float MARK_LENGTH_MM = 8f;

    private PrintVariants() {}

    public static byte[] withBleedAndCropMarks(byte[] pdf) throws IOException {
        float bleed = BLEED_MM * POINTS_PER_MM;
        float offset = MARK_OFFSET_MM * POINTS_PER_MM;
        float length = MARK_LENGTH_MM * POINTS_PER_MM;
        float slug = offset + length + 2 * POINTS_PER_MM;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDRectangle trim = page.getMediaBox();
                float x0 = trim.getLowerLeftX();
                float y0 = trim.getLowerLeftY();
                float x1 = trim.getUpperRightX();
                float y1 = trim.getUpperRightY();
                page.setTrimBox(new PDRectangle(x0, y0, trim.getWidth(), trim.getHeight()));
                page.setBleedBox(new PDRectangle(
                        x0 - bleed, y0 - bleed, trim.getWidth() + 2 * bleed, trim.getHeight() + 2 * bleed));
                PDRectangle media =
                        new PDRectangle(x0 - slug, y0 - slug, trim.getWidth() + 2 * slug, trim.getHeight() + 2 * slug);
                page.setMediaBox(media);
                page.setCropBox(media);
                try (PDPageContentStream cs =
                        new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                    cs.beginMarkedContent(COSName.ARTIFACT);
                    cs.setStrokingColor(0f, 0f, 0f);
                    cs.setLineWidth(0.25f);
                    for (float x : new float[] {x0, x1}) {
                        for (float y : new float[] {y0, y1}) {
                            float dx = x == x0 ? -1 : 1;
                            float dy = y == y0 ? -1 : 1;
                            // horizontal mark in line with the top or bottom edge, vertical in line with the side
                            cs.moveTo(x + dx * offset, y);
                            cs.lineTo(x + dx * (offset + length), y);
                            cs.moveTo(x, y + dy * offset);
                            cs.lineTo(x, y + dy * (offset + length));
                        }
                    }
                    cs.stroke();
                    cs.endMarkedContent();
                }
            }
            return save(doc);
        }
    }

    /**
     * @param rightToLeft bind on the right (Arabic, Hebrew): the first page lies on the right of the cover sheet
     */
    public static byte[] booklet(byte[] pdf, boolean rightToLeft) throws IOException {
        try (PDDocument source = Loader.loadPDF(pdf);
                PDDocument out = new PDDocument()) {
            int n = source.getNumberOfPages();
            int total = (n + 3) / 4 * 4;
            PDRectangle size = source.getPage(0).getMediaBox();
            float w = size.getWidth();
            float h = size.getHeight();
            // ISO A5 is 148 mm wide, half of A4's 297 mm less 1 mm: the pair is centred on a real A4 sheet
            float sheetWidth = Math.abs(w - 148 * POINTS_PER_MM) < 1 && Math.abs(h - 210 * POINTS_PER_MM) < 1
                    ? 297 * POINTS_PER_MM
                    : 2 * w;
            float gutter = (sheetWidth - 2 * w) / 2;
            LayerUtility layers = new LayerUtility(out);
            PDFormXObject[] forms = new PDFormXObject[n];
            for (int i = 0; i < n; i++) {
                forms[i] = layers.importPageAsForm(source, i);
            }
            for (int sheet = 0; sheet < total / 4; sheet++) {
                // 0-based page numbers: the outside of a sheet holds the last and first pages, the inside the next two
                int[][] sides = {
                    {total - 1 - 2 * sheet, 2 * sheet},
                    {2 * sheet + 1, total - 2 - 2 * sheet}
                };
                for (int[] side : sides) {
                    PDPage page = new PDPage(new PDRectangle(sheetWidth, h));
                    out.addPage(page);
                    try (PDPageContentStream cs = new PDPageContentStream(out, page)) {
                        for (int slot = 0; slot < 2; slot++) {
                            int index = side[rightToLeft ? 1 - slot : slot];
                            if (index >= n) {
                                continue; // blank page
                            }
                            cs.saveGraphicsState();
                            cs.transform(Matrix.getTranslateInstance(gutter + slot * w, 0));
                            cs.drawForm(forms[index]);
                            cs.restoreGraphicsState();
                        }
                    }
                }
            }
            PDDocumentInformation info = new PDDocumentInformation();
            PDDocumentInformation from = source.getDocumentInformation();
            info.setTitle(from.getTitle());
            info.setProducer(from.getProducer());
            info.setCreationDate(from.getCreationDate());
            info.setModificationDate(from.getModificationDate());
            out.setDocumentInformation(info);
            COSBase id = source.getDocument().getTrailer().getDictionaryObject(COSName.ID);
            if (id instanceof COSArray array) {
                out.getDocument().getTrailer().setItem(COSName.ID, array);
            }
            return save(out);
        }
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
