package nl.pil.model;

import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/** A place in a content file; line and column are 1-based. */
public record SourcePosition(String file, int line, int column) {

    public static SourcePosition of(String file) {
        return new SourcePosition(file, 1, 1);
    }

    /** Where a node of a leaflet's body starts, in file coordinates (the body starts on line {@code bodyFirstLine}). */
    public static SourcePosition of(Node node, String file, int bodyFirstLine) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return new SourcePosition(file, bodyFirstLine, 1);
        }
        return new SourcePosition(
                file,
                bodyFirstLine + spans.getFirst().getLineIndex(),
                spans.getFirst().getColumnIndex() + 1);
    }

    public SourcePosition withLine(int newLine, int newColumn) {
        return new SourcePosition(file, newLine, newColumn);
    }
}
