package nl.pil.model;

/**
 * A department of the hospital, declared in {@code site.yaml}: leaflets name it as theirs, people work there, and it
 * has a page of its own per language ({@code nl/departments/<id>/}) listing its leaflets and people.
 *
 * @param about    what the department does, a few sentences per language; may be empty
 * @param location where patients find it ("Route 42, first floor"), per language; may be empty
 * @param position where it is declared in site.yaml, for diagnostics
 */
public record Department(
        String id,
        LocalizedText name,
        String phone,
        String email,
        LocalizedText hours,
        LocalizedText about,
        LocalizedText location,
        SourcePosition position) {

    /** How a leaflet body names it in a card: {@code [[department:id]]}. */
    public static final String CARD_PREFIX = "department:";

    public Department(String id, LocalizedText name, String phone, String email, LocalizedText hours) {
        this(id, name, phone, email, hours, LocalizedText.empty(), LocalizedText.empty(), null);
    }

    /** The department id of a card target such as {@code department:radiology}, or {@code null} for another target. */
    public static String idOf(String cardTarget) {
        return cardTarget.startsWith(CARD_PREFIX) ? cardTarget.substring(CARD_PREFIX.length()) : null;
    }

    /** Where its page is in the site, for language {@code lang}: {@code nl/departments/radiology/}. */
    public String path(String lang) {
        return lang + "/departments/" + id + "/";
    }
}
