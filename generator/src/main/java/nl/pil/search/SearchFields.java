package nl.pil.search;

import java.util.Locale;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

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
    /**
     * Every text of the leaflet (title, summary, keywords, headings, body) in one field, not scored: a leaflet
     * "contains the query's key words" when this field has them all.
     */
    public static final String ALL = "all";
    /**
     * A section's text, in a document of its own beside its leaflet's (which has the same {@link #ID}, not stored):
     * the section that answers best is what a result links to and quotes ({@link LeafletSection}).
     */
    public static final String SECTION_TEXT = "section";
    /** The headings above and of a section, one a line, stored. */
    public static final String SECTION_PATH = "section_path";
    /** A section's anchor on the web page, stored; empty for the text before the first heading. */
    public static final String SECTION_ANCHOR = "section_anchor";

    /** Unstemmed words of title, keywords and body: the vocabulary of "did you mean". */
    public static final String SPELL = "spell";
    /** Unstemmed title words, for completion as the patient types. */
    public static final String SUGGEST = "suggest";

    /**
     * The body, stored and with its words' offsets in the postings: the highlighter reads the offsets from the
     * index instead of analysing the whole text of every hit again (that was most of a search's time).
     */
    static final FieldType BODY_TYPE = bodyType();

    /**
     * A section's text: stored for its snippet, its words without positions or offsets (only which section has the
     * words counts; the snippet analyses the one section it quotes), which keeps the index small.
     */
    static final FieldType SECTION_TYPE = sectionType();

    static final float TITLE_BOOST = 5f;
    static final float KEYWORDS_BOOST = 3f;
    static final float SUMMARY_BOOST = 2f;
    static final float HEADINGS_BOOST = 1.5f;
    static final float BODY_BOOST = 1f;
    /** Which section of a found leaflet answers: its headings' words count more than its text's. */
    static final float SECTION_PATH_BOOST = 2f;

    static final float SECTION_TEXT_BOOST = 1f;

    private SearchFields() {}

    private static FieldType bodyType() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static FieldType sectionType() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }

    /** Leaflet codes match however a patient types them: "lng 092", "LNG-092", "lng092" (indexed and queried so). */
    public static String normalizeCode(String code) {
        return code.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }
}
