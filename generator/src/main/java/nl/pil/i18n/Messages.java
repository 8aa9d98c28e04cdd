package nl.pil.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Interface text of one language ({@code templates/i18n/<lang>.properties}, UTF-8), as ICU MessageFormat
 * patterns so plurals follow each language's rules ("1 dag", "3 dagen"; Arabic's six forms).
 * Keys missing in a language fall back to English, then to the key itself.
 */
public final class Messages {
    public static final String FALLBACK_LANGUAGE = "en";

    private final String lang;
    private final ULocale locale;
    private final Map<String, String> patterns;
    private final Map<String, String> fallback;
    private final Map<String, MessageFormat> compiled = new ConcurrentHashMap<>();

    private Messages(String lang, Map<String, String> patterns, Map<String, String> fallback) {
        this.lang = lang;
        this.locale = new ULocale(lang.replace('-', '_'));
        this.patterns = Map.copyOf(patterns);
        this.fallback = Map.copyOf(fallback);
    }

    /** Messages from patterns already read, e.g. the search texts a built site carries. */
    public static Messages of(String lang, Map<String, String> patterns) {
        return new Messages(lang, patterns, patterns);
    }

    /** Loads the messages of {@code lang} through {@code source}; empty maps when a file is missing. */
    public static Messages load(String lang, ResourceSource source) throws IOException {
        Map<String, String> own = read(source, lang);
        Map<String, String> english = lang.equals(FALLBACK_LANGUAGE) ? own : read(source, FALLBACK_LANGUAGE);
        return new Messages(lang, own, english);
    }

    /** Built-in keys first, then each user folder's keys over them, so a user file may override a single key. */
    private static Map<String, String> read(ResourceSource source, String lang) throws IOException {
        Map<String, String> result = new TreeMap<>();
        for (InputStream in : source.openAll("i18n/" + lang + ".properties")) {
            Properties properties = new Properties();
            try (in;
                    Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            properties.forEach((k, v) -> result.put(k.toString(), v.toString()));
        }
        return result;
    }

    public String lang() {
        return lang;
    }

    public boolean hasOwnFile() {
        return !patterns.isEmpty();
    }

    /** Keys the English file has and this language lacks. */
    public Set<String> missingKeys() {
        Set<String> missing = new TreeSet<>(fallback.keySet());
        missing.removeAll(patterns.keySet());
        return missing;
    }

    /** The raw patterns of every key starting with {@code prefix}, this language's over English ones. */
    public Map<String, String> patterns(String prefix) {
        Map<String, String> result = new TreeMap<>();
        fallback.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                result.put(k, v);
            }
        });
        patterns.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                result.put(k, v);
            }
        });
        return result;
    }

    public String get(String key) {
        return format(key, Map.of());
    }

    public String format(String key, Map<String, ?> arguments) {
        MessageFormat format = compiled.computeIfAbsent(key, k -> {
            String pattern = patterns.getOrDefault(k, fallback.get(k));
            return pattern == null ? null : new MessageFormat(pattern, locale);
        });
        if (format == null) {
            return key;
        }
        synchronized (format) { // pages are rendered in parallel, and ICU's MessageFormat is not thread-safe
            return format.format(arguments);
        }
    }

    /** Where message files come from: every copy of a file, lowest priority (built-in) first. */
    @FunctionalInterface
    public interface ResourceSource {
        List<InputStream> openAll(String relativePath) throws IOException;
    }
}
