package nl.pil.search;

import java.util.List;
import nl.pil.link.Page;
import nl.pil.markdown.LeafletMarkdown;

/**
 * The plain text of a page as the index sees it: its headings, its body's words without markup or link targets, and
 * its sections.
 */
record IndexedLeaflet(Page page, List<String> headings, String bodyText, List<LeafletSection> sections) {

    static IndexedLeaflet of(Page page) {
        return new IndexedLeaflet(
                page,
                LeafletMarkdown.headings(page.translation().body()),
                LeafletMarkdown.plainText(page.translation().body()),
                LeafletSection.of(page.translation().body()));
    }
}
