package nl.pil.search;

/**
 * A patient's query.
 *
 * @param type       only leaflets of this type (e.g. {@code exam}), or {@code null}
 * @param department only leaflets of this department id, or {@code null}
 */
public record SearchRequest(String query, String lang, String type, String department, int limit) {
    public static final int MAX_LIMIT = 50;
    /** Longer queries are cut here: patients type a few words, and long input only costs time. */
    public static final int MAX_QUERY_CHARS = 200;

    public static final int MAX_TERMS = 12;

    public SearchRequest {
        query = query == null ? "" : query.strip();
        if (query.length() > MAX_QUERY_CHARS) {
            query = query.substring(0, MAX_QUERY_CHARS);
        }
        limit = Math.max(1, Math.min(limit, MAX_LIMIT));
    }

    public static SearchRequest of(String query, String lang) {
        return new SearchRequest(query, lang, null, null, 10);
    }
}
