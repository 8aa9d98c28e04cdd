package nl.pil.markdown.internal;

import java.util.regex.Pattern;
import nl.pil.markdown.LeafletLink;
import nl.pil.model.Leaflet;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.PostProcessor;

/** Turns every link whose destination is a leaflet id (optionally with {@code #section}) into a {@link LeafletLink}. */
public final class LeafletLinkPostProcessor implements PostProcessor {
    private static final Pattern FRAGMENT = Pattern.compile("[A-Za-z0-9_.-]*");

    /** A destination that names a leaflet: a bare id, optionally with {@code #section}. The one place this syntax is known. */
    public static boolean isLeafletTarget(String destination) {
        int hash = destination.indexOf('#');
        return hash < 0
                ? Leaflet.isValidId(destination)
                : Leaflet.isValidId(destination.substring(0, hash))
                        && FRAGMENT.matcher(destination.substring(hash + 1)).matches();
    }

    @Override
    public Node process(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                if (isLeafletTarget(link.getDestination())) {
                    replace(link);
                } else {
                    visitChildren(link);
                }
            }
        });
        return document;
    }

    private static void replace(Link link) {
        String destination = link.getDestination();
        int hash = destination.indexOf('#');
        LeafletLink leafletLink = new LeafletLink(
                hash < 0 ? destination : destination.substring(0, hash),
                hash < 0 ? null : destination.substring(hash + 1),
                link.getTitle());
        leafletLink.setSourceSpans(link.getSourceSpans());
        Node child = link.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            leafletLink.appendChild(child);
            child = next;
        }
        link.insertBefore(leafletLink);
        link.unlink();
    }
}
