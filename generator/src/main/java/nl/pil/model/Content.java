package nl.pil.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything loaded from a content folder: the site and its leaflets (sorted by id).
 *
 * @param siteFingerprint {@link Fingerprint} of {@code site.yaml} as loaded: every page depends on it
 */
public record Content(Path root, Site site, List<Leaflet> leaflets, String siteFingerprint) {

    public Content {
        leaflets = List.copyOf(leaflets);
    }

    public Map<String, Leaflet> byId() {
        return leaflets.stream().collect(Collectors.toMap(Leaflet::id, Function.identity(), (a, b) -> a));
    }

    public Optional<Leaflet> leaflet(String id) {
        return leaflets.stream().filter(l -> l.id().equals(id)).findFirst();
    }
}
