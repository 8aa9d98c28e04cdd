package nl.pil.markdown.internal;

import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.text.TextContentNodeRendererContext;
import org.commonmark.renderer.text.TextContentWriter;

/**
 * The words of CommonMark's own nodes as a reader sees them, for the search index: unlike CommonMark's text renderer
 * it adds no markup (no quotes around code, no list markers, no link or image addresses) and leaves out what a
 * reader does not read as text (code blocks, raw HTML, thematic breaks). Each block ends a line; a heading ends with
 * an empty line; a line break within a paragraph is a space, a hard line break a new line.
 */
public final class PlainTextNodeRenderer extends AbstractVisitor implements NodeRenderer {
    /** Made once: a renderer is made for every piece of text made plain, and making this set was a large part of it. */
    private static final Set<Class<? extends Node>> NODE_TYPES = Set.of(
            Document.class,
            Heading.class,
            Paragraph.class,
            BlockQuote.class,
            BulletList.class,
            OrderedList.class,
            ListItem.class,
            FencedCodeBlock.class,
            IndentedCodeBlock.class,
            HtmlBlock.class,
            ThematicBreak.class,
            Link.class,
            Image.class,
            Emphasis.class,
            StrongEmphasis.class,
            Text.class,
            Code.class,
            HtmlInline.class,
            SoftLineBreak.class,
            HardLineBreak.class);

    private final TextContentNodeRendererContext text;
    private final TextContentWriter out;

    public PlainTextNodeRenderer(TextContentNodeRendererContext text) {
        this.text = text;
        this.out = text.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return NODE_TYPES;
    }

    @Override
    public void render(Node node) {
        node.accept(this);
    }

    @Override
    public void visit(Heading heading) {
        visitChildren(heading);
        out.line();
        out.block();
    }

    @Override
    public void visit(Paragraph paragraph) {
        block(paragraph);
    }

    @Override
    public void visit(BlockQuote blockQuote) {
        block(blockQuote);
    }

    @Override
    public void visit(BulletList bulletList) {
        block(bulletList);
    }

    @Override
    public void visit(OrderedList orderedList) {
        block(orderedList);
    }

    @Override
    public void visit(ListItem listItem) {
        block(listItem);
    }

    @Override
    public void visit(FencedCodeBlock fencedCodeBlock) {
        // not text a reader reads
    }

    @Override
    public void visit(IndentedCodeBlock indentedCodeBlock) {
        // not text a reader reads
    }

    @Override
    public void visit(HtmlBlock htmlBlock) {
        // raw HTML: shown escaped, not indexed
    }

    @Override
    public void visit(HtmlInline htmlInline) {
        // raw HTML: shown escaped, not indexed
    }

    @Override
    public void visit(ThematicBreak thematicBreak) {
        // no text
    }

    @Override
    public void visit(Text node) {
        out.write(node.getLiteral());
    }

    @Override
    public void visit(Code code) {
        out.write(code.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak softLineBreak) {
        out.write(' ');
    }

    @Override
    public void visit(HardLineBreak hardLineBreak) {
        out.line();
    }

    /** Links, images (their description), emphasis and the document: their children's text. */
    @Override
    protected void visitChildren(Node parent) {
        Children.render(parent, text::render);
    }

    private void block(Node block) {
        visitChildren(block);
        out.block();
    }
}
