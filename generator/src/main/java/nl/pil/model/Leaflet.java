package nl.pil.model;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A leaflet: one folder, one {@link Translation} per language it is written in.
 *
 * @param unread languages whose file is in the folder but could not be read (broken front matter, say): the error is
 *     reported at that file, and nothing claims the file is missing
 */
public record Leaflet(String id, Path folder, Map<String, Translation> translations, Set<String> unread) {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /**
     * Whether {@code id} may name a leaflet (its folder, and the destination of a leaflet link): lowercase letters,
     * digits and dashes, not starting with a dash.
     */
    public static boolean isValidId(String id) {
        return ID.matcher(id).matches();
    }

    public Leaflet {
        translations = Collections.unmodifiableMap(new TreeMap<>(translations));
        unread = Set.copyOf(unread);
    }

    public Leaflet(String id, Path folder, Map<String, Translation> translations) {
        this(id, folder, translations, Set.of());
    }

    public Optional<Translation> in(String lang) {
        return Optional.ofNullable(translations.get(lang));
    }
}
