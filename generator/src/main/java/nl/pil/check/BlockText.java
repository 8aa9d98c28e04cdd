package nl.pil.check;

import java.util.ArrayList;
import java.util.List;
import nl.pil.markdown.LeafletLink;
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
record BlockText(String text, Node block, List<Piece> pieces, List<Piece> leafletLinks) {
    /** Where a stretch of {@link #text} starts in the file. */
    record Piece(int offset, SourcePosition position) {}

    /**
     * The block without its leaflet links' texts ("[Chemotherapie](chemotherapy)"): other leaflets' titles, names
     * the writer of this text does not choose. {@code leafletLinks} holds their offsets as pairs (start, end).
     */
    boolean inLeafletLink(int offset) {
        for (int i = 0; i + 1 < leafletLinks.size(); i += 2) {
            if (leafletLinks.get(i).offset() <= offset
                    && offset < leafletLinks.get(i + 1).offset()) {
                return true;
            }
        }
        return false;
    }

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
        return TextMemo.remember(translation, BlockText::read);
    }

    private static List<BlockText> read(Translation translation) {
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
                List<Piece> links = new ArrayList<>();
                collect(block, translation, text, pieces, links);
                if (!pieces.isEmpty()) {
                    blocks.add(new BlockText(text.toString(), block, pieces, links));
                }
            }
        });
        return List.copyOf(blocks);
    }

    private static void collect(
            Node parent, Translation translation, StringBuilder text, List<Piece> pieces, List<Piece> links) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            switch (child) {
                case Text t -> {
                    pieces.add(new Piece(text.length(), translation.positionOf(t)));
                    text.append(t.getLiteral());
                }
                case Code c -> text.append(' ');
                case SoftLineBreak b -> text.append(' ');
                case HardLineBreak b -> text.append(' ');
                case LeafletLink link -> {
                    links.add(new Piece(text.length(), null));
                    collect(child, translation, text, pieces, links);
                    links.add(new Piece(text.length(), null));
                }
                default -> collect(child, translation, text, pieces, links);
            }
        }
    }
}
