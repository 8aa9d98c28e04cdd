package nl.pil.search;

/**
 * A patient's query.
 *
 * @param type       only leaflets of this type (e.g. {@code exam}), or {@code null}
 * @param department only leaflets of this department id, or {@code null}
 * @param offset     results to skip: {@code offset = 10, limit = 10} is the second page
 */
public record SearchRequest(String query, String lang, String type, String department, int offset, int limit) {
    public static final int MAX_LIMIT = 50;
    /** Longer queries are cut here: patients type a few words, and long input only costs time. */
    public static final int MAX_QUERY_CHARS = 200;

    public static final int MAX_TERMS = 12;
    /** Results to skip, at most: a patient pages through a few pages, not thousands. */
    public static final int MAX_OFFSET = 1000;

    public SearchRequest {
        query = query == null ? "" : query.strip();
        if (query.length() > MAX_QUERY_CHARS) {
            query = query.substring(0, MAX_QUERY_CHARS);
        }
        limit = Math.max(1, Math.min(limit, MAX_LIMIT));
        offset = Math.max(0, Math.min(offset, MAX_OFFSET));
    }

    /** The first page. */
    public SearchRequest(String query, String lang, String type, String department, int limit) {
        this(query, lang, type, department, 0, limit);
    }

    public static SearchRequest of(String query, String lang) {
        return new SearchRequest(query, lang, null, null, 10);
    }
}
