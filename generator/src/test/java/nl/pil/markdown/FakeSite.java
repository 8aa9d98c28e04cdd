package nl.pil.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * A site for rendering tests: every id resolves to ../../en/&lt;id&gt;/, except "unknown" (no such leaflet) and ids
 * starting with "x-", which only exist in Dutch.
 */
final class FakeSite implements BodyContext {
    final List<String> cards = new ArrayList<>();

    @Override
    public ResolvedLink resolveLeaflet(String id, String fragment) {
        if (id.equals("unknown")) {
            return null;
        }
        String href = "../../" + (id.startsWith("x-") ? "nl" : "en") + "/" + id + "/"
                + (fragment == null ? "" : "#" + fragment);
        return id.startsWith("x-") ? new ResolvedLink(href, "nl", "(Nederlands)") : new ResolvedLink(href, null, null);
    }

    @Override
    public String cardHtml(String id) {
        cards.add(id);
        return "<div class=\"card\">" + id + "</div>";
    }

    @Override
    public String alertTitle(Alert.Kind kind) {
        return "Title " + kind.key();
    }
}
