package nl.pil.model;

import java.util.Map;
import java.util.Optional;

/**
 * The writers' own search files in {@code content/_search/}, loaded with the rest of the content and checked with it:
 * synonym rules ({@code synonyms-<lang>.txt}) and extra compound parts ({@code words-<lang>.txt}) per language.
 */
public record SearchFiles(Map<String, File> synonyms, Map<String, File> words) {
    /** One file's text (UTF-8, line ends normalised) and the path diagnostics show for it. */
    public record File(String displayPath, String text) {}

    public static final SearchFiles NONE = new SearchFiles(Map.of(), Map.of());

    public SearchFiles {
        synonyms = Map.copyOf(synonyms);
        words = Map.copyOf(words);
    }

    public Optional<File> synonyms(String lang) {
        return Optional.ofNullable(synonyms.get(lang));
    }

    public Optional<File> words(String lang) {
        return Optional.ofNullable(words.get(lang));
    }
}
