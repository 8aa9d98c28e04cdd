package nl.pil.model;

import java.util.Map;
import java.util.Optional;

/**
 * The writers' own files for the checker in {@code content/_check/}, loaded with the rest of the content and checked
 * with it: per language, a list of medical words with their lay alternatives ({@code jargon-<lang>.txt}).
 */
public record CheckFiles(Map<String, SearchFiles.File> jargon) {
    public static final CheckFiles NONE = new CheckFiles(Map.of());

    public CheckFiles {
        jargon = Map.copyOf(jargon);
    }

    public Optional<SearchFiles.File> jargon(String lang) {
        return Optional.ofNullable(jargon.get(lang));
    }
}
