package nl.pil.model;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A care-path packet ({@code content/bundles/<id>.yaml}): the leaflets a nurse hands a patient for one care path, in
 * the order they are read (condition, exams, treatment, aftercare). Each language the bundle has a title in gets a
 * page ({@code nl/bundles/<id>/}) and one PDF with a cover, a table of contents and every leaflet.
 *
 * @param title      per language; the languages with a title are the languages the bundle is made in
 * @param intro      a few sentences for the cover and the page, per language; may be empty
 * @param leaflets   leaflet ids in reading order, each with where it was written
 * @param department a site.yaml department id whose phone number the cover gives; may be null
 * @param contact    a person id ({@code content/people/}) the cover names as the patient's contact; may be null
 * @param position   the file, for diagnostics about the bundle as a whole
 */
public record Bundle(
        String id,
        LocalizedText title,
        LocalizedText intro,
        List<Item> leaflets,
        String department,
        String contact,
        SourcePosition position) {

    /** A packet's kind beside the leaflet types' keys: its type in the search index, a filter of its own. */
    public static final String KIND = "bundle";

    /** How bundles are named: the file name without {@code .yaml}. */
    public static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** A leaflet of the bundle, with where the writer named it. */
    public record Item(String id, SourcePosition position) {}

    public Bundle {
        leaflets = List.copyOf(leaflets);
    }

    /** The leaflet ids in reading order. */
    public List<String> leafletIds() {
        return leaflets.stream().map(Item::id).toList();
    }

    /** The languages it is made in, in the site's order: those it has a title in (all, for one title for all). */
    public List<String> languages(List<String> siteLanguages) {
        return siteLanguages.stream().filter(lang -> title.inOnly(lang) != null).toList();
    }

    /** Where its page is in the site, for language {@code lang}: {@code nl/bundles/liver-care-path/}. */
    public String path(String lang) {
        return lang + "/bundles/" + id + "/";
    }

    /** The file name of its PDF in {@code lang}: {@code liver-care-path-nl.pdf}. */
    public String fileName(String lang) {
        return id + "-" + lang + ".pdf";
    }
}
