package nl.pil.markdown.internal;

import java.util.function.Consumer;
import org.commonmark.node.Node;

/** Renders the children of a node in order, safe against a renderer that moves the child it renders. */
final class Children {
    private Children() {}

    static void render(Node parent, Consumer<Node> renderer) {
        Node child = parent.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            renderer.accept(child);
            child = next;
        }
    }
}
