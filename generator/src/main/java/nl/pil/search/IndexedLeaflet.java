package nl.pil.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import nl.pil.link.Page;
import nl.pil.link.Site;
import nl.pil.markdown.LeafletMarkdown;
import nl.pil.model.Department;
import nl.pil.model.Person;

/**
 * The plain text of a page as the index sees it: its headings, its body's words without markup or link targets, and
 * its sections; and who and where it belongs to ({@code people}: the names of the people it names and
 * the names of its departments in the page's language), so a patient who searches for their nurse's name or for
 * "MDL" finds it.
 */
record IndexedLeaflet(Page page, List<String> headings, String bodyText, List<LeafletSection> sections, String people) {

    static IndexedLeaflet of(Page page) {
        return of(page, null);
    }

    /** @param site the site whose people and departments the page names; null for none */
    static IndexedLeaflet of(Page page, Site site) {
        return new IndexedLeaflet(
                page,
                LeafletMarkdown.headings(page.translation().body()),
                LeafletMarkdown.plainText(page.translation().body()),
                LeafletSection.of(page.translation().body()),
                site == null ? "" : people(page, site));
    }

    /** The names of the people and departments the page names, one a line. */
    static String people(Page page, Site site) {
        String source = site.settings().sourceLanguage();
        List<String> lines = new ArrayList<>();
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        ids.addAll(page.meta().contacts());
        ids.addAll(page.meta().specialists());
        ids.addAll(page.meta().authors());
        ids.addAll(page.meta().reviewers());
        for (String id : ids) {
            Person p = site.content().people().get(id);
            if (p != null) {
                lines.add(p.displayName()); // the name, not the function: "specialist" would pull every such leaflet up
            }
        }
        for (String id : page.meta().departments()) {
            Department d = site.settings().departments().get(id);
            if (d != null) {
                lines.add(d.name().in(page.lang(), source));
            }
        }
        return String.join("\n", lines);
    }
}
