package nl.pil.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.pil.model.Diagnostics;
import nl.pil.model.FrontMatter;
import nl.pil.model.LeafletType;
import nl.pil.model.SourcePosition;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Binds a leaflet file's front matter to {@link FrontMatter}, following the schema in
 * {@code docs/leaflet.schema.json}. Keys a translation may leave out are required in source-language files only.
 */
final class FrontMatterReader {
    static final List<String> KEYS = List.of(
            "type",
            "title",
            "summary",
            "code",
            "department",
            "reviewed",
            "review-due",
            "updated",
            "authors",
            "reviewers",
            "contributors",
            "contacts",
            "specialists",
            "related",
            "keywords",
            "prepare-days",
            "prepare-note",
            "pdf-format",
            "translated-from",
            "translated-on",
            "translated-by",
            "translation-reviewed-by",
            "translation-reviewed-on",
            "translation-reviewed-from");
    static final List<String> REQUIRED = List.of("type", "title", "summary");
    static final List<String> REQUIRED_IN_SOURCE = List.of("code", "department", "reviewed", "review-due", "authors");
    static final int MAX_PREPARE_DAYS = 90;

    private FrontMatterReader() {}

    static FrontMatter read(
            YamlDocument.Parsed parsed, boolean isSource, SourcePosition start, Diagnostics diagnostics) {
        YamlFields v = new YamlFields(parsed, diagnostics, "front matter");
        v.rejectUnknownKeys(KEYS, "known keys: " + String.join(", ", KEYS));
        v.requireAll(REQUIRED, start, "every language file needs type, title and summary");
        if (isSource) {
            v.requireAll(
                    REQUIRED_IN_SOURCE,
                    start,
                    "the source-language file must say who wrote it, its code, department and review dates");
        }
        LeafletType type = v.text("type")
                .flatMap(word -> {
                    Optional<LeafletType> t = LeafletType.fromKey(word);
                    if (t.isEmpty()) {
                        diagnostics.error(
                                v.at("type"),
                                "unknown type '" + word + "'",
                                YamlFields.closest(word, LeafletType.keyList())
                                                .map(k -> "did you mean '" + k + "'? ")
                                                .orElse("")
                                        + "use one of: " + LeafletType.keys());
                    }
                    return t;
                })
                .orElse(null);
        return new FrontMatter(
                type,
                v.text("title").orElse(null),
                v.text("summary").orElse(null),
                v.text("code").orElse(null),
                v.textList("department"),
                v.dateOrMonth("reviewed", false).orElse(null),
                v.dateOrMonth("review-due", true).orElse(null),
                v.textList("authors"),
                v.textList("reviewers"),
                v.textList("related"),
                v.textList("keywords"),
                v.integer("prepare-days", 0, MAX_PREPARE_DAYS).orElse(null),
                v.pageFormat("pdf-format").orElse(null),
                v.text("translated-from").orElse(null),
                v.date("translated-on").orElse(null),
                valuePositions(parsed),
                v.dateOrMonth("updated", false).orElse(null),
                v.textList("contributors"),
                v.text("prepare-note").orElse(null),
                v.monthOnly(),
                v.textList("contacts"),
                v.textList("specialists"),
                v.text("translated-by").orElse(null),
                v.text("translation-reviewed-by").orElse(null),
                v.date("translation-reviewed-on").orElse(null),
                v.text("translation-reviewed-from").orElse(null));
    }

    private static Map<String, SourcePosition> valuePositions(YamlDocument.Parsed parsed) {
        Map<String, SourcePosition> positions = new LinkedHashMap<>();
        parsed.values().forEach((key, node) -> {
            positions.put(key, parsed.valuePosition(key));
            if (node instanceof SequenceNode list) {
                // list items keep their own place: an unknown id is reported on its line, not at the key
                for (int i = 0; i < list.getValue().size(); i++) {
                    positions.put(
                            key + "[" + i + "]",
                            parsed.document().position(list.getValue().get(i)));
                }
            }
        });
        return positions;
    }
}
