package nl.pil.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import nl.pil.link.Page;
import nl.pil.link.Site;
import nl.pil.markdown.LeafletMarkdown;
import nl.pil.model.Bundle;
import nl.pil.model.Department;
import nl.pil.model.FrontMatter;
import nl.pil.model.Person;

/**
 * A document as the index sees it: a leaflet page's headings, its body's words without markup or link targets, and
 * its sections; and who and where it belongs to ({@code people}: the names of the people it names and the names of
 * its departments in the page's language), so a patient who searches for their nurse's name or for "MDL" finds it.
 * A care-path packet is a document too ({@link #of(Bundle, String, Site)}): found by its title, its intro and its
 * leaflets' titles.
 *
 * @param id   the leaflet id, or {@code bundles/<id>} for a packet (leaflet ids have no slash)
 * @param type a leaflet type's key, or {@link Bundle#KIND}
 * @param code the leaflet's code, or null
 * @param path the page's path in the site, {@code nl/ct-scan/}
 */
record IndexedLeaflet(
        String id,
        String lang,
        String type,
        List<String> departments,
        String code,
        String path,
        String title,
        String summary,
        List<String> keywords,
        List<String> headings,
        String bodyText,
        List<LeafletSection> sections,
        String people) {

    static IndexedLeaflet of(Page page) {
        return of(page, null);
    }

    /** @param site the site whose people and departments the page names; null for none */
    static IndexedLeaflet of(Page page, Site site) {
        FrontMatter meta = page.meta();
        return new IndexedLeaflet(
                page.id(),
                page.lang(),
                meta.type().key(),
                List.copyOf(new LinkedHashSet<>(meta.departments())),
                meta.code(),
                page.path(),
                meta.title(),
                meta.summary(),
                meta.keywords(),
                LeafletMarkdown.headings(page.translation().body()),
                LeafletMarkdown.plainText(page.translation().body()),
                LeafletSection.of(page.translation().body()),
                site == null ? "" : people(page, site));
    }

    /** The names of the people and departments the page names, one a line. */
    static String people(Page page, Site site) {
        FrontMatter meta = page.meta();
        LinkedHashSet<String> people = new LinkedHashSet<>();
        people.addAll(meta.contacts());
        people.addAll(meta.specialists());
        people.addAll(meta.authors());
        people.addAll(meta.reviewers());
        return names(site, page.lang(), people, meta.departments());
    }

    /**
     * A care-path packet in {@code lang}: its title, intro, contact and department, and its leaflets' titles as its
     * keywords (each in {@code lang}, else in the source language as the packet prints it), so "zorgpad lever" or the
     * name of one of its exams finds it. Not its leaflets' summaries or a body: their words would count twice in the
     * statistics that rank the leaflets themselves (with them, a question's answering section fell from first). No
     * sections: its page is one list.
     */
    static IndexedLeaflet of(Bundle bundle, String lang, Site site) {
        String source = site.settings().sourceLanguage();
        List<String> titles = new ArrayList<>();
        for (String leaflet : bundle.leafletIds()) {
            site.resolve(leaflet, lang).ifPresent(page -> titles.add(page.meta().title()));
        }
        String intro = bundle.intro().inOnly(lang);
        return new IndexedLeaflet(
                "bundles/" + bundle.id(),
                lang,
                Bundle.KIND,
                bundle.department() == null ? List.of() : List.of(bundle.department()),
                null,
                bundle.path(lang),
                bundle.title().in(lang, source),
                intro == null ? "" : intro,
                titles,
                List.of(),
                "",
                List.of(),
                names(
                        site,
                        lang,
                        bundle.contact() == null ? List.of() : List.of(bundle.contact()),
                        bundle.department() == null ? List.of() : List.of(bundle.department())));
    }

    private static String names(Site site, String lang, Iterable<String> personIds, List<String> departmentIds) {
        String source = site.settings().sourceLanguage();
        List<String> lines = new ArrayList<>();
        for (String id : personIds) {
            Person p = site.content().people().get(id);
            if (p != null) {
                lines.add(p.displayName()); // the name, not the function: "specialist" would pull every such leaflet up
            }
        }
        for (String id : departmentIds) {
            Department d = site.settings().departments().get(id);
            if (d != null) {
                lines.add(d.name().in(lang, source));
            }
        }
        return String.join("\n", lines);
    }
}
