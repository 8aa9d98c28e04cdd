package nl.pil.model;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A page outside the site that leaflets show as a card ({@code [[link:id]]}), declared once in
 * {@code content/links.yaml}: a national cancer site, a radiotherapy institute, a patient association.
 *
 * @param organisation who publishes the page, shown on the card (patients judge a source by its publisher)
 * @param summary      may be empty
 * @param kind         what the page is: a website, or a video or podcast (played there, never embedded here)
 * @param transcript   a written version of a video or podcast, for patients who cannot or will not listen; may be null
 * @param poster       a still of a video or podcast, a PNG or JPEG in the content folder (real path), shown on the
 *                     card instead of the other site's player; may be null
 * @param posterHash   fingerprint of the poster's bytes, so a new picture re-renders the pages; null without one
 */
public record ExternalLink(
        String id,
        URI url,
        String organisation,
        LocalizedText title,
        LocalizedText summary,
        SourcePosition position,
        Kind kind,
        URI transcript,
        Path poster,
        String posterHash) {

    public enum Kind {
        WEBSITE,
        VIDEO,
        PODCAST;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ExternalLink(
            String id,
            URI url,
            String organisation,
            LocalizedText title,
            LocalizedText summary,
            SourcePosition position) {
        this(id, url, organisation, title, summary, position, Kind.WEBSITE, null, null, null);
    }

    /** Where the site keeps the poster: {@code media/<id>.jpg}; null without one. */
    public String posterName() {
        if (poster == null) {
            return null;
        }
        String file = poster.getFileName().toString();
        return "media/" + id + file.substring(file.lastIndexOf('.')).toLowerCase(Locale.ROOT);
    }

    /** How a leaflet body names it in a card: {@code [[link:id]]}. */
    public static final String CARD_PREFIX = "link:";

    /** The link id of a card target such as {@code link:kanker-nl}, or {@code null} for a leaflet id. */
    public static String idOf(String cardTarget) {
        return cardTarget.startsWith(CARD_PREFIX) ? cardTarget.substring(CARD_PREFIX.length()) : null;
    }
}
