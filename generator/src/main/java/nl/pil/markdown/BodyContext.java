package nl.pil.markdown;

/**
 * What the extensions' HTML renderers ask the site while they write the body of one page: where a leaflet link
 * leads, the HTML of a card, the title of a call-out. The site answers for the medium it writes (web or print).
 */
public interface BodyContext {

    /** Where a leaflet link points in the page's language; {@code null} when the id is unknown. */
    ResolvedLink resolveLeaflet(String leafletId, String fragment);

    /** The HTML of a card for a leaflet (rendered by the card template). */
    String cardHtml(String leafletId);

    /** The translated title of a call-out, e.g. "Let op". */
    String alertTitle(Alert.Kind kind);

    /** Whether the body is printed (a handout): nothing folded away, as paper cannot unfold it. */
    default boolean print() {
        return false;
    }

    /** Whether the page reads right to left (Arabic): numbers in its text are then set apart left to right. */
    default boolean rightToLeft() {
        return false;
    }

    /**
     * @param marker a short text shown after the link when it leads to another language, e.g. "(Nederlands)";
     *               {@code null} when the target is in the page's own language
     */
    record ResolvedLink(String href, String hreflang, String marker) {}
}
