package nl.pil.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.pil.cache.Fingerprint;

/**
 * Everything loaded from a content folder: the site and its leaflets (sorted by id).
 *
 * @param siteFingerprint {@link Fingerprint} of {@code site.yaml} as loaded: every page depends on it
 * @param searchFiles     the writers' synonyms and word lists in {@code _search/}
 * @param checkFiles      the writers' jargon lists in {@code _check/}
 * @param links           the pages outside the site that leaflets show as cards ({@code links.yaml}), by id
 * @param rejectedLinks   ids {@code links.yaml} declares with a problem (reported there, not again at each card)
 * @param unreadSources   ids of leaflets whose source-language file is there but could not be read (broken front
 *                        matter, say): its error is reported at the file, and nothing else calls the leaflet missing
 * @param people          the people leaflets name ({@code people/<id>.yaml}), by id
 * @param rejectedPeople  ids of people whose file has a problem (reported there, not again where they are named)
 * @param bundles         the care-path packets ({@code bundles/<id>.yaml}), sorted by id
 */
public record Content(
        Path root,
        SiteSettings settings,
        List<Leaflet> leaflets,
        String siteFingerprint,
        SearchFiles searchFiles,
        CheckFiles checkFiles,
        Map<String, ExternalLink> links,
        Set<String> rejectedLinks,
        Set<String> unreadSources,
        Map<String, Person> people,
        Set<String> rejectedPeople,
        List<Bundle> bundles) {

    public Content {
        bundles = List.copyOf(bundles);
        people = Map.copyOf(people);
        rejectedPeople = Set.copyOf(rejectedPeople);
        leaflets = List.copyOf(leaflets);
        links = Map.copyOf(links);
        rejectedLinks = Set.copyOf(rejectedLinks);
        unreadSources = Set.copyOf(unreadSources);
    }

    public Content(
            Path root,
            SiteSettings settings,
            List<Leaflet> leaflets,
            String siteFingerprint,
            SearchFiles searchFiles,
            CheckFiles checkFiles) {
        this(
                root,
                settings,
                leaflets,
                siteFingerprint,
                searchFiles,
                checkFiles,
                Map.of(),
                Set.of(),
                Set.of(),
                Map.of(),
                Set.of(),
                List.of());
    }

    public Content(Path root, SiteSettings settings, List<Leaflet> leaflets, String siteFingerprint) {
        this(root, settings, leaflets, siteFingerprint, SearchFiles.NONE, CheckFiles.NONE);
    }

    public Content(
            Path root, SiteSettings settings, List<Leaflet> leaflets, String siteFingerprint, SearchFiles searchFiles) {
        this(root, settings, leaflets, siteFingerprint, searchFiles, CheckFiles.NONE);
    }

    public Map<String, Leaflet> byId() {
        return leaflets.stream().collect(Collectors.toMap(Leaflet::id, Function.identity(), (a, b) -> a));
    }

    /** The same content with only {@code leaflets} (the checker's rules, one leaflet at a time). */
    public Content withLeaflets(List<Leaflet> leaflets) {
        return with(leaflets, bundles, unreadSources);
    }

    /** The site's own files loaded first, with the leaflets read after them (the loader's last step). */
    public Content withLeaflets(List<Leaflet> leaflets, Set<String> unreadSources) {
        return with(leaflets, bundles, unreadSources);
    }

    /** The same content with {@code bundles} (sorted by id) instead of its own. */
    public Content withBundles(List<Bundle> bundles) {
        return with(leaflets, bundles, unreadSources);
    }

    private Content with(List<Leaflet> leaflets, List<Bundle> bundles, Set<String> unreadSources) {
        return new Content(
                root,
                settings,
                leaflets,
                siteFingerprint,
                searchFiles,
                checkFiles,
                links,
                rejectedLinks,
                unreadSources,
                people,
                rejectedPeople,
                bundles);
    }

    public Optional<Bundle> bundle(String id) {
        return bundles.stream().filter(b -> b.id().equals(id)).findFirst();
    }

    public Optional<Leaflet> leaflet(String id) {
        return leaflets.stream().filter(l -> l.id().equals(id)).findFirst();
    }
}
