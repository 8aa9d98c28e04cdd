package nl.pil.model;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code content/site.yaml} says: the hospital, where the site lives and its languages (first = source).
 *
 * @param pdf    how PDF handouts are printed (defaults when site.yaml has no {@code pdf:} group)
 * @param checks how strict the checker is (defaults when site.yaml has no {@code checks:} group)
 * @param overdueNotice whether patients see a notice on a leaflet whose {@code review-due} date has passed (off
 *     by default: overdue reviews are the staff's business, listed by {@code pil check} and {@code pil health})
 * @param departmentsRead false when site.yaml's {@code departments} (or one of them) could not be read: that error is
 *     reported once, at site.yaml, and leaflets naming a department are not reported again
 * @param featured the leaflets the home page offers first (the most-read ones, chosen by the editors), in order
 */
public record SiteSettings(
        LocalizedText name,
        URI baseUrl,
        List<String> languages,
        Contact contact,
        Map<String, Department> departments,
        PdfSettings pdf,
        CheckSettings checks,
        boolean overdueNotice,
        boolean departmentsRead,
        List<Featured> featured) {

    /** A leaflet id in site.yaml's {@code featured} list, with where it was written. */
    public record Featured(String id, SourcePosition position) {}

    public SiteSettings {
        featured = List.copyOf(featured);
        languages = List.copyOf(languages);
        // in site.yaml's order, so every page and file that lists them lists them the same way in every build
        departments = Collections.unmodifiableMap(new LinkedHashMap<>(departments));
        pdf = pdf == null ? PdfSettings.defaults() : pdf;
        checks = checks == null ? CheckSettings.DEFAULTS : checks;
    }

    public SiteSettings(
            LocalizedText name,
            URI baseUrl,
            List<String> languages,
            Contact contact,
            Map<String, Department> departments,
            PdfSettings pdf,
            CheckSettings checks) {
        this(name, baseUrl, languages, contact, departments, pdf, checks, false, true, List.of());
    }

    public SiteSettings(
            LocalizedText name,
            URI baseUrl,
            List<String> languages,
            Contact contact,
            Map<String, Department> departments,
            PdfSettings pdf) {
        this(name, baseUrl, languages, contact, departments, pdf, CheckSettings.DEFAULTS);
    }

    public SiteSettings(
            LocalizedText name,
            URI baseUrl,
            List<String> languages,
            Contact contact,
            Map<String, Department> departments) {
        this(name, baseUrl, languages, contact, departments, PdfSettings.defaults());
    }

    /** These settings with only {@code kept} of the site's languages (the first must stay first). */
    public SiteSettings withLanguages(List<String> kept) {
        return new SiteSettings(
                name, baseUrl, kept, contact, departments, pdf, checks, overdueNotice, departmentsRead, featured);
    }

    /** The language leaflets are written in first; every translation needs a file in it. */
    public String sourceLanguage() {
        return languages.getFirst();
    }

    public String nameIn(String lang) {
        return name.in(lang, sourceLanguage());
    }

    /** Absolute URL of a site-relative path such as {@code nl/ct-scan/}. */
    public String absoluteUrl(String path) {
        String base = baseUrl.toString();
        return (base.endsWith("/") ? base : base + "/") + path;
    }
}
