package nl.pil.search;

import java.util.List;
import nl.pil.link.Page;
import nl.pil.markdown.LeafletMarkdown;

/** The plain text of a page as the index sees it: its headings, and its body's words without markup or link targets. */
record IndexedLeaflet(Page page, List<String> headings, String bodyText) {

    static IndexedLeaflet of(Page page) {
        return new IndexedLeaflet(
                page,
                LeafletMarkdown.headings(page.translation().body()),
                LeafletMarkdown.plainText(page.translation().body()));
    }
}
