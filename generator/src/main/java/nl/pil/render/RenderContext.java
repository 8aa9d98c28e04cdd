package nl.pil.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.pil.cache.KnownFiles;
import nl.pil.i18n.Messages;
import nl.pil.link.Page;
import nl.pil.link.Site;
import nl.pil.markdown.Alert;
import nl.pil.markdown.BodyContext;
import nl.pil.model.Department;
import nl.pil.model.Diagnostics;
import nl.pil.model.ExternalLink;
import nl.pil.model.SourcePosition;
import nl.pil.render.pdf.QrCodes;

/**
 * What every output of one build shares, made once after linking (by the compiler) and handed to each output's
 * {@code render}: the site, its interface text per language, the template models ({@link TemplateModels}), how a leaflet
 * body resolves its links and cards on the web and in print, the cache fingerprints of the pages
 * ({@link PageInputs}), and the handout plan ({@link Handouts}). No output takes another output's results: what
 * two outputs both need is here, so the outputs can run in any order.
 */
public final class RenderContext {
    /** Where a leaflet body is shown: a web page links relative to the site, a handout with full addresses. */
    enum Medium {
        WEB,
        PRINT
    }

    private final Site site;
    private final Theme theme;
    private final Path previousOutput;
    private final TemplateModels views;
    private final Handouts handouts;
    private final Bundles bundles;
    private final Map<String, String> cards = new ConcurrentHashMap<>();
    private final KnownCards knownCards;
    private final KnownFiles knownFiles;

    private RenderContext(
            Site site,
            Theme theme,
            Path previousOutput,
            Map<String, Messages> messages,
            boolean handouts,
            KnownCards knownCards,
            KnownFiles knownFiles) {
        this.site = site;
        this.knownFiles = knownFiles;
        this.theme = theme;
        this.previousOutput = previousOutput;
        this.knownCards = knownCards;
        this.views = new TemplateModels(site, messages);
        this.handouts = handouts ? new Handouts(this) : null;
        this.bundles = new Bundles(this);
    }

    /**
     * Reads the interface text of every language of the site, warning once in {@code diagnostics} about a language
     * without (complete) interface text when the build writes web pages (as builds always have; a handouts-only
     * build does not warn).
     *
     * @param previousOutput the previous build's output folder, whose unchanged pages and handouts are taken over
     *                       ({@code null}: none)
     * @param formats        the output formats of the build ({@code html}, {@code pdf}, {@code index}): with
     *                       {@code pdf} the pages get handouts, without it the handout plan is empty
     */
    public static RenderContext of(
            Site site, Theme theme, Path previousOutput, Set<String> formats, Diagnostics diagnostics)
            throws IOException {
        return of(site, theme, previousOutput, formats, diagnostics, null, null);
    }

    /**
     * @param knownCards the cards of earlier builds of this process ({@code pil watch}), or {@code null}
     * @param knownFiles what the build knew of the content's files before it began, to take over the copies of
     *                   unchanged pictures and attachments; {@code null}: every one is copied
     */
    public static RenderContext of(
            Site site,
            Theme theme,
            Path previousOutput,
            Set<String> formats,
            Diagnostics diagnostics,
            KnownCards knownCards,
            KnownFiles knownFiles)
            throws IOException {
        boolean warn = formats.contains("html");
        Map<String, Messages> messages = new LinkedHashMap<>();
        for (String lang : site.settings().languages()) {
            Messages m = Messages.load(lang, theme);
            if (!warn) {
                messages.put(lang, m);
                continue;
            }
            SourcePosition at = SourcePosition.of("templates/i18n/" + lang + ".properties");
            if (!m.hasOwnFile()) {
                diagnostics.warning(
                        at,
                        "no interface text for language '" + lang + "'; English is used",
                        "add i18n/" + lang + ".properties to your templates folder");
            } else if (!m.missingKeys().isEmpty()) {
                diagnostics.warning(
                        at,
                        "interface text for '" + lang + "' lacks "
                                + m.missingKeys().size() + " keys; English is used for: "
                                + String.join(", ", m.missingKeys()),
                        null);
            }
            messages.put(lang, m);
        }
        return new RenderContext(
                site, theme, previousOutput, messages, formats.contains("pdf"), knownCards, knownFiles);
    }

    public Site site() {
        return site;
    }

    public Theme theme() {
        return theme;
    }

    /** The interface text of {@code lang}, one of the site's languages (English where it has none of its own). */
    public Messages messages(String lang) {
        return views.messages(lang);
    }

    /** The previous build's output folder, or {@code null}. */
    public Path previousOutput() {
        return previousOutput;
    }

    /** What the build knew of the content's files before it began; {@code null} when nothing. */
    KnownFiles knownFiles() {
        return knownFiles;
    }

    /** Whether the pages get handouts: the PDF output is built. */
    public boolean hasHandouts() {
        return handouts != null;
    }

    TemplateModels views() {
        return views;
    }

    /** The handout plan; {@code null} when there are no handouts. */
    Handouts handouts() {
        return handouts;
    }

    /** The care-path packets: their pages, and with handouts their PDFs. */
    Bundles bundles() {
        return bundles;
    }

    /**
     * What the fingerprints of one output's pages are made from: {@code environment} (see
     * {@link PageInputs#environment}) and, shared by all outputs, the cards the pages show.
     */
    PageInputs inputs(String environment) {
        // what a card shows besides its leaflet's files: site.yaml, and the interface text of the templates folder
        String cardInputs = site.content().siteFingerprint() + " " + theme.filesFingerprint();
        return new PageInputs(site, views, environment, cards, knownCards, cardInputs);
    }

    /**
     * How the body of {@code page} resolves links to other leaflets, cards and callout titles: on the web relative to
     * the page ({@code root} leads to the site root) with the site's card template; in print as full addresses with the
     * print card template.
     */
    BodyContext body(Page page, Medium medium, String root) {
        String lang = page.lang();
        return new BodyContext() {
            @Override
            public ResolvedLink resolveLeaflet(String leafletId, String fragment) {
                return site.resolve(leafletId, lang)
                        .map(target -> new ResolvedLink(
                                (medium == Medium.WEB
                                                ? root + target.path()
                                                : site.settings().absoluteUrl(target.path()))
                                        + (fragment == null || fragment.isEmpty() ? "" : "#" + fragment),
                                target.lang().equals(lang) ? null : target.lang(),
                                target.lang().equals(lang)
                                        ? null
                                        : "(" + TemplateModels.languageName(target.lang()) + ")"))
                        .orElse(null);
            }

            @Override
            public String cardHtml(String leafletId) {
                String linkId = ExternalLink.idOf(leafletId);
                if (linkId != null) {
                    Map<String, Object> card = views.externalCard(linkId, lang, medium == Medium.WEB ? root : "");
                    if (card == null) {
                        return "";
                    }
                    if (medium != Medium.WEB && !"website".equals(card.get("kind"))) {
                        // paper cannot play it: a code to scan, beside the address to type in
                        card.put("qr", QrCodes.dataUri((String) card.get("url")));
                    }
                    Map<String, Object> model = withMessages(views.common(lang, medium == Medium.WEB ? root : ""));
                    model.put("card", card);
                    return theme.render(medium == Medium.WEB ? "card.ftlh" : "pdf-card.ftlh", model);
                }
                String departmentId = Department.idOf(leafletId);
                if (departmentId != null) {
                    Map<String, Object> card =
                            views.departmentCard(departmentId, lang, medium == Medium.WEB ? root : "");
                    if (card == null) {
                        return "";
                    }
                    Map<String, Object> model = withMessages(views.common(lang, medium == Medium.WEB ? root : ""));
                    model.put("card", card);
                    return theme.render(medium == Medium.WEB ? "card.ftlh" : "pdf-card.ftlh", model);
                }
                if (site.resolve(leafletId, lang).isEmpty()) {
                    return "";
                }
                if (medium == Medium.WEB) {
                    Map<String, Object> model = withMessages(views.common(lang, root));
                    model.put("card", views.card(leafletId, lang, root));
                    return theme.render("card.ftlh", model);
                }
                Map<String, Object> model = withMessages(views.common(lang, ""));
                model.put("card", printCard(leafletId, lang));
                return theme.render("pdf-card.ftlh", model);
            }

            @Override
            public String alertTitle(Alert.Kind kind) {
                return messages(lang).get("callout." + kind.key());
            }

            @Override
            public boolean print() {
                return medium != Medium.WEB;
            }

            @Override
            public boolean rightToLeft() {
                return TemplateModels.direction(lang).equals("rtl");
            }
        };
    }

    /** A card as a handout shows it: with the leaflet's full and short address. */
    Map<String, Object> printCard(String id, String lang) {
        Map<String, Object> card = views.card(id, lang, "");
        String url =
                site.settings().absoluteUrl(site.resolve(id, lang).orElseThrow().path());
        card.put("url", url);
        card.put("shortUrl", shortUrl(url));
        return card;
    }

    /** The template model with {@code msg}, the interface text of the model's {@code lang}. */
    Map<String, Object> withMessages(Map<String, Object> model) {
        return views.withMessages(model);
    }

    /** What a reader types: host and path, no scheme and no trailing slash (the server adds it). */
    static String shortUrl(String url) {
        String s = url.replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
