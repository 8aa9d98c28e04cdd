package nl.pil.markdown;

import org.commonmark.node.CustomNode;

/**
 * A link to another leaflet: {@code [CT-scan](ct-scan)} or {@code [preparation](ct-scan#preparation)}. Made at parse
 * time from a link whose destination is a leaflet id, so every later stage finds leaflet links by their type; its
 * children are the link text, its source spans those of the link.
 */
public final class LeafletLink extends CustomNode {
    private final String leafletId;
    private final String fragment;
    private final String title;

    /**
     * @param fragment the section after {@code #}, {@code null} when the destination has no {@code #}
     * @param title    the link's title, {@code null} when it has none
     */
    public LeafletLink(String leafletId, String fragment, String title) {
        this.leafletId = leafletId;
        this.fragment = fragment;
        this.title = title;
    }

    public String leafletId() {
        return leafletId;
    }

    /** The section after {@code #} (possibly empty); {@code null} when the destination has no {@code #}. */
    public String fragment() {
        return fragment;
    }

    /** The link's title; {@code null} when it has none. */
    public String title() {
        return title;
    }

    /** The destination as written: the id, and {@code #} with the fragment when there is one. */
    public String destination() {
        return fragment == null ? leafletId : leafletId + "#" + fragment;
    }

    @Override
    protected String toStringAttributes() {
        return "destination=" + destination() + ", title=" + title;
    }
}
