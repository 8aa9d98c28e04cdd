package nl.pil.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Limits on the shape of a leaflet body, far beyond what a leaflet needs, that keep every later stage safe:
 * visitors and renderers recurse once per level of nesting (a body of 5,000 nested quotes overflowed the stack,
 * the handout's XML parser refuses more than 100 levels) and the handout's table layout slows down with the
 * number of rows. The walk here is iterative, so it is safe on any tree the parser builds.
 */
public final class MarkdownLimits {
    /** Levels of the syntax tree: a list in a list in a quote with a link in bold text is about 10. */
    public static final int MAX_DEPTH = 32;
    /** Rows of one table: a table this long is a spreadsheet, not a leaflet, and takes long to lay out on paper. */
    public static final int MAX_TABLE_ROWS = 300;

    /** Characters without a space: the longest Dutch words have about 60, a long web address a few hundred. */
    public static final int MAX_WORD = 300;

    /** One limit exceeded, at the node where it first was. */
    public record Violation(Node node, String message, String hint) {}

    private MarkdownLimits() {}

    public static List<Violation> check(Node document) {
        List<Violation> found = new ArrayList<>();
        boolean tooDeep = false;
        int longWords = 0;
        int depth = 0;
        Node node = document;
        while (node != null) {
            if (depth > MAX_DEPTH && !tooDeep) {
                tooDeep = true;
                found.add(new Violation(
                        node,
                        "text is nested more than " + MAX_DEPTH + " levels deep",
                        "use fewer levels of lists inside lists, quotes inside quotes or emphasis inside emphasis"));
            }
            if (node instanceof TableBlock table) {
                int rows = rows(table);
                if (rows > MAX_TABLE_ROWS) {
                    found.add(new Violation(
                            node,
                            "table has " + rows + " rows (at most " + MAX_TABLE_ROWS + ")",
                            "split it into several tables under their own headings, or attach it as a file"));
                }
            }
            String literal = node instanceof Text text
                    ? text.getLiteral()
                    : node instanceof Code code
                            ? code.getLiteral()
                            : node instanceof FencedCodeBlock block
                                    ? block.getLiteral()
                                    : node instanceof IndentedCodeBlock block ? block.getLiteral() : null;
            int word = literal == null || !hasWordLongerThan(literal, MAX_WORD) ? 0 : longestWord(literal);
            if (word > MAX_WORD && longWords++ == 0) {
                found.add(
                        new Violation(
                                node,
                                "a word of " + word + " characters without a space (at most " + MAX_WORD + ")",
                                "break it up with spaces; link a long web address with a short text: [description](https://…)"));
            }
            // depth first, without recursion
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                depth++;
                continue;
            }
            while (node != null && node != document && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            node = node == null || node == document ? null : node.getNext();
        }
        return found;
    }

    /**
     * Whether {@code text} has a run of more than {@code max} characters without white space: what {@code
     * longestWord(text) > max} says, without looking at every character of every text (it runs on every text of every
     * file): a text no longer than {@code max} has none, and only a stretch between two spaces longer than that can.
     */
    static boolean hasWordLongerThan(String text, int max) {
        if (text.length() <= max) {
            return false;
        }
        int from = 0;
        while (from < text.length()) {
            int space = text.indexOf(' ', from);
            int end = space < 0 ? text.length() : space;
            if (end - from > max && longestWord(text.substring(from, end)) > max) {
                return true;
            }
            from = end + 1;
        }
        return false;
    }

    /** The longest run of characters without white space. */
    public static int longestWord(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = Character.isWhitespace(text.charAt(i)) ? 0 : run + 1;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    private static int rows(TableBlock table) {
        int rows = 0;
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (row instanceof TableRow) {
                    rows++;
                }
            }
        }
        return rows;
    }
}
