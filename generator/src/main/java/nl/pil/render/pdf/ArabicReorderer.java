package nl.pil.render.pdf;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.openhtmltopdf.bidi.BidiReorderer;

/**
 * Shapes and orders right-to-left text for the layout, as openhtmltopdf's ICU reorderer does, except that vowel
 * marks stay combining marks without width: ICU's letter shaping turns them into spacing forms (U+FE70…), which
 * stood apart from their letters. The widths measured here only place the words; {@link GlyphShaper} draws them.
 */
final class ArabicReorderer implements BidiReorderer {
    private final ArabicShaping shaper = new ArabicShaping(ArabicShaping.LETTERS_SHAPE);
    private final ArabicShaping deshaper = new ArabicShaping(ArabicShaping.LETTERS_UNSHAPE);

    @Override
    public String reorderRTLTextToLTR(String text) {
        return Bidi.writeReverse(text, Bidi.DO_MIRRORING);
    }

    @Override
    public String shapeText(String text) {
        try {
            return combiningMarks(shaper.shape(text));
        } catch (ArabicShapingException e) {
            return text; // unshaped letters still read; the drawing shapes them again
        }
    }

    @Override
    public String deshapeText(String text) {
        try {
            return deshaper.shape(text);
        } catch (ArabicShapingException e) {
            return text;
        }
    }

    @Override
    public boolean isLiveImplementation() {
        return true;
    }

    /** U+FE70–U+FE7F (isolated and medial forms of the eight marks) back to U+064B–U+0652, one for one. */
    static String combiningMarks(String shaped) {
        char[] chars = shaped.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= 0xFE70 && c <= 0xFE7F && c != 0xFE73 && c != 0xFE75) {
                // pairs from U+FE76 (fatha): isolated, medial; before it tanween fath, damm, kasr: FE70/71, FE72, FE74
                chars[i] = c < 0xFE76 ? (char) (0x064B + (c - 0xFE70) / 2) : (char) (0x064E + (c - 0xFE76) / 2);
            }
        }
        return new String(chars);
    }
}
