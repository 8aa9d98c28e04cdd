package nl.pil.check;

import java.util.ArrayList;
import java.util.List;
import nl.pil.model.SourcePosition;
import nl.pil.model.Translation;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The running text of one paragraph, heading or table cell as a reader sees it (emphasis and links flattened, line
 * breaks as spaces, code spans left out), with the way back from any character to its line and column in the file:
 * phrases such as "minstens 3 dagen vóór het onderzoek" may run across emphasis and line breaks.
 */
record BlockText(String text, Node block, List<Piece> pieces) {
    /** Where a stretch of {@link #text} starts in the file. */
    record Piece(int offset, SourcePosition position) {}

    /** The position of the character at {@code offset}. */
    SourcePosition positionAt(int offset) {
        Piece found = pieces.getFirst();
        for (Piece p : pieces) {
            if (p.offset() <= offset) {
                found = p;
            }
        }
        SourcePosition at = found.position();
        return new SourcePosition(at.file(), at.line(), at.column() + Math.max(0, offset - found.offset()));
    }

    /** Every paragraph, heading and table cell of the translation's body, in reading order. */
    static List<BlockText> of(Translation translation) {
        List<BlockText> blocks = new ArrayList<>();
        translation.body().accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                add(paragraph);
            }

            @Override
            public void visit(Heading heading) {
                add(heading);
            }

            @Override
            public void visit(CustomNode node) {
                if (node instanceof TableCell) {
                    add(node);
                } else {
                    visitChildren(node);
                }
            }

            private void add(Node block) {
                StringBuilder text = new StringBuilder();
                List<Piece> pieces = new ArrayList<>();
                collect(block, translation, text, pieces);
                if (!pieces.isEmpty()) {
                    blocks.add(new BlockText(text.toString(), block, pieces));
                }
            }
        });
        return blocks;
    }

    private static void collect(Node parent, Translation translation, StringBuilder text, List<Piece> pieces) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            switch (child) {
                case Text t -> {
                    pieces.add(new Piece(text.length(), translation.positionOf(t)));
                    text.append(t.getLiteral());
                }
                case Code c -> text.append(' ');
                case SoftLineBreak b -> text.append(' ');
                case HardLineBreak b -> text.append(' ');
                default -> collect(child, translation, text, pieces);
            }
        }
    }
}
