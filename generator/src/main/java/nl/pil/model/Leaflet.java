package nl.pil.model;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A leaflet: one folder, one {@link Translation} per language it is written in. */
public record Leaflet(String id, Path folder, Map<String, Translation> translations) {

    public Leaflet {
        translations = Collections.unmodifiableMap(new TreeMap<>(translations));
    }

    public Optional<Translation> in(String lang) {
        return Optional.ofNullable(translations.get(lang));
    }
}
