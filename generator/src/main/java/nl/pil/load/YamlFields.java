package nl.pil.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.pil.model.Diagnostics;
import nl.pil.model.LocalizedText;
import nl.pil.model.PageFormat;
import nl.pil.model.SourcePosition;
import nl.pil.model.Suggest;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Typed reading of one YAML mapping; every wrong type becomes a diagnostic at the value, never an exception. */
final class YamlFields {
    private final YamlDocument.Parsed parsed;
    private final Diagnostics diagnostics;
    private final String context;

    YamlFields(YamlDocument.Parsed parsed, Diagnostics diagnostics, String context) {
        this.parsed = parsed;
        this.diagnostics = diagnostics;
        this.context = context;
    }

    Map<String, SourcePosition> keyPositions() {
        return parsed.keyPositions();
    }

    boolean has(String key) {
        return parsed.values().containsKey(key) && !isEmpty(parsed.values().get(key));
    }

    SourcePosition at(String key) {
        return parsed.valuePosition(key);
    }

    /** Reports keys that are not in {@code known}, suggesting the closest known one. */
    void rejectUnknownKeys(Collection<String> known, String hint) {
        parsed.keyPositions().forEach((key, position) -> {
            if (!known.contains(key)) {
                String suggestion = closest(key, known)
                        .map(k -> "did you mean '" + k + "'? ")
                        .orElse("");
                diagnostics.error(position, "unknown key '" + key + "' in " + context, suggestion + hint);
            }
        });
    }

    void requireAll(List<String> keys, SourcePosition where, String hint) {
        for (String key : keys) {
            if (!has(key)) {
                SourcePosition at = parsed.keyPositions().getOrDefault(key, where);
                diagnostics.error(at, "missing required key '" + key + "' in " + context, hint);
            }
        }
    }

    Optional<String> text(String key) {
        Node node = parsed.values().get(key);
        if (node == null || isEmpty(node)) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode scalar) {
            return Optional.of(scalar.getValue().strip());
        }
        diagnostics.error(
                at(key),
                "'" + key + "' must be text, not " + describe(node),
                "write it on one line after the colon, e.g. '" + key + ": ...'");
        return Optional.empty();
    }

    Optional<LocalDate> date(String key) {
        return text(key).flatMap(value -> {
            try {
                return Optional.of(LocalDate.parse(value));
            } catch (DateTimeParseException e) {
                diagnostics.error(
                        at(key),
                        "'" + key + "' must be a date, not '" + value + "'",
                        "write dates as year-month-day, e.g. 2026-03-01");
                return Optional.empty();
            }
        });
    }

    private final Set<String> monthOnly = new HashSet<>();

    /**
     * A date, or a month ({@code 2017-05}) where the writer knows no day: the month's first day, or its last when
     * {@code endOfMonth} (a deadline in that month). Which keys were months: {@link #monthOnly()}.
     */
    Optional<LocalDate> dateOrMonth(String key, boolean endOfMonth) {
        Optional<String> text = text(key);
        if (text.isPresent() && MONTH.matcher(text.get()).matches()) {
            try {
                YearMonth month = YearMonth.parse(text.get());
                monthOnly.add(key);
                return Optional.of(endOfMonth ? month.atEndOfMonth() : month.atDay(1));
            } catch (DateTimeParseException e) {
                diagnostics.error(
                        at(key),
                        "'" + key + "' must be a date or a month, not '" + text.get() + "'",
                        "write a date as year-month-day (2026-03-01) or a month as year-month (2026-03)");
                return Optional.empty();
            }
        }
        return date(key);
    }

    /** The keys {@link #dateOrMonth} read as a month. */
    Set<String> monthOnly() {
        return Set.copyOf(monthOnly);
    }

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{1,2}");

    Optional<Integer> integer(String key, int min, int max) {
        return text(key).flatMap(value -> {
            try {
                int n = Integer.parseInt(value);
                if (n < min || n > max) {
                    diagnostics.error(
                            at(key), "'" + key + "' must be between " + min + " and " + max + ", not " + n, null);
                    return Optional.empty();
                }
                return Optional.of(n);
            } catch (NumberFormatException e) {
                diagnostics.error(
                        at(key),
                        "'" + key + "' must be a whole number, not '" + value + "'",
                        "write digits only, e.g. '" + key + ": 3'");
                return Optional.empty();
            }
        });
    }

    Optional<Boolean> bool(String key) {
        Node node = parsed.values().get(key);
        if (node == null || isEmpty(node)) {
            return Optional.empty();
        }
        return text(key).flatMap(value -> switch (value) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> {
                diagnostics.error(at(key), "'" + key + "' must be true or false, not '" + value + "'", null);
                yield Optional.empty();
            }
        });
    }

    /** A paper size such as A4 or A5. */
    Optional<PageFormat> pageFormat(String key) {
        return text(key).flatMap(value -> {
            Optional<PageFormat> format = PageFormat.parse(value);
            if (format.isEmpty()) {
                diagnostics.error(
                        at(key),
                        "unknown paper size '" + value + "' for '" + key + "'",
                        "use one of: " + String.join(", ", PageFormat.names()));
            }
            return format;
        });
    }

    Optional<URI> absoluteUrl(String key) {
        return text(key).flatMap(value -> {
            try {
                URI uri = new URI(value);
                if (uri.isAbsolute()
                        && (uri.getScheme().equals("https") || uri.getScheme().equals("http"))
                        && uri.getHost() != null) {
                    return Optional.of(uri);
                }
            } catch (URISyntaxException e) {
                // reported below
            }
            diagnostics.error(
                    at(key),
                    "'" + key + "' must be a full web address, not '" + value + "'",
                    "e.g. https://folders.example-hospital.nl/");
            return Optional.empty();
        });
    }

    /** Where item {@code index} of list {@code key} was written; the key's value for a single text. */
    SourcePosition itemAt(String key, int index) {
        if (parsed.values().get(key) instanceof SequenceNode sequence
                && index < sequence.getValue().size()) {
            return parsed.document().position(sequence.getValue().get(index));
        }
        return at(key);
    }

    /** A list of texts; a single text counts as a list of one. */
    List<String> textList(String key) {
        Node node = parsed.values().get(key);
        if (node == null || isEmpty(node)) {
            return List.of();
        }
        if (node instanceof ScalarNode scalar) {
            return List.of(scalar.getValue().strip());
        }
        if (node instanceof SequenceNode sequence) {
            List<String> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar && !isEmpty(scalar)) {
                    items.add(scalar.getValue().strip());
                } else if (!isEmpty(item)) {
                    diagnostics.error(
                            parsed.document().position(item),
                            "each item of '" + key + "' must be text, not " + describe(item),
                            null);
                }
            }
            return items;
        }
        diagnostics.error(
                at(key),
                "'" + key + "' must be a list, not " + describe(node),
                "write '" + key + ": [first, second]' or one '- item' per line");
        return List.of();
    }

    /** Text for all languages ({@code name: X}) or per language ({@code name: {nl: X, en: Y}}). */
    Optional<LocalizedText> localized(String key, Set<String> languages) {
        Node node = parsed.values().get(key);
        if (node == null || isEmpty(node)) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode scalar) {
            return Optional.of(LocalizedText.of(scalar.getValue().strip()));
        }
        if (node instanceof MappingNode mapping) {
            YamlDocument.Parsed inner = parsed.document().mapping(mapping, diagnostics);
            Map<String, String> texts = new LinkedHashMap<>();
            YamlFields innerValues = new YamlFields(inner, diagnostics, "'" + key + "'");
            for (String lang : inner.values().keySet()) {
                if (!languages.isEmpty() && !languages.contains(lang)) {
                    diagnostics.warning(
                            inner.keyPositions().get(lang),
                            "language '" + lang + "' of '" + key + "' is not in the site's languages",
                            "the site's languages are " + String.join(", ", languages));
                }
                innerValues.text(lang).ifPresent(t -> texts.put(lang, t));
            }
            return Optional.of(new LocalizedText(null, texts));
        }
        diagnostics.error(at(key), "'" + key + "' must be text or one text per language, not " + describe(node), null);
        return Optional.empty();
    }

    /** A nested mapping, e.g. one department; empty (with a diagnostic) when it is something else. */
    Optional<YamlFields> mapping(String key, String innerContext) {
        Node node = parsed.values().get(key);
        if (node == null || isEmpty(node)) {
            return Optional.empty();
        }
        if (node instanceof MappingNode mapping) {
            return Optional.of(
                    new YamlFields(parsed.document().mapping(mapping, diagnostics), diagnostics, innerContext));
        }
        diagnostics.error(
                at(key),
                "'" + key + "' must be a group of 'key: value' lines, not " + describe(node),
                node instanceof SequenceNode
                        ? "write each entry as a key ending in ':' on a line of its own, its settings indented below"
                                + " it, not as a '- ' item"
                        : "write the keys on lines of their own, indented below '" + key + ":'");
        return Optional.empty();
    }

    /** An error about a value of this mapping that only the caller can judge. */
    void report(SourcePosition at, String message, String hint) {
        diagnostics.error(at, message, hint);
    }

    /** Whether {@code key} holds a group of keys (rather than text or a list). */
    boolean isMapping(String key) {
        return parsed.values().get(key) instanceof MappingNode;
    }

    Collection<String> keys() {
        return parsed.values().keySet();
    }

    static Optional<String> closest(String word, Collection<String> candidates) {
        return Suggest.closest(word, candidates);
    }

    /** Blank, or YAML's null ({@code ~}, {@code null}) written without quotes: no value, never the text "null". */
    static boolean isEmpty(Node node) {
        return node instanceof ScalarNode scalar
                && (scalar.getValue().isBlank()
                        || (scalar.getScalarStyle() == ScalarStyle.PLAIN && NULLS.contains(scalar.getValue())));
    }

    private static final Set<String> NULLS = Set.of("~", "null", "Null", "NULL");

    private static String describe(Node node) {
        return switch (node) {
            case SequenceNode s -> "a list";
            case MappingNode m -> "a group of keys";
            default -> "text";
        };
    }
}
