package nl.pil.model;

import java.util.Map;
import java.util.Optional;

/**
 * The writers' own files for the checker in {@code content/_check/}, loaded with the rest of the content and checked
 * with it, per language: a list of medical words with their lay alternatives ({@code jargon-<lang>.txt}), and
 * optionally the language's most common words, most common first ({@code common-words-<lang>.txt}).
 */
public record CheckFiles(Map<String, SearchFiles.File> jargon, Map<String, SearchFiles.File> commonWords) {
    public static final CheckFiles NONE = new CheckFiles(Map.of(), Map.of());

    public CheckFiles {
        jargon = Map.copyOf(jargon);
        commonWords = Map.copyOf(commonWords);
    }

    public CheckFiles(Map<String, SearchFiles.File> jargon) {
        this(jargon, Map.of());
    }

    public Optional<SearchFiles.File> commonWords(String lang) {
        return Optional.ofNullable(commonWords.get(lang));
    }

    public Optional<SearchFiles.File> jargon(String lang) {
        return Optional.ofNullable(jargon.get(lang));
    }
}
