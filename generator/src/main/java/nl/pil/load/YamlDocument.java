package nl.pil.load;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.pil.model.Diagnostics;
import nl.pil.model.SourcePosition;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * A YAML mapping read with positions: SnakeYAML's node tree, with each node's line mapped back to the file
 * the YAML came from (front matter starts on line 2 of a leaflet file).
 */
final class YamlDocument {
    private final String displayPath;
    private final int firstLine;

    private YamlDocument(String displayPath, int firstLine) {
        this.displayPath = displayPath;
        this.firstLine = firstLine;
    }

    /**
     * Parses {@code yaml} (which starts on file line {@code firstLine}) into its top-level mapping of key to value node.
     * Reports syntax errors, duplicate keys and non-mapping documents; returns empty if nothing usable was read.
     */
    static Optional<Parsed> parse(String yaml, String displayPath, int firstLine, Diagnostics diagnostics) {
        YamlDocument doc = new YamlDocument(displayPath, firstLine);
        LoadSettings settings = LoadSettings.builder()
                .setLabel(displayPath)
                .setAllowDuplicateKeys(true) // we report duplicates ourselves, with a position
                .setMaxAliasesForCollections(20)
                .setAllowRecursiveKeys(false)
                .setCodePointLimit(1_000_000)
                .build();
        Optional<SourcePosition> tooDeep = tooDeeplyNested(yaml, doc);
        if (tooDeep.isPresent()) {
            diagnostics.error(
                    tooDeep.get(),
                    "YAML is nested more than " + MAX_DEPTH + " levels deep",
                    "front matter and site.yaml need at most three levels, e.g. 'name: {nl: ..., en: ...}'");
            return Optional.empty();
        }
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(yaml);
        } catch (StackOverflowError e) {
            // deep block nesting the scan above does not count; the parser recurses per level
            diagnostics.error(
                    new SourcePosition(displayPath, firstLine, 1),
                    "YAML is nested too deeply to read",
                    "front matter and site.yaml need at most three levels, e.g. 'name: {nl: ..., en: ...}'");
            return Optional.empty();
        } catch (MarkedYamlEngineException e) {
            YamlProblem problem = YamlProblem.explain(e, yaml, firstLine);
            diagnostics.error(
                    new SourcePosition(displayPath, firstLine + problem.line(), problem.column() + 1),
                    problem.message(),
                    problem.hint());
            return Optional.empty();
        } catch (YamlEngineException e) {
            diagnostics.error(
                    new SourcePosition(displayPath, firstLine, 1),
                    "this is not valid YAML",
                    "check the indentation and the colon after each key (parser: " + e.getMessage() + ")");
            return Optional.empty();
        }
        if (root.isEmpty()) {
            return Optional.of(new Parsed(doc, Map.of(), Map.of()));
        }
        if (!(root.get() instanceof MappingNode mapping)) {
            diagnostics.error(
                    doc.position(root.get()),
                    "expected keys and values (like 'title: CT-scan')",
                    "write one 'key: value' per line");
            return Optional.empty();
        }
        return Optional.of(doc.mapping(mapping, diagnostics));
    }

    /** Far deeper than any front matter or site.yaml; the YAML parser recurses once per level. */
    static final int MAX_DEPTH = 20;

    /** Where flow collections ({@code [..]}, {@code {..}}) first nest deeper than {@link #MAX_DEPTH}, if they do. */
    private static Optional<SourcePosition> tooDeeplyNested(String yaml, YamlDocument doc) {
        int depth = 0;
        int line = 0;
        int column = 0;
        char quote = 0;
        boolean comment = false;
        for (int i = 0; i < yaml.length(); i++, column++) {
            char c = yaml.charAt(i);
            if (c == '\n') {
                line++;
                column = -1;
                comment = false;
                continue;
            }
            if (comment) {
                continue;
            }
            if (quote != 0) {
                if (c == '\\' && quote == '"') {
                    i++;
                    column++;
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            switch (c) {
                case '"', '\'' -> quote = i == 0 || " \t[{,:-".indexOf(yaml.charAt(i - 1)) >= 0 ? c : 0; // not "foto's"
                case '#' -> comment = i == 0 || Character.isWhitespace(yaml.charAt(i - 1));
                case '[', '{' -> {
                    if (++depth > MAX_DEPTH) {
                        return Optional.of(new SourcePosition(doc.displayPath, doc.firstLine + line, column + 1));
                    }
                }
                case ']', '}' -> depth = Math.max(0, depth - 1);
                default -> {}
            }
        }
        return Optional.empty();
    }

    /** The keys of a mapping (top-level or nested), their value nodes and where each key was written. */
    Parsed mapping(MappingNode mapping, Diagnostics diagnostics) {
        Map<String, Node> values = new LinkedHashMap<>();
        Map<String, SourcePosition> keyPositions = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                diagnostics.error(position(tuple.getKeyNode()), "a key must be a plain word", null);
                continue;
            }
            SourcePosition at = position(key);
            if (values.containsKey(key.getValue())) {
                diagnostics.error(
                        at,
                        "key '" + key.getValue() + "' is given twice",
                        "the first one is on line "
                                + keyPositions.get(key.getValue()).line() + "; remove one of them");
                continue;
            }
            values.put(key.getValue(), tuple.getValueNode());
            keyPositions.put(key.getValue(), at);
        }
        return new Parsed(this, values, keyPositions);
    }

    SourcePosition position(Node node) {
        return node.getStartMark().map(this::position).orElse(new SourcePosition(displayPath, firstLine, 1));
    }

    private SourcePosition position(Mark mark) {
        return new SourcePosition(displayPath, firstLine + mark.getLine(), mark.getColumn() + 1);
    }

    /** The top-level keys of a document, their value nodes and where each key was written. */
    record Parsed(YamlDocument document, Map<String, Node> values, Map<String, SourcePosition> keyPositions) {
        SourcePosition valuePosition(String key) {
            return document.position(values.get(key));
        }
    }
}
