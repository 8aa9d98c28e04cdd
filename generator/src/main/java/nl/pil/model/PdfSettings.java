package nl.pil.model;

import java.nio.file.Path;
import java.util.List;

/**
 * The {@code pdf:} group of {@code site.yaml}: how handouts are printed.
 *
 * @param format  paper size of every leaflet that does not choose its own ({@code pdf-format} in front matter)
 * @param bleed   also write a print-shop copy with 3 mm bleed and crop marks
 * @param booklet also write A5 leaflets of more than two pages as a saddle-stitch booklet on A4 sheets
 * @param logo    an image (PNG or JPEG) printed at the top of the first page, or {@code null} for the name only
 * @param bilingual the translation languages whose leaflets also get a handout with the source beside the
 *                  translation ({@code <code>-nl-ar.pdf}), in site order; none by default
 */
public record PdfSettings(PageFormat format, boolean bleed, boolean booklet, Path logo, List<String> bilingual) {
    public PdfSettings {
        bilingual = List.copyOf(bilingual);
    }

    public PdfSettings(PageFormat format, boolean bleed, boolean booklet, Path logo) {
        this(format, bleed, booklet, logo, List.of());
    }

    public static PdfSettings defaults() {
        return new PdfSettings(PageFormat.A4, false, false, null);
    }
}
