package nl.pil.render;

import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import nl.pil.cache.Fingerprint;
import nl.pil.link.Page;
import nl.pil.link.Site;
import nl.pil.model.Reference;
import nl.pil.model.Translation;

/**
 * What a leaflet's page (web page or handout) is made from, summed up in a {@link Fingerprint} without rendering
 * it: the site-wide inputs (Pil, templates, interface text, {@code site.yaml}), its own language file, the
 * source-language file (a translation inherits front matter from it and is outdated when it changes), the
 * languages the leaflet exists in (the language switch), and the card of every leaflet it links to, shows as a
 * card or lists as related, as it looks from the page's language.
 *
 * <p>That card is what a page shows of another leaflet (title, summary, type, code, address, language,
 * preparation warning), so editing a leaflet's body touches only its own pages, while editing its title
 * also touches the pages that show its card. The leaflets a page depends on are read from its own file, so
 * when they change the fingerprint has changed already.
 */
final class PageInputs {
    private final Site site;
    private final TemplateModels views;
    private final String environment;
    private final Map<String, String> cards;
    private final KnownCards known;
    private final String cardInputs;

    /**
     * @param environment what every page of the output depends on (see {@link #environment})
     * @param cards       the fingerprints of cards already computed (by id and language), shared by the outputs of a build
     * @param known       the cards of earlier builds of this process, or {@code null}
     * @param cardInputs  what every card depends on besides its leaflet's files: {@code site.yaml}, the interface text
     */
    PageInputs(
            Site site,
            TemplateModels views,
            String environment,
            Map<String, String> cards,
            KnownCards known,
            String cardInputs) {
        this.site = site;
        this.views = views;
        this.environment = environment;
        this.cards = cards;
        this.known = known;
        this.cardInputs = cardInputs;
    }

    /**
     * What every page of an output depends on besides content: Pil's version and code, and the files of the
     * user's template folders (which may override templates, interface text, CSS, fonts and hyphenation patterns).
     */
    static String environment(String output, int renderingVersion, Theme theme) {
        return Fingerprint.start()
                .addPil()
                .add(output + " " + renderingVersion)
                .add(theme.filesFingerprint())
                .hex();
    }

    /** What every site-wide page (home, indexes…) depends on besides its template model: the environment and site.yaml. */
    String siteWide() {
        return Fingerprint.start()
                .add(environment)
                .add(site.content().siteFingerprint())
                .hex();
    }

    /** The fingerprint of everything {@code page} is rendered from, plus {@code extra} (what only one output uses). */
    String of(Page page, String... extra) {
        Fingerprint fingerprint = Fingerprint.start()
                .add(environment)
                .add(site.content().siteFingerprint())
                .add(page.path())
                .add(page.state().key())
                .add(page.reviewOverdue() ? "review-overdue" : "") // depends on the build's date, not on a file
                .add(page.translation().fingerprint())
                .add(page.leaflet()
                        .in(site.settings().sourceLanguage())
                        .map(Translation::fingerprint)
                        .orElse(null))
                .add(String.join(",", page.leaflet().translations().keySet()));
        for (String id : dependencies(page)) {
            fingerprint.add(id).add(card(id, page.lang()));
        }
        for (String e : extra) {
            fingerprint.add(e);
        }
        return fingerprint.hex();
    }

    /** The leaflets whose card the page shows or links to: the same as the renderers ask {@link Site#resolve} for. */
    static TreeSet<String> dependencies(Page page) {
        TreeSet<String> ids = new TreeSet<>(page.meta().related());
        for (Reference ref : page.translation().references()) {
            if (ref.kind() == Reference.Kind.LEAFLET_LINK || ref.kind() == Reference.Kind.CARD) {
                ids.add(ref.target());
            }
        }
        return ids;
    }

    /**
     * The fingerprint of the card of {@code id} as seen from a page in {@code lang}, computed once per build and
     * language (and across builds with {@link KnownCards}).
     */
    String card(String id, String lang) {
        return cards.computeIfAbsent(id + "\n" + lang, key -> makeCard(id, lang));
    }

    /** The card as the templates get it (a map with a stable order), or a marker for a leaflet that does not exist. */
    private String makeCard(String id, String lang) {
        Optional<Page> target = site.resolve(id, lang);
        if (target.isEmpty()) {
            return "(no such leaflet)";
        }
        if (known == null) {
            return Fingerprint.of(views.card(id, lang, "").toString());
        }
        Translation source =
                target.get().leaflet().in(site.settings().sourceLanguage()).orElse(null);
        return known.fingerprint(
                id,
                lang,
                target.get().translation(),
                source,
                cardInputs,
                () -> Fingerprint.of(views.card(id, lang, "").toString()));
    }
}
