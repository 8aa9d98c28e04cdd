package nl.pil.model;

import java.net.URI;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Someone a leaflet names: a contact person, a specialist, an author or reviewer. Declared once in
 * {@code content/people/<id>.yaml}, so a new phone number is changed in one place for every leaflet.
 *
 * @param titles     academic titles written before the name ("dr.", "prof. dr."); may be null
 * @param function   what they do ("Verpleegkundig specialist"), per language
 * @param department a {@code site.yaml} department id; may be null
 * @param phone      may be null (a person has a phone number or an e-mail address, or both)
 * @param email      may be null
 * @param interests  areas of interest, per language; may be empty
 * @param profile    an https page about them (the hospital's profile page); may be null
 * @param photo      their photo, {@code <id>.png} or {@code <id>.jpg} beside their file (real path); may be null
 * @param photoHash  fingerprint of the photo's bytes, so a new photo re-renders the pages; null without a photo
 */
public record Person(
        String id,
        String name,
        String titles,
        LocalizedText function,
        String department,
        String phone,
        String email,
        LocalizedText interests,
        URI profile,
        SourcePosition position,
        Path photo,
        String photoHash) {

    /** How people are named: the file name without {@code .yaml}, and the value in front matter. */
    public static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** The photo's file name in the site ({@code anna-de-vries.jpg}), or null. */
    public String photoName() {
        if (photo == null) {
            return null;
        }
        String file = photo.getFileName().toString();
        return id + file.substring(file.lastIndexOf('.')).toLowerCase(java.util.Locale.ROOT);
    }

    /** The name as shown: titles first ("dr. Lotte Jansen"). */
    public String displayName() {
        return titles == null ? name : titles + " " + name;
    }

    /**
     * Whether an author or reviewer entry is meant as a person id rather than a plain name: written like an id, with
     * a dash ("lotte-jansen"); "Afdeling MDL" or "redactie" stay plain text.
     */
    public static boolean looksLikeId(String entry) {
        return entry.indexOf('-') > 0 && ID.matcher(entry).matches();
    }
}
