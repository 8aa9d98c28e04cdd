package nl.pil.search;

import java.util.Locale;

/** Field names of the search index, and how much a match in each counts. */
public final class SearchFields {
    public static final String ID = "id";
    public static final String LANG = "lang";
    public static final String TYPE = "type";
    public static final String DEPARTMENT = "department";
    public static final String CODE = "code";
    public static final String URL = "url";
    public static final String TITLE = "title";
    public static final String SUMMARY = "summary";
    public static final String HEADINGS = "headings";
    public static final String BODY = "body";
    public static final String KEYWORDS = "keywords";
    /** Unstemmed words of title, keywords and body: the vocabulary of "did you mean". */
    public static final String SPELL = "spell";
    /** Unstemmed title words, for completion as the patient types. */
    public static final String SUGGEST = "suggest";

    static final float TITLE_BOOST = 5f;
    static final float KEYWORDS_BOOST = 3f;
    static final float SUMMARY_BOOST = 2f;
    static final float HEADINGS_BOOST = 1.5f;
    static final float BODY_BOOST = 1f;

    private SearchFields() {}

    /** Leaflet codes match however a patient types them: "lng 092", "LNG-092", "lng092" (indexed and queried so). */
    public static String normalizeCode(String code) {
        return code.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }
}
