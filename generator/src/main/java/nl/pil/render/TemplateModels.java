package nl.pil.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.pil.i18n.Messages;
import nl.pil.link.Page;
import nl.pil.link.Site;
import nl.pil.link.TranslationState;
import nl.pil.markdown.Faq;
import nl.pil.model.Department;
import nl.pil.model.ExternalLink;
import nl.pil.model.FrontMatter;
import nl.pil.model.Person;
import nl.pil.model.SiteSettings;

/** Builds the data the templates see. Plain maps and lists, so templates need no knowledge of Java types. */
final class TemplateModels {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final Site site;
    private final Map<String, Messages> messages;

    TemplateModels(Site site, Map<String, Messages> messages) {
        this.site = site;
        this.messages = messages;
    }

    Site site() {
        return site;
    }

    Messages messages(String lang) {
        return messages.get(lang);
    }

    /** {@code model} with {@code msg}: the interface text of the model's {@code lang}, for the templates. */
    Map<String, Object> withMessages(Map<String, Object> model) {
        String lang = (String) model.get("lang");
        model.put("msg", new MessageFunction(lang, messages(lang)));
        return model;
    }

    /** Native name of a language, e.g. "Nederlands", "English", "العربية". */
    // asked for on every page, for every language of the site: looked up in ICU's data once per process
    private static final Map<String, String> LANGUAGE_NAMES = new ConcurrentHashMap<>();

    private static final Map<List<String>, String> LANGUAGE_NAMES_IN = new ConcurrentHashMap<>();
    private static final Map<String, String> DIRECTIONS = new ConcurrentHashMap<>();

    static String languageName(String lang) {
        return LANGUAGE_NAMES.computeIfAbsent(lang, TemplateModels::lookUpLanguageName);
    }

    private static String lookUpLanguageName(String lang) {
        ULocale locale = ULocale.forLanguageTag(lang);
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? lang : name.substring(0, 1).toUpperCase(locale.toLocale()) + name.substring(1);
    }

    /** Name of a language as the reader of {@code readerLang} says it, for use in a sentence ("Dutch", "het Nederlands"). */
    static String languageNameIn(String lang, String readerLang) {
        return LANGUAGE_NAMES_IN.computeIfAbsent(
                List.of(lang, readerLang), key -> lookUpLanguageNameIn(key.get(0), key.get(1)));
    }

    private static String lookUpLanguageNameIn(String lang, String readerLang) {
        String name = ULocale.forLanguageTag(lang).getDisplayLanguage(ULocale.forLanguageTag(readerLang));
        return name.isEmpty() ? lang : name;
    }

    static String direction(String lang) {
        return DIRECTIONS.computeIfAbsent(lang, l -> ULocale.forLanguageTag(l).isRightToLeft() ? "rtl" : "ltr");
    }

    /** A date as readers of {@code lang} write it; plain "en" is written the British way (day month year), as in Europe. */
    static String formatDate(LocalDate date, String lang) {
        return date == null
                ? null
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(dateLocale(lang))
                        .format(date);
    }

    /** A front-matter date as written: a full date, or "mei 2017" for one written as a month ({@code 2017-05}). */
    static String formatDate(FrontMatter meta, String key, LocalDate date, String lang) {
        if (date == null || !meta.isMonthOnly(key)) {
            return formatDate(date, lang);
        }
        return DateTimeFormatter.ofPattern("LLLL yyyy", dateLocale(lang)).format(date);
    }

    /** The date for machines: {@code 2017-05-01}, or {@code 2017-05} for one written as a month. */
    static String isoDate(FrontMatter meta, String key, LocalDate date) {
        if (date == null) {
            return null;
        }
        return meta.isMonthOnly(key) ? YearMonth.from(date).toString() : date.toString();
    }

    static Locale dateLocale(String lang) {
        return lang.equals("en") ? Locale.UK : Locale.forLanguageTag(lang);
    }

    /** What every page shares: site name, language, direction, contact details, language list. */
    Map<String, Object> common(String lang, String root) {
        SiteSettings s = site.settings();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lang", lang);
        m.put("dir", direction(lang));
        m.put("root", root);
        m.put("siteName", s.nameIn(lang));
        m.put("sourceLang", s.sourceLanguage());
        Map<String, Object> contact = new LinkedHashMap<>();
        putIfPresent(contact, "phone", s.contact().phone());
        putIfPresent(contact, "emergency", s.contact().emergency());
        putIfPresent(contact, "email", s.contact().email());
        putIfPresent(contact, "address", s.contact().address());
        m.put("contact", contact);
        List<Map<String, Object>> languages = new ArrayList<>();
        for (String l : s.languages()) {
            languages.add(Map.of(
                    "code",
                    l,
                    "name",
                    languageName(l),
                    "dir",
                    direction(l),
                    "href",
                    root + l + "/",
                    "current",
                    l.equals(lang)));
        }
        m.put("languages", languages);
        return m;
    }

    /** A card of leaflet {@code id} as shown on a page in {@code lang}; {@code root} leads to the site root. */
    Map<String, Object> card(String id, String lang, String root) {
        Page target = site.resolve(id, lang).orElseThrow();
        Messages msg = messages(lang);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("title", target.meta().title());
        m.put("summary", target.meta().summary());
        m.put("href", root + target.path());
        m.put("type", target.meta().type().key());
        m.put("typeLabel", msg.get("type." + target.meta().type().key()));
        putIfPresent(m, "code", target.meta().code());
        boolean otherLanguage = !target.lang().equals(lang);
        m.put("lang", target.lang());
        m.put("dir", direction(target.lang()));
        m.put("otherLanguage", otherLanguage);
        if (otherLanguage) {
            m.put("languageMarker", languageName(target.lang()));
        }
        // cards carry the short form; the leaflet's own page has the full instruction
        putIfPresent(m, "prepareWarning", prepareWarning(target.meta(), lang, "prepare.short"));
        return m;
    }

    /**
     * The card of a page outside the site ({@code [[link:id]]}): its title and summary in the page's language (else the
     * source language's, marked), its publisher and address; {@code null} for an unknown link (reported by the link
     * stage).
     */
    Map<String, Object> externalCard(String linkId, String lang, String root) {
        ExternalLink link = site.content().links().get(linkId);
        if (link == null) {
            return null;
        }
        String source = site.settings().sourceLanguage();
        String title = link.title().inOnly(lang);
        String textLang = title != null ? lang : source;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", ExternalLink.CARD_PREFIX + linkId);
        m.put("external", true);
        m.put("title", title != null ? title : link.title().in(source, source));
        String summary = link.summary().inOnly(textLang);
        m.put("summary", summary == null ? "" : summary);
        m.put("href", link.url().toString());
        m.put("url", link.url().toString());
        m.put("shortUrl", RenderContext.shortUrl(link.url().toString()));
        m.put("host", link.url().getHost().replaceFirst("^www\\.", ""));
        m.put("organisation", link.organisation());
        String kindKey = link.kind() == ExternalLink.Kind.WEBSITE
                ? "card.external"
                : "card." + link.kind().key();
        m.put("kind", link.kind().key());
        m.put("typeLabel", messages(lang).format(kindKey, Map.of("organisation", link.organisation())));
        if (link.transcript() != null) {
            m.put("transcript", link.transcript().toString());
        }
        if (link.poster() != null) {
            m.put(
                    "poster",
                    root + link.posterName()); // a copy on this site: the other host sees nothing before a click
        }
        m.put("lang", textLang);
        m.put("dir", direction(textLang));
        m.put("otherLanguage", !textLang.equals(lang));
        if (!textLang.equals(lang)) {
            m.put("languageMarker", languageName(textLang));
        }
        return m;
    }

    String prepareWarning(FrontMatter meta, String lang, String key) {
        if (meta.prepareDays() == null) {
            return null;
        }
        return messages(lang).format(key, Map.of("days", meta.prepareDays()));
    }

    Map<String, Object> leafletPage(Page page, String bodyHtml) {
        String lang = page.lang();
        String root = "../../";
        Messages msg = messages(lang);
        FrontMatter meta = page.meta();
        Map<String, Object> m = common(lang, root);
        m.put("id", page.id());
        m.put("title", meta.title());
        m.put("summary", meta.summary());
        m.put("type", meta.type().key());
        m.put("typeLabel", msg.get("type." + meta.type().key()));
        putIfPresent(m, "code", meta.code());
        m.put("body", bodyHtml);
        putIfPresent(m, "prepareWarning", prepareWarning(meta, lang, "prepare.warning"));
        putIfPresent(m, "prepareDays", meta.prepareDays());
        List<Map<String, Object>> departments = departments(meta.departments(), lang, root);
        m.put("departments", departments);
        if (!departments.isEmpty()) {
            m.put("department", departments.getFirst()); // the main one: masthead and first contact
        }
        putIfPresent(m, "reviewed", formatDate(meta, "reviewed", meta.reviewed(), lang));
        putIfPresent(m, "reviewedIso", isoDate(meta, "reviewed", meta.reviewed()));
        putIfPresent(m, "reviewDue", formatDate(meta, "review-due", meta.reviewDue(), lang));
        putIfPresent(m, "updated", formatDate(meta, "updated", meta.updated(), lang));
        putIfPresent(m, "updatedIso", isoDate(meta, "updated", meta.updated()));
        putIfPresent(m, "prepareNote", meta.prepareDays() == null ? null : meta.prepareNote());
        m.put("authors", credits(meta.authors(), lang));
        m.put("reviewers", credits(meta.reviewers(), lang));
        m.put("contacts", people(meta.contacts(), lang, root));
        m.put("specialists", people(meta.specialists(), lang, root));
        m.put("contributors", meta.contributors());
        m.put(
                "related",
                page.relatedAfterBody().stream().map(id -> card(id, lang, root)).toList());
        m.put("canonical", site.settings().absoluteUrl(page.path()));
        m.put("alternates", alternates(page.id(), lang, root));
        m.put(
                "breadcrumbs",
                List.of(
                        Map.of("label", site.settings().nameIn(lang), "href", root),
                        Map.of("label", msg.get("nav.leaflets"), "href", root + lang + "/"),
                        Map.of(
                                "label",
                                msg.get("type." + meta.type().key() + ".plural"),
                                "href",
                                root + lang + "/#" + meta.type().key())));
        List<Faq.Question> questions = Faq.questions(page.translation().body());
        m.put("jsonLd", jsonLd(page, questions));
        m.put("hasFaq", !questions.isEmpty());
        m.put("translationState", page.state().key());
        if (page.state() != TranslationState.SOURCE) {
            // where it came from and who answers for it: the source-language version, the translator, the reviewer
            Page original =
                    site.resolve(page.id(), site.settings().sourceLanguage()).orElseThrow();
            m.put(
                    "original",
                    Map.of(
                            "href", root + original.path(),
                            "absolute", site.settings().absoluteUrl(original.path()),
                            "lang", original.lang(),
                            "title", original.meta().title(),
                            "language", languageName(original.lang())));
            putIfPresent(m, "translatedBy", meta.translatedBy());
            if (meta.translationReviewed()) {
                m.put("translationReviewedBy", meta.translationReviewedBy());
                m.put("translationReviewedOn", formatDate(meta.translationReviewedOn(), lang));
                m.put("translationReviewedIso", meta.translationReviewedOn().toString());
            }
            if (page.state() == TranslationState.OUTDATED) {
                m.put(
                        "outdated",
                        Map.of(
                                "href",
                                root + original.path(),
                                "absolute",
                                site.settings().absoluteUrl(original.path()),
                                "lang",
                                original.lang(),
                                "text",
                                msg.format(
                                        "translation.outdated",
                                        Map.of("language", languageNameIn(original.lang(), lang))),
                                "link",
                                msg.format(
                                        "translation.readSource",
                                        Map.of("language", languageNameIn(original.lang(), lang)))));
            }
        }
        if (page.reviewOverdue()) {
            m.put(
                    "reviewNotice",
                    msg.format(
                            "review.overdue", Map.of("date", formatDate(meta, "review-due", meta.reviewDue(), lang))));
        }
        return m;
    }

    /** Authors or reviewers as shown: a person id becomes "name, function"; anything else stays as written. */
    List<String> credits(List<String> entries, String lang) {
        String source = site.settings().sourceLanguage();
        return entries.stream()
                .map(e -> {
                    Person p = site.content().people().get(e);
                    return p == null ? e : p.displayName() + ", " + p.function().in(lang, source);
                })
                .toList();
    }

    /** The cards of the people a leaflet names; ids of unknown people are left out (reported by the link stage). */
    List<Map<String, Object>> people(List<String> ids, String lang, String root) {
        String source = site.settings().sourceLanguage();
        List<Map<String, Object>> cards = new ArrayList<>();
        for (String id : ids) {
            Person p = site.content().people().get(id);
            if (p == null) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", p.id());
            m.put("name", p.displayName());
            m.put("function", p.function().in(lang, source));
            Department dept = p.department() == null
                    ? null
                    : site.settings().departments().get(p.department());
            if (dept != null) {
                m.put("department", dept.name().in(lang, source));
                m.put("departmentHref", root + dept.path(lang));
            }
            if (p.phone() != null) {
                m.put("phone", p.phone());
                m.put("tel", tel(p.phone()));
            }
            putIfPresent(m, "email", p.email());
            String interests = p.interests().in(lang, source);
            putIfPresent(m, "interests", interests.isEmpty() ? null : interests);
            putIfPresent(m, "profile", p.profile() == null ? null : p.profile().toString());
            putIfPresent(m, "photo", p.photo() == null ? null : root + HtmlOutput.PEOPLE_FOLDER + p.photoName());
            cards.add(m);
        }
        return cards;
    }

    /** schema.org Person of someone a page names: who they are and how to reach them. */
    private Map<String, Object> personLd(Person p, String lang) {
        String source = site.settings().sourceLanguage();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@type", "Person");
        m.put("name", p.name());
        if (p.titles() != null) {
            m.put("honorificPrefix", p.titles());
        }
        m.put("jobTitle", p.function().in(lang, source));
        if (p.phone() != null) {
            m.put("telephone", p.phone());
        }
        if (p.email() != null) {
            m.put("email", p.email());
        }
        String interests = p.interests().in(lang, source);
        if (!interests.isEmpty()) {
            m.put("knowsAbout", interests);
        }
        if (p.profile() != null) {
            m.put("url", p.profile().toString());
        }
        Department dept =
                p.department() == null ? null : site.settings().departments().get(p.department());
        if (dept != null) {
            m.put(
                    "worksFor",
                    Map.of(
                            "@type",
                            "MedicalClinic",
                            "name",
                            dept.name().in(lang, source),
                            "url",
                            site.settings().absoluteUrl(dept.path(lang))));
        }
        return m;
    }

    /** The language versions of a site-wide page such as {@code nl/} or {@code nl/search/}: one per site language. */
    List<Map<String, Object>> languageAlternates(String lang, String root, String suffix) {
        return site.settings().languages().stream()
                .map(l -> Map.<String, Object>of(
                        "lang",
                        l,
                        "name",
                        languageName(l),
                        "href",
                        root + l + "/" + suffix,
                        "absolute",
                        site.settings().absoluteUrl(l + "/" + suffix),
                        "current",
                        l.equals(lang)))
                .toList();
    }

    private List<Map<String, Object>> alternates(String id, String lang, String root) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Page p : site.translationsOf(id)) {
            list.add(Map.of(
                    "lang",
                    p.lang(),
                    "name",
                    languageName(p.lang()),
                    "href",
                    root + p.path(),
                    "absolute",
                    site.settings().absoluteUrl(p.path()),
                    "current",
                    p.lang().equals(lang)));
        }
        return list;
    }

    /** The departments with these ids, as templates see them; unknown ids are left out (reported by the checker). */
    List<Map<String, Object>> departments(List<String> ids, String lang, String root) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (String id : ids) {
            Department dept = site.settings().departments().get(id);
            if (dept != null) {
                list.add(department(dept, lang, root));
            }
        }
        return list;
    }

    /** A department as templates see it: name, contact details, what it does, and the address of its page. */
    Map<String, Object> department(Department dept, String lang, String root) {
        String source = site.settings().sourceLanguage();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", dept.id());
        m.put("name", dept.name().in(lang, source));
        putIfPresent(m, "phone", dept.phone());
        if (dept.phone() != null) {
            m.put("tel", tel(dept.phone()));
        }
        putIfPresent(m, "email", dept.email());
        putIfPresent(m, "hours", blankToNull(dept.hours().in(lang, source)));
        putIfPresent(m, "about", blankToNull(dept.about().in(lang, source)));
        putIfPresent(m, "location", blankToNull(dept.location().in(lang, source)));
        m.put("href", root + dept.path(lang));
        m.put("url", site.settings().absoluteUrl(dept.path(lang)));
        m.put("shortUrl", RenderContext.shortUrl(site.settings().absoluteUrl(dept.path(lang))));
        return m;
    }

    /** The card of a department ({@code [[department:id]]}); {@code null} for an unknown one (reported when linking). */
    Map<String, Object> departmentCard(String id, String lang, String root) {
        Department dept = site.settings().departments().get(id);
        if (dept == null) {
            return null;
        }
        Map<String, Object> m = department(dept, lang, root);
        m.put("id", Department.CARD_PREFIX + id);
        m.put("department", true);
        m.put("title", m.get("name"));
        m.put("summary", m.getOrDefault("about", ""));
        m.put("typeLabel", messages(lang).get("card.department"));
        m.put("lang", lang);
        m.put("dir", direction(lang));
        m.put("otherLanguage", false);
        return m;
    }

    /**
     * The page of a department in {@code lang}: what it does, how to reach it, its leaflets by type (every leaflet
     * naming it, the untranslated ones in the source language, marked) and the people who work there.
     */
    Map<String, Object> departmentPage(Department dept, String lang, List<Map<String, Object>> groups) {
        String root = "../../../";
        Messages msg = messages(lang);
        Map<String, Object> m = common(lang, root);
        m.putAll(department(dept, lang, root));
        m.put("groups", groups);
        String source = site.settings().sourceLanguage();
        List<String> staff = site.content().people().values().stream()
                .filter(p -> dept.id().equals(p.department()))
                .sorted(Comparator.comparing(Person::name))
                .map(Person::id)
                .toList();
        m.put("people", people(staff, lang, root));
        m.put("canonical", site.settings().absoluteUrl(dept.path(lang)));
        m.put("alternates", languageAlternates(lang, root, "departments/" + dept.id() + "/"));
        m.put(
                "breadcrumbs",
                List.of(
                        Map.of("label", site.settings().nameIn(lang), "href", root),
                        Map.of("label", msg.get("nav.leaflets"), "href", root + lang + "/"),
                        Map.of("label", msg.get("index.departments"), "href", root + lang + "/departments/")));
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "MedicalClinic");
        ld.put("name", dept.name().in(lang, source));
        ld.put("url", site.settings().absoluteUrl(dept.path(lang)));
        putIfPresent(ld, "description", blankToNull(dept.about().in(lang, source)));
        putIfPresent(ld, "telephone", dept.phone());
        putIfPresent(ld, "email", dept.email());
        ld.put(
                "parentOrganization",
                Map.of(
                        "@type",
                        "Hospital",
                        "name",
                        site.settings().nameIn(lang),
                        "url",
                        site.settings().baseUrl().toString()));
        if (!staff.isEmpty()) {
            ld.put(
                    "employee",
                    staff.stream()
                            .map(id -> personLd(site.content().people().get(id), lang))
                            .toList());
        }
        m.put("jsonLd", scriptSafeJson(ld));
        return m;
    }

    /** A phone number as a {@code tel:} link wants it: digits and a leading plus, no spaces or dashes. */
    private static String tel(String phone) {
        return phone.replaceAll("[^0-9+]", "");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** schema.org description of the page, safe to put inside a script element. */
    /** @param questions the page's FAQ ({@link Faq#questions}), read once for the page */
    String jsonLd(Page page, List<Faq.Question> questions) {
        FrontMatter meta = page.meta();
        SiteSettings s = site.settings();
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "MedicalWebPage");
        ld.put("name", meta.title());
        ld.put("description", meta.summary());
        ld.put("inLanguage", page.lang());
        ld.put("url", s.absoluteUrl(page.path()));
        ld.put("audience", "https://schema.org/Patient");
        if (meta.reviewed() != null) {
            ld.put("lastReviewed", isoDate(meta, "reviewed", meta.reviewed()));
        }
        if (meta.updated() != null) {
            ld.put("dateModified", isoDate(meta, "updated", meta.updated()));
        }
        Map<String, Person> people = site.content().people();
        if (!meta.authors().isEmpty()) {
            ld.put(
                    "author",
                    meta.authors().stream()
                            .map(a -> people.containsKey(a)
                                    ? personLd(people.get(a), page.lang())
                                    : Map.of("@type", "Organization", "name", a))
                            .toList());
        }
        if (!meta.reviewers().isEmpty()) {
            ld.put(
                    "reviewedBy",
                    meta.reviewers().stream()
                            .map(r -> people.containsKey(r)
                                    ? personLd(people.get(r), page.lang())
                                    : Map.of("@type", "Person", "name", r))
                            .toList());
        }
        if (!meta.contributors().isEmpty()) {
            ld.put(
                    "contributor",
                    meta.contributors().stream()
                            .map(c -> Map.of("name", c)) // a person or an organisation: Pil cannot tell
                            .toList());
        }
        ld.put(
                "publisher",
                Map.of(
                        "@type",
                        "Hospital",
                        "name",
                        s.nameIn(page.lang()),
                        "url",
                        s.baseUrl().toString()));
        List<Object> named = new ArrayList<>();
        for (String id : concat(meta.contacts(), meta.specialists())) {
            Person p = people.get(id);
            if (p != null) {
                named.add(personLd(p, page.lang()));
            }
        }
        if (!named.isEmpty()) {
            // the contact persons and specialists the page shows as cards: CreativeWork.mentions
            ld.put("mentions", named);
        }
        if (page.state() != TranslationState.SOURCE) {
            Page original = site.resolve(page.id(), s.sourceLanguage()).orElseThrow();
            ld.put(
                    "translationOfWork",
                    Map.of(
                            "@type",
                            "MedicalWebPage",
                            "url",
                            s.absoluteUrl(original.path()),
                            "inLanguage",
                            original.lang()));
            if (meta.translatedBy() != null) {
                ld.put("translator", Map.of("name", meta.translatedBy())); // an agency or a person: Pil cannot tell
            }
        }
        meta.type().schemaOrgAbout().ifPresent(type -> ld.put("about", Map.of("@type", type, "name", meta.title())));
        if (!meta.keywords().isEmpty()) {
            ld.put("keywords", String.join(", ", meta.keywords()));
        }
        if (!questions.isEmpty()) {
            // the page is both: a medical page, and one that answers questions (schema.org allows several types)
            ld.put("@type", List.of("MedicalWebPage", "FAQPage"));
            ld.put(
                    "mainEntity",
                    questions.stream()
                            .map(q -> Map.of(
                                    "@type",
                                    "Question",
                                    "name",
                                    q.question(),
                                    "url",
                                    s.absoluteUrl(page.path()) + "#" + q.anchor(),
                                    "acceptedAnswer",
                                    Map.of("@type", "Answer", "text", q.answer())))
                            .toList());
        }
        return scriptSafeJson(ld);
    }

    /** JSON-LD as text safe to put inside a script element. */
    private static String scriptSafeJson(Map<String, Object> ld) {
        try {
            // inside <script> "</script" ends the element and "<!--" switches the HTML parser into an escaped state
            // that swallows the rest of the page; JSON means the same with every < > & written as \\u escapes
            return JSON.writeValueAsString(ld)
                    .replace("<", "\\u003c")
                    .replace(">", "\\u003e")
                    .replace("&", "\\u0026")
                    .replace("\u2028", "\\u2028")
                    .replace("\u2029", "\\u2029");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void putIfPresent(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        b.stream().filter(id -> !a.contains(id)).forEach(all::add);
        return all;
    }
}
