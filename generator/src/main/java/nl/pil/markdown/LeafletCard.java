package nl.pil.markdown;

import org.commonmark.node.CustomBlock;

/** A paragraph that is only {@code [[leaflet-id]]}: rendered as a card of that leaflet. */
public final class LeafletCard extends CustomBlock {
    private final String leafletId;

    public LeafletCard(String leafletId) {
        this.leafletId = leafletId;
    }

    public String leafletId() {
        return leafletId;
    }
}
