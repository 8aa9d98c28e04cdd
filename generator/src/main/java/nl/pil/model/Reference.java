package nl.pil.model;

/**
 * Something in a leaflet body that points elsewhere: a link to another leaflet, a card of one,
 * or a file beside the leaflet (image, attachment). Collected at load time so checks need no second parse.
 */
public record Reference(Kind kind, String target, SourcePosition position) {
    public enum Kind {
        LEAFLET_LINK,
        CARD,
        FILE
    }
}
