package nl.pil.search;

import java.util.ArrayList;
import java.util.List;
import nl.pil.link.Page;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.renderer.text.TextContentRenderer;

/** The plain text of a page as the index sees it: its headings and its body without markup. */
record IndexedLeaflet(Page page, List<String> headings, String bodyText) {
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    static IndexedLeaflet of(Page page) {
        List<String> headings = new ArrayList<>();
        page.translation().body().accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                headings.add(TEXT.render(heading).strip());
            }
        });
        return new IndexedLeaflet(page, headings, TEXT.render(page.translation().body()));
    }
}
