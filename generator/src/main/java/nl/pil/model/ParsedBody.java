package nl.pil.model;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.function.Supplier;
import org.commonmark.node.Node;

/**
 * A leaflet body's Markdown syntax tree, parsed when something first reads it and parsed again when it has been let
 * go. A build that finds what it needs of an unchanged file in the previous build's record ({@code .pil/parse.json}:
 * its links, cards, headings) never parses it: at 20,000 leaflets, parsing was half of loading. A large site's trees
 * are not all held at once ({@link KeptTrees}): at 20,000 leaflets they were 750 MB. Parsing gives the same tree
 * whenever it happens; the tree is never modified after it (renderers only read it), so no reader can tell a tree
 * parsed again from the first one but by identity, and none keeps one tree's nodes to look up in another's.
 *
 * <p>A build that knows a file did not change without reading it (its size, times and identity are as when the
 * previous build read it) does not read its text either: the text is read when something first needs it (a page of
 * the leaflet made again), and if it is no longer what the build knew, {@link SourceChanged} says so.
 */
public final class ParsedBody {
    // the Markdown as UTF-8: a String of it takes two bytes a character once one character is outside Latin-1 (a
    // typographic quote or dash), which at 20,000 leaflets × 2 was 265 MB against 149 MB
    private volatile byte[] text;
    private final Supplier<String> source; // reads the text when it is not held yet; null when it always is
    private final Function<String, Node> parse;
    private final KeptTrees kept;
    private volatile Node node;

    private ParsedBody(Node node, String text, Supplier<String> source, Function<String, Node> parse, KeptTrees kept) {
        this.node = node;
        this.text = text == null ? null : text.getBytes(StandardCharsets.UTF_8);
        this.source = source;
        this.parse = parse;
        this.kept = kept;
    }

    /** The body {@code text}, parsed already into {@code node}; {@code parse} makes it again once {@code kept} has let it go. */
    public static ParsedBody parsed(Node node, String text, Function<String, Node> parse, KeptTrees kept) {
        ParsedBody body = new ParsedBody(node, text, null, parse, kept);
        kept.add(body);
        return body;
    }

    /** The body {@code text}, which {@code parse} makes when it is first read (once, whichever thread reads it first). */
    public static ParsedBody later(String text, Function<String, Node> parse, KeptTrees kept) {
        return new ParsedBody(null, text, null, parse, kept);
    }

    /**
     * A body not read yet: {@code source} reads its text when it is first needed (once, whichever thread needs it
     * first), and throws {@link SourceChanged} when the file is no longer what the build knew; then as {@link #later}.
     */
    public static ParsedBody unread(Supplier<String> source, Function<String, Node> parse, KeptTrees kept) {
        return new ParsedBody(null, null, source, parse, kept);
    }

    /** The Markdown of the body. */
    public String text() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    private byte[] bytes() {
        byte[] t = text;
        if (t == null) {
            synchronized (this) {
                t = text;
                if (t == null) {
                    t = source.get().getBytes(StandardCharsets.UTF_8);
                    text = t;
                }
            }
        }
        return t;
    }

    /** Whether the text has been read (for tests: which files a build read). */
    public boolean read() {
        return text != null;
    }

    public Node node() {
        Node n = node;
        if (n == null) {
            synchronized (this) {
                n = node;
                if (n == null) {
                    n = parse.apply(text());
                    node = n;
                    kept.add(this);
                }
            }
        }
        return n;
    }

    /** Whether the tree is held now (for tests: which files a build parsed, which trees were let go). */
    public boolean parsed() {
        return node != null;
    }

    /** What {@link KeptTrees} counts: the bytes of its Markdown. */
    long size() {
        return bytes().length;
    }

    /** Lets the tree go: the next reader parses it again. Only {@link KeptTrees} calls it, for a body it holds. */
    void letGo() {
        node = null;
    }
}
