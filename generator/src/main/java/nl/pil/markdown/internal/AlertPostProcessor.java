package nl.pil.markdown.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.pil.markdown.Alert;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Turns block quotes that start with {@code [!NOTE]}, {@code [!TIP]}, {@code [!IMPORTANT]}, {@code [!WARNING]}
 * or {@code [!CAUTION]} into {@link Alert} blocks (GitHub's alert syntax). Other block quotes stay as they are.
 */
public final class AlertPostProcessor implements PostProcessor {
    private static final Pattern MARKER = Pattern.compile("\\[!([A-Za-z]+)]\\s*");

    /** The marker word of a block quote's first line, if it looks like an alert marker at all. */
    public static Optional<String> markerOf(BlockQuote quote) {
        if (quote.getFirstChild() instanceof Paragraph p && p.getFirstChild() instanceof Text t) {
            Matcher m = MARKER.matcher(t.getLiteral());
            if (m.matches()
                    && (t.getNext() == null
                            || t.getNext() instanceof SoftLineBreak
                            || t.getNext() instanceof HardLineBreak)) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    @Override
    public Node process(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(BlockQuote quote) {
                visitChildren(quote);
                markerOf(quote).flatMap(AlertPostProcessor::kind).ifPresent(kind -> replace(quote, kind));
            }
        });
        return document;
    }

    private static Optional<Alert.Kind> kind(String word) {
        try {
            return Optional.of(Alert.Kind.valueOf(word.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void replace(BlockQuote quote, Alert.Kind kind) {
        Paragraph first = (Paragraph) quote.getFirstChild();
        Node marker = first.getFirstChild();
        Node afterMarker = marker.getNext();
        marker.unlink();
        if (afterMarker != null) {
            afterMarker.unlink();
        }
        if (first.getFirstChild() == null) {
            first.unlink();
        }
        Alert alert = new Alert(kind);
        alert.setSourceSpans(quote.getSourceSpans());
        Node child = quote.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            alert.appendChild(child);
            child = next;
        }
        quote.insertBefore(alert);
        quote.unlink();
    }
}
