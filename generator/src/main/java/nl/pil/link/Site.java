package nl.pil.link;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.pil.cache.Fingerprint;
import nl.pil.model.Content;
import nl.pil.model.Leaflet;
import nl.pil.model.SiteSettings;
import nl.pil.model.Translation;

/**
 * The content with every cross-reference resolved: which pages exist in which language, and where a link to a
 * leaflet goes from a page in a given language.
 *
 */
public final class Site {
    private final Content content;
    private final Map<String, Map<String, Page>> pages;
    // asked for by every stage, per page of the site: sorted once (40,000 pages at 20,000 leaflets)
    private final Map<String, List<Page>> byLanguage;
    private final List<Page> allPages;
    private final List<String> leafletIds;

    public Site(Content content, Map<String, Map<String, Page>> pages) {
        this.content = content;
        this.pages = Map.copyOf(pages);
        Map<String, List<Page>> languages = new LinkedHashMap<>();
        for (String lang : content.settings().languages()) {
            languages.put(
                    lang,
                    this.pages.values().stream()
                            .map(byLang -> byLang.get(lang))
                            .filter(Objects::nonNull)
                            .sorted(Comparator.comparing(Page::id))
                            .toList());
        }
        this.byLanguage = Collections.unmodifiableMap(languages);
        this.allPages = languages.values().stream().flatMap(List::stream).toList();
        this.leafletIds = this.pages.keySet().stream().sorted().toList();
    }

    public Content content() {
        return content;
    }

    /** Every leaflet that has a source-language file, per leaflet id, per language. */
    public Map<String, Map<String, Page>> pages() {
        return pages;
    }

    public SiteSettings settings() {
        return content.settings();
    }

    /** The pages written in {@code lang}, sorted by id. */
    public List<Page> pagesIn(String lang) {
        return byLanguage.getOrDefault(lang, List.of());
    }

    /** Every page, language by language in the site's order, each language's by id. */
    public List<Page> allPages() {
        return allPages;
    }

    /** Leaflet ids in id order. */
    public List<String> leafletIds() {
        return leafletIds;
    }

    /** The leaflet in {@code lang}, or in the source language when it has not been translated. */
    public Optional<Page> resolve(String id, String lang) {
        Map<String, Page> byLang = pages.get(id);
        if (byLang == null) {
            return Optional.empty();
        }
        Page page = byLang.get(lang);
        return Optional.ofNullable(page != null ? page : byLang.get(settings().sourceLanguage()));
    }

    /**
     * The site as if {@code site.yaml} listed only {@code languages} (in its own order): pages, language switches,
     * fallbacks and the search index of the other languages disappear. The source language must be among them.
     */
    public Site restrictTo(Collection<String> languages) {
        List<String> kept =
                settings().languages().stream().filter(languages::contains).toList();
        if (kept.isEmpty() || !kept.getFirst().equals(settings().sourceLanguage())) {
            throw new IllegalArgumentException(
                    "the source language " + settings().sourceLanguage() + " must be kept");
        }
        SiteSettings restricted = settings().withLanguages(kept);
        Map<String, Leaflet> leaflets = new HashMap<>();
        for (Leaflet l : content.leaflets()) {
            Map<String, Translation> translations = new HashMap<>(l.translations());
            translations.keySet().retainAll(kept);
            leaflets.put(l.folder().toString(), new Leaflet(l.id(), l.folder(), translations));
        }
        Content c = new Content(
                content.root(),
                restricted,
                content.leaflets().stream()
                        .map(l -> leaflets.get(l.folder().toString()))
                        .toList(),
                Fingerprint.start()
                        .add(content.siteFingerprint())
                        .add(String.join(",", kept))
                        .hex(),
                content.searchFiles(),
                content.checkFiles(),
                content.links(),
                content.rejectedLinks(),
                content.unreadSources(),
                content.people(),
                content.rejectedPeople(),
                content.bundles());
        Map<String, Map<String, Page>> byId = new HashMap<>();
        pages.forEach((id, byLang) -> {
            Map<String, Page> keptPages = new LinkedHashMap<>();
            byLang.forEach((lang, page) -> {
                if (kept.contains(lang)) {
                    keptPages.put(
                            lang,
                            new Page(
                                    leaflets.get(page.leaflet().folder().toString()),
                                    page.translation(),
                                    page.meta(),
                                    page.state(),
                                    page.reviewOverdue()));
                }
            });
            byId.put(id, keptPages);
        });
        return new Site(c, byId);
    }

    /** Every language version of a leaflet, in the site's language order. */
    public List<Page> translationsOf(String id) {
        Map<String, Page> byLang = pages.getOrDefault(id, Map.of());
        return settings().languages().stream()
                .map(byLang::get)
                .filter(Objects::nonNull)
                .toList();
    }
}
