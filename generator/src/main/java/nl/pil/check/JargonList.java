package nl.pil.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.pil.model.Diagnostics;
import nl.pil.model.SearchFiles;
import nl.pil.model.SourcePosition;

/**
 * A jargon list, {@code content/_check/jargon-<lang>.txt}: one medical word per line with the words patients use,
 * {@code metastasen = uitzaaiingen} or {@code resection = operation, surgery} (the first is the one suggested). Lines starting with {@code #} and empty lines are comments. A word may be several
 * words ({@code hepatocellulair carcinoom = leverkanker}); matching ignores case and finds whole words only.
 *
 * <p>The same list feeds the search ({@link #searchRules()}): a patient who types the doctor's word also finds the
 * leaflets written in plain words.
 */
public record JargonList(List<Entry> entries) {
    /** One line: the medical term and its lay alternative. */
    public record Entry(String term, List<String> lay, SourcePosition position) {
        /**
         * The entry as a one-way search synonym in Solr's format: the medical word finds its lay words too, never the
         * other way round ("medicijnen" must not find every leaflet that says "cytostatica").
         */
        public String searchRule() {
            return term + " => " + term + ", " + String.join(", ", lay);
        }
    }

    public static final JargonList EMPTY = new JargonList(List.of());

    /** Reads the list; lines that are not {@code term = lay word} are errors at their line, and left out. */
    public static JargonList parse(SearchFiles.File file, Diagnostics diagnostics) {
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<String> lines = file.text().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            int number = i + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            SourcePosition at = new SourcePosition(file.displayPath(), number, 1);
            int eq = line.indexOf('=');
            String term = eq < 0 ? "" : squeeze(line.substring(0, eq));
            String lay = eq < 0 ? "" : squeeze(line.substring(eq + 1));
            if (eq < 0 || term.isEmpty() || lay.isEmpty() || lay.contains("=")) {
                diagnostics.error(
                        at,
                        "a jargon line is 'medical word = lay word', not '" + line + "'",
                        "e.g. 'metastasen = uitzaaiingen'; start a comment with #");
                continue;
            }
            String key = term.toLowerCase(Locale.ROOT);
            List<String> alternatives = java.util.Arrays.stream(lay.split(","))
                    .map(JargonList::squeeze)
                    .toList();
            if (alternatives.contains("")) {
                diagnostics.error(
                        at, "an empty lay word in '" + line + "'", "separate lay words by one comma: 'a = b, c'");
                continue;
            }
            if (alternatives.stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(key))) {
                diagnostics.error(at, "'" + term + "' is its own lay word", "name a word patients use instead");
                continue;
            }
            Integer earlier = seen.putIfAbsent(key, number);
            if (earlier != null) {
                diagnostics.error(
                        at, "'" + term + "' is already listed on line " + earlier, "keep one line per medical word");
                continue;
            }
            entries.add(new Entry(term, alternatives, at));
        }
        return new JargonList(entries);
    }

    private static String squeeze(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
