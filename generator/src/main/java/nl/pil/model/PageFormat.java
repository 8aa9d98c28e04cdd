package nl.pil.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Paper sizes of the PDF handouts (ISO 216, portrait). */
public enum PageFormat {
    A4(210, 297),
    A5(148, 210);

    private final int widthMm;
    private final int heightMm;

    PageFormat(int widthMm, int heightMm) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    public int widthMm() {
        return widthMm;
    }

    public int heightMm() {
        return heightMm;
    }

    /** Reads "A4", "a5", …; empty for anything else. */
    public static Optional<PageFormat> parse(String word) {
        return Arrays.stream(values())
                .filter(f -> f.name().equals(word.strip().toUpperCase(Locale.ROOT)))
                .findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
