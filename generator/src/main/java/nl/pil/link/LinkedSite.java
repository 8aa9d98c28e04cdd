package nl.pil.link;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.pil.model.Content;
import nl.pil.model.Site;

/**
 * The content with every cross-reference resolved: which pages exist in which language, and where a link to a
 * leaflet goes from a page in a given language.
 *
 * @param pages every leaflet that has a source-language file, per leaflet id, per language
 */
public record LinkedSite(Content content, Map<String, Map<String, Page>> pages) {

    public LinkedSite {
        pages = Map.copyOf(pages);
    }

    public Site site() {
        return content.site();
    }

    /** The pages written in {@code lang}, sorted by id. */
    public List<Page> pagesIn(String lang) {
        return pages.values().stream().map(byLang -> byLang.get(lang)).filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparing(Page::id)).toList();
    }

    public List<Page> allPages() {
        return site().languages().stream().flatMap(lang -> pagesIn(lang).stream()).toList();
    }

    /** Leaflet ids in id order. */
    public List<String> leafletIds() {
        return pages.keySet().stream().sorted().toList();
    }

    /** The leaflet in {@code lang}, or in the source language when it has not been translated. */
    public Optional<Page> resolve(String id, String lang) {
        Map<String, Page> byLang = pages.get(id);
        if (byLang == null) {
            return Optional.empty();
        }
        Page page = byLang.get(lang);
        return Optional.ofNullable(page != null ? page : byLang.get(site().sourceLanguage()));
    }

    /** Every language version of a leaflet, in the site's language order. */
    public List<Page> translationsOf(String id) {
        Map<String, Page> byLang = pages.getOrDefault(id, Map.of());
        return site().languages().stream().map(byLang::get).filter(java.util.Objects::nonNull).toList();
    }
}
