package nl.pil.model;

import java.util.function.Supplier;
import org.commonmark.node.Node;

/**
 * A leaflet body's Markdown syntax tree, parsed when something first reads it. A build that finds what it needs of an
 * unchanged file in the previous build's record ({@code .pil/parse.json}: its links, cards, headings) never parses
 * it: at 20,000 leaflets, parsing was half of loading. Parsing gives the same tree whenever it happens; the tree is
 * never modified after it (renderers only read it).
 */
public final class ParsedBody {
    private Supplier<Node> parse; // null once parsed
    private volatile Node node;

    private ParsedBody(Node node, Supplier<Node> parse) {
        this.node = node;
        this.parse = parse;
    }

    /** A body parsed already. */
    public static ParsedBody of(Node node) {
        return new ParsedBody(node, null);
    }

    /** A body {@code parse} makes when it is first read (once, whichever thread reads it first). */
    public static ParsedBody later(Supplier<Node> parse) {
        return new ParsedBody(null, parse);
    }

    public Node node() {
        Node n = node;
        if (n == null) {
            synchronized (this) {
                n = node;
                if (n == null) {
                    n = parse.get();
                    node = n;
                    parse = null;
                }
            }
        }
        return n;
    }

    /** Whether the tree has been made (for tests: which files a build parsed). */
    public boolean parsed() {
        return node != null;
    }
}
