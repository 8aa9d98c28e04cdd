package nl.pil.model;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** A leaflet: one folder, one {@link Translation} per language it is written in. */
public record Leaflet(String id, Path folder, Map<String, Translation> translations) {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /**
     * Whether {@code id} may name a leaflet (its folder, and the destination of a leaflet link): lowercase letters,
     * digits and dashes, not starting with a dash.
     */
    public static boolean isValidId(String id) {
        return ID.matcher(id).matches();
    }

    /** Ids the site uses for its own pages in every language ({@code nl/search/}, {@code nl/a-z/}, …). */
    public static final Set<String> RESERVED_IDS = Set.of("search", "a-z", "departments", "bundles");

    public Leaflet {
        translations = Collections.unmodifiableMap(new TreeMap<>(translations));
    }

    public Optional<Translation> in(String lang) {
        return Optional.ofNullable(translations.get(lang));
    }
}
