package nl.pil.search;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import nl.pil.markdown.LeafletMarkdown;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * One section of a leaflet as search shows it: the text from a heading (of any level) up to the next heading, so an
 * FAQ question ({@code ###} under "Veelgestelde vragen") is a section of its own with its answer.
 *
 * @param path   the headings above and of this section, outermost first; empty for the text before the first heading
 * @param anchor the id the web page gives the heading ({@link LeafletMarkdown#headingAnchors}); null before the first
 * @param text   the section's blocks, each on a line of its own (no heading text): a paragraph, a list item, a table
 *               row as "cell: cell"
 */
record LeafletSection(List<String> path, String anchor, String text) {

    /** The section's own heading, or null for the text before the first heading. */
    String heading() {
        return path.isEmpty() ? null : path.getLast();
    }

    /** The sections of a parsed body in order, those without text left out (a heading directly followed by another). */
    static List<LeafletSection> of(Node document) {
        Map<Heading, String> anchors = LeafletMarkdown.headingAnchors(document);
        // a heading's text once, not once for every section under it (each makes a renderer: most of this method)
        Map<Heading, String> titles = new IdentityHashMap<>();
        List<LeafletSection> sections = new ArrayList<>();
        List<Heading> open = new ArrayList<>();
        Heading current = null;
        StringBuilder text = new StringBuilder();
        for (Node child = document.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Heading h) {
                add(sections, open, current, anchors, titles, text);
                while (!open.isEmpty() && open.getLast().getLevel() >= h.getLevel()) {
                    open.removeLast();
                }
                open.add(h);
                current = h;
                text.setLength(0);
            } else {
                for (String line : lines(child)) {
                    text.append(text.isEmpty() ? "" : "\n").append(line);
                }
            }
        }
        add(sections, open, current, anchors, titles, text);
        return sections;
    }

    private static void add(
            List<LeafletSection> sections,
            List<Heading> open,
            Heading current,
            Map<Heading, String> anchors,
            Map<Heading, String> titles,
            CharSequence text) {
        if (text.isEmpty()) {
            return;
        }
        List<String> path = current == null
                ? List.of()
                : open.stream()
                        .map(h -> titles.computeIfAbsent(h, LeafletMarkdown::plainText))
                        .toList();
        sections.add(new LeafletSection(path, current == null ? null : anchors.get(current), text.toString()));
    }

    /** A block's text as lines: a table row per line as "cell: cell", other blocks as plain text, list items apart. */
    private static List<String> lines(Node block) {
        List<String> lines = new ArrayList<>();
        if (containsTable(block)) {
            block.accept(new AbstractVisitor() {
                @Override
                public void visit(Paragraph paragraph) {
                    lines.addAll(lines(paragraph)); // beside a table in an alert or a list
                }

                @Override
                public void visit(CustomNode node) {
                    if (node instanceof TableRow row) {
                        List<String> cells = new ArrayList<>();
                        for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
                            if (c instanceof TableCell cell) {
                                StringBuilder words = new StringBuilder(); // not the cell's own text: it ends in "|"
                                for (Node n = cell.getFirstChild(); n != null; n = n.getNext()) {
                                    words.append(LeafletMarkdown.plainText(n));
                                }
                                String t = oneLine(words.toString());
                                if (!t.isEmpty()) {
                                    cells.add(t);
                                }
                            }
                        }
                        if (!cells.isEmpty()) {
                            lines.add(String.join(": ", cells));
                        }
                    } else if (!(node instanceof TableCell)) {
                        visitChildren(node);
                    }
                }
            });
            return lines;
        }
        for (String line : LeafletMarkdown.plainText(block).split("\n")) {
            String t = line.strip();
            if (!t.isEmpty()) {
                lines.add(t);
            }
        }
        return lines;
    }

    private static boolean containsTable(Node block) {
        boolean[] found = {false};
        block.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock node) {
                found[0] |= node instanceof TableBlock;
                visitChildren(node);
            }
        });
        return found[0];
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
