package nl.pil.render;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.pil.cache.Fingerprint;
import nl.pil.i18n.Messages;
import nl.pil.link.Page;
import nl.pil.link.Site;
import nl.pil.markdown.LeafletMarkdown;
import nl.pil.model.Bundle;
import nl.pil.model.Department;
import nl.pil.model.PageFormat;
import nl.pil.render.pdf.PdfRenderer;
import org.commonmark.node.Heading;

/**
 * The care-path packets of a build, part of its {@link RenderContext}: for each bundle in each of its languages a page
 * ({@code nl/bundles/<id>/}, {@code bundle.ftlh}) and, with handouts, one PDF ({@code pdf-bundle.ftlh}): a cover with
 * the preparation warnings of its exams, a table of contents, then every leaflet as its handout shows it
 * ({@code pdf-leaflet.ftlh}), each starting on a right-hand page, numbered on throughout, with bookmarks per leaflet and
 * section. A leaflet not translated into the packet's language is printed in the source language and marked.
 *
 * <p>Like a page's handout, a packet is laid out once per build by whoever asks first (the PDF output or the page
 * linking it), and taken over from the previous build when its XHTML and pictures did not change.
 */
final class Bundles {
    /** Bump when the packet's PDF code changes in a way the fingerprint would not notice. */
    static final int RENDERING_VERSION = 1;

    private static final Pattern ID_ATTRIBUTE = Pattern.compile(" id=\"([^\"]*)\"");
    private static final Pattern FRAGMENT_LINK = Pattern.compile(" href=\"#([^\"]*)\"");
    private static final Pattern LOCAL_HREF = Pattern.compile(" href=\"([^\"#:/][^\":]*)\"");
    private static final Pattern LOCAL_SRC = Pattern.compile("<img src=\"([^\":/][^\":]*)\"");

    /** A bundle in one language: one page and one PDF. */
    /**
     * A bundle in one language: one page and one PDF. With {@code beside} (the source language), the bilingual
     * packet of that language instead: every translated leaflet beside its source, in the language's page folder.
     */
    record Edition(Bundle bundle, String lang, String beside) {
        Edition(Bundle bundle, String lang) {
            this(bundle, lang, null);
        }

        /** Its page's folder in the site: {@code nl/bundles/liver-care-path/}. */
        String path() {
            return bundle.path(lang);
        }

        /** {@code liver-care-path-ar.pdf}; bilingual: {@code liver-care-path-nl-ar.pdf}. */
        String fileName() {
            return beside == null ? bundle.fileName(lang) : bundle.id() + "-" + beside + "-" + lang + ".pdf";
        }

        boolean bilingual() {
            return beside != null;
        }

        /** What its PDF is known by in this build and the manifest. */
        String key() {
            return beside == null ? path() : path() + fileName();
        }
    }

    private final RenderContext context;
    private final Site site;
    private final PrintedDocuments printed;

    Bundles(RenderContext context) {
        this.context = context;
        this.site = context.site();
        this.printed = new PrintedDocuments(context, "bundle", RENDERING_VERSION);
    }

    /** Every bundle in every language it is made in that the build publishes, bundles by id. */
    List<Edition> editions() {
        return editions(site);
    }

    /** The bilingual packets: each bundle in each language that {@code pdf: bilingual:} lists, beside the source. */
    List<Edition> bilinguals() {
        return bilinguals(site);
    }

    static List<Edition> bilinguals(Site site) {
        String source = site.settings().sourceLanguage();
        return editions(site).stream()
                .filter(e -> !e.lang().equals(source)
                        && site.settings().pdf().bilingual().contains(e.lang()))
                .map(e -> new Edition(e.bundle(), e.lang(), source))
                .toList();
    }

    static List<Edition> editions(Site site) {
        List<Edition> editions = new ArrayList<>();
        for (Bundle bundle : site.content().bundles()) {
            for (String lang : bundle.languages(site.settings().languages())) {
                editions.add(new Edition(bundle, lang));
            }
        }
        return editions;
    }

    /** The template errors of the packets laid out so far. */
    TemplateErrors errors() {
        return printed.errors();
    }

    /** The pages of an edition's leaflets in reading order: in its language, else the source language. */
    List<Page> pages(Edition edition) {
        return edition.bundle().leafletIds().stream()
                .map(id -> site.resolve(id, edition.lang()).orElse(null))
                .filter(Objects::nonNull)
                .toList();
    }

    /** The packet's PDF, written into its page's folder below {@code out}: laid out or taken over on the first call. */
    PrintedDocuments.Planned pdf(Edition edition, Path out) throws IOException {
        return printed.get(
                edition.key(),
                edition.path() + edition.fileName(),
                out,
                () -> xhtml(edition),
                () -> {
                    Fingerprint pictures = Fingerprint.start();
                    for (Page page : pages(edition)) {
                        pictures.add(page.path()).add(Handouts.images(page));
                    }
                    return pictures.hex();
                },
                xhtml -> layOut(edition, xhtml));
    }

    /** The download link of the packet for its page ({@code href}, {@code format}, {@code pages}, {@code sizeKb}). */
    Map<String, Object> download(Edition edition, Path out) throws IOException {
        PrintedDocuments.Planned planned = pdf(edition, out);
        if (planned.entry() == null) {
            return null;
        }
        Path file = out.resolve(edition.path()).resolve(edition.fileName());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("href", edition.fileName());
        m.put("format", site.settings().pdf().format().name());
        m.put("pages", (int) planned.entry().count(PrintedDocuments.PAGES));
        m.put("sizeKb", Math.max(1, (Files.size(file) + 512) / 1024));
        if (edition.bilingual()) {
            m.put("language", TemplateModels.languageNameIn(edition.lang(), edition.lang()));
            m.put("source", TemplateModels.languageNameIn(edition.beside(), edition.lang()));
        }
        return m;
    }

    /** The bilingual packet of a language's packet, if the site makes one. */
    Optional<Edition> bilingualOf(Edition edition) {
        return bilinguals().stream()
                .filter(b -> b.bundle().id().equals(edition.bundle().id())
                        && b.lang().equals(edition.lang()))
                .findFirst();
    }

    /** The packet laid out: its PDF, page count and the layout's warnings. */
    PdfRenderer.Rendered layOut(Edition edition, String xhtml) throws IOException {
        Handouts handouts = context.handouts();
        // the packet's base is the content folder: each leaflet's pictures are named from there (see inPacket)
        return handouts.renderer()
                .render(new PdfRenderer.Job(
                        xhtml,
                        site.content().root(),
                        "rtl".equals(TemplateModels.direction(edition.lang())),
                        // a bilingual packet is hyphenated as its source columns; the translations' cells are not
                        handouts.hyphenator(edition.bilingual() ? edition.beside() : edition.lang()),
                        date(edition),
                        Handouts.producer(),
                        site.settings().absoluteUrl(edition.path())));
    }

    /** The date printed on the cover and written into the PDF: SOURCE_DATE_EPOCH, else its newest leaflet's review. */
    private Instant date(Edition edition) {
        Instant source = context.handouts().sourceDate();
        return source != null
                ? source
                : newest(edition).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private LocalDate newest(Edition edition) {
        LocalDate newest = LocalDate.of(2000, 1, 1);
        for (Page page : pages(edition)) {
            for (LocalDate d :
                    new LocalDate[] {page.meta().reviewed(), page.meta().updated()}) {
                if (d != null && d.isAfter(newest)) {
                    newest = d;
                }
            }
        }
        return newest;
    }

    /** The packet through the print templates: well-formed XHTML. */
    String xhtml(Edition edition) {
        Handouts handouts = context.handouts();
        Bundle bundle = edition.bundle();
        String lang = edition.lang();
        String source = site.settings().sourceLanguage();
        TemplateModels views = context.views();
        Messages msg = context.messages(lang);
        PageFormat format = site.settings().pdf().format();
        Map<String, Object> model = context.withMessages(views.common(lang, ""));
        model.put("title", bundle.title().in(lang, source));
        putText(model, "intro", bundle.intro().inOnly(lang));
        if (edition.bilingual()) {
            model.put("bilingual", true);
            model.put("sourceLang", edition.beside());
            model.put("sourceTitle", bundle.title().in(edition.beside(), source));
        }
        Handouts.putPaperAndAddress(model, format, site.settings().absoluteUrl(edition.path()));
        model.put("date", TemplateModels.formatDate(newest(edition), lang));
        model.put("pageOf", Handouts.pageOf(msg, "rtl".equals(TemplateModels.direction(lang))));
        if (site.settings().pdf().logo() != null) {
            model.put("logo", Handouts.dataUri(site.settings().pdf().logo()));
        }
        Department dept = bundle.department() == null
                ? null
                : site.settings().departments().get(bundle.department());
        if (dept != null) {
            model.put("department", views.department(dept, lang, ""));
        }
        if (bundle.contact() != null) {
            views.people(List.of(bundle.contact()), lang, "").stream()
                    .findFirst()
                    .ifPresent(p -> model.put("person", p));
        }
        List<Map<String, Object>> leaflets = new ArrayList<>();
        List<Map<String, Object>> warnings = new ArrayList<>();
        for (Page page : pages(edition)) {
            String anchor = "leaflet-" + page.id();
            Map<String, Object> leaflet = new LinkedHashMap<>();
            leaflet.put("anchor", anchor);
            leaflet.put("title", page.meta().title());
            leaflet.put("typeLabel", msg.get("type." + page.meta().type().key()));
            leaflet.put("lang", page.lang());
            leaflet.put("dir", TemplateModels.direction(page.lang()));
            boolean otherLanguage = !page.lang().equals(lang);
            leaflet.put("otherLanguage", otherLanguage);
            if (otherLanguage) {
                leaflet.put("languageMarker", TemplateModels.languageName(page.lang()));
                leaflet.put(
                        "notTranslated",
                        msg.format(
                                "search.otherLanguage",
                                Map.of("language", TemplateModels.languageNameIn(page.lang(), lang))));
            }
            String prepare = views.prepareWarning(page.meta(), lang, "prepare.short");
            if (prepare != null) {
                Map<String, Object> warning = new LinkedHashMap<>();
                warning.put("title", page.meta().title());
                warning.put("lang", page.lang());
                warning.put("anchor", anchor);
                warning.put("text", prepare);
                warnings.add(warning);
            }
            List<Map<String, Object>> sections = new ArrayList<>();
            String prefix = anchor + "--";
            for (Map.Entry<Heading, String> h :
                    LeafletMarkdown.headingAnchors(page.translation().body()).entrySet()) {
                if (h.getKey().getLevel() == 2) {
                    Map<String, Object> section = new LinkedHashMap<>();
                    section.put("title", LeafletMarkdown.plainText(h.getKey()));
                    // in a bilingual packet, the translation's column's heading (its ids are prefixed "t-")
                    section.put("anchor", prefix + (edition.bilingual() && !otherLanguage ? "t-" : "") + h.getValue());
                    sections.add(section);
                }
            }
            leaflet.put("sections", sections);
            if (edition.bilingual() && !otherLanguage) {
                // the translation beside its source, as its bilingual handout shows them; the document is left to right
                Page original = site.resolve(page.id(), edition.beside()).orElseThrow();
                leaflet.put("lang", original.lang());
                leaflet.put("dir", "ltr");
                leaflet.put("bilingual", true);
                leaflet.put(
                        "html",
                        context.theme()
                                .render(
                                        "pdf-bilingual-table.ftlh",
                                        handouts.bilinguals()
                                                .columns(
                                                        original,
                                                        page,
                                                        format,
                                                        inPacket(printBody(original), original, prefix + "s-"),
                                                        inPacket(printBody(page), page, prefix + "t-"))));
            } else {
                String body = inPacket(printBody(page), page, prefix);
                leaflet.put(
                        "html", context.theme().render("pdf-leaflet.ftlh", handouts.leafletModel(page, format, body)));
            }
            leaflets.add(leaflet);
        }
        model.put("leaflets", leaflets);
        model.put("warnings", warnings);
        return context.theme().render("pdf-bundle.ftlh", model);
    }

    private String printBody(Page page) {
        return LeafletMarkdown.renderHtml(
                page.translation().body(), context.body(page, RenderContext.Medium.PRINT, ""));
    }

    /**
     * A leaflet's print body made fit for a packet of several: its anchors made unique ({@code prefix}), its pictures
     * found from the content folder (the packet's base), its attachments at their full web address.
     */
    private String inPacket(String html, Page page, String prefix) {
        String folder =
                relativeUrl(site.content().root().relativize(page.leaflet().folder()));
        String pageUrl = site.settings().absoluteUrl(page.path());
        html = replace(html, ID_ATTRIBUTE, m -> " id=\"" + prefix + m.group(1) + "\"");
        html = replace(html, FRAGMENT_LINK, m -> " href=\"#" + prefix + m.group(1) + "\"");
        html = replace(html, LOCAL_SRC, m -> "<img src=\"" + folder + m.group(1) + "\"");
        return replace(html, LOCAL_HREF, m -> " href=\"" + pageUrl + m.group(1) + "\"");
    }

    private static String relativeUrl(Path relative) {
        StringBuilder url = new StringBuilder();
        for (Path part : relative) {
            url.append(URLEncoder.encode(part.toString(), StandardCharsets.UTF_8)
                            .replace("+", "%20"))
                    .append('/');
        }
        return url.toString();
    }

    private static String replace(String text, Pattern pattern, java.util.function.Function<Matcher, String> with) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 256);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        }
        return m.appendTail(out).toString();
    }

    /** The bundle's web page: its intro, the download, the preparation warnings and its leaflets as cards in order. */
    Map<String, Object> page(Edition edition, Map<String, Object> download, Map<String, Object> bilingualDownload) {
        Bundle bundle = edition.bundle();
        String lang = edition.lang();
        String source = site.settings().sourceLanguage();
        String root = "../../../";
        TemplateModels views = context.views();
        Messages msg = context.messages(lang);
        Map<String, Object> m = views.withMessages(views.common(lang, root));
        m.put("title", bundle.title().in(lang, source));
        putText(m, "intro", bundle.intro().inOnly(lang));
        m.put("canonical", site.settings().absoluteUrl(edition.path()));
        List<Map<String, Object>> alternates = new ArrayList<>();
        for (String l : bundle.languages(site.settings().languages())) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("lang", l);
            a.put("name", TemplateModels.languageName(l));
            a.put("href", root + bundle.path(l));
            a.put("absolute", site.settings().absoluteUrl(bundle.path(l)));
            a.put("current", l.equals(lang));
            alternates.add(a);
        }
        m.put("alternates", alternates);
        m.put(
                "breadcrumbs",
                List.of(
                        Map.of("label", site.settings().nameIn(lang), "href", root),
                        Map.of("label", msg.get("nav.leaflets"), "href", root + lang + "/")));
        if (bilingualDownload != null) {
            m.put("bilingualDownload", bilingualDownload);
        }
        if (download != null) {
            m.put("download", download);
        }
        List<Map<String, Object>> cards = new ArrayList<>();
        List<Map<String, Object>> warnings = new ArrayList<>();
        for (Page page : pages(edition)) {
            Map<String, Object> card = views.card(page.id(), lang, root);
            cards.add(card);
            if (card.get("prepareWarning") != null) {
                Map<String, Object> w = new LinkedHashMap<>();
                w.put("title", card.get("title"));
                w.put("href", card.get("href"));
                w.put("lang", card.get("lang"));
                w.put("text", card.get("prepareWarning"));
                warnings.add(w);
            }
        }
        m.put("cards", cards);
        m.put("warnings", warnings);
        Department dept = bundle.department() == null
                ? null
                : site.settings().departments().get(bundle.department());
        if (dept != null) {
            m.put("department", views.department(dept, lang, root));
        }
        m.put("people", bundle.contact() == null ? List.of() : views.people(List.of(bundle.contact()), lang, root));
        return m;
    }

    private static void putText(Map<String, Object> model, String key, String text) {
        if (text != null && !text.isBlank()) {
            model.put(key, text);
        }
    }
}
