package nl.pil.model;

/** Language tags as site.yaml writes them ({@code nl}, {@code nl-BE}, {@code ar}). */
public final class Languages {
    private Languages() {}

    /** The language without its region: {@code nl-BE} → {@code nl}. What per-language data (patterns, rules) is kept by. */
    public static String base(String tag) {
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }
}
