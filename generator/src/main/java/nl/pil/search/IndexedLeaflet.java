package nl.pil.search;

import java.util.ArrayList;
import java.util.List;
import nl.pil.link.Page;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** The plain text of a page as the index sees it: its headings, and its body's words without markup or link targets. */
record IndexedLeaflet(Page page, List<String> headings, String bodyText) {

    static IndexedLeaflet of(Page page) {
        List<String> headings = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        page.translation().body().accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                int start = body.length();
                visitChildren(heading);
                headings.add(body.substring(start).strip());
                body.append('\n');
            }

            @Override
            public void visit(Text text) {
                body.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                body.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                body.append(' ');
            }

            @Override
            public void visit(HardLineBreak hardLineBreak) {
                body.append('\n');
            }

            @Override
            protected void visitChildren(Node parent) {
                super.visitChildren(parent);
                if (parent instanceof Block && body.length() > 0 && body.charAt(body.length() - 1) != '\n') {
                    body.append('\n');
                }
            }
        });
        return new IndexedLeaflet(page, headings, body.toString().strip());
    }
}
