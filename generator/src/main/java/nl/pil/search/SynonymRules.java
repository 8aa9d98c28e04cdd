package nl.pil.search;

import java.io.IOException;
import java.text.ParseException;
import nl.pil.model.Diagnostics;
import nl.pil.model.SearchFiles;
import nl.pil.model.SourcePosition;

/**
 * The writers' synonym rules ({@code content/_search/synonyms-<lang>.txt}), one per line in Solr's format, as the
 * language's analysis chain reads them: checked in the check stage, each bad rule an error at its line.
 */
public final class SynonymRules {
    private SynonymRules() {}

    /** Reports every rule of every language's file that the analysis chain cannot read. */
    public static void check(SearchFiles files, Diagnostics diagnostics) {
        files.synonyms().forEach((lang, file) -> {
            String[] lines = file.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String problem = problem(lang, lines[i]);
                if (problem != null) {
                    diagnostics.error(
                            new SourcePosition(file.displayPath(), i + 1, 1),
                            "invalid synonym rule: " + problem,
                            "write words that mean the same separated by commas, e.g. 'uitzaaiingen, metastasen'");
                }
            }
        });
    }

    /**
     * The language's rules, one per line (none when it has no file). Not parsed again: the check stage has read every
     * rule, and a build with a bad one stops before rendering.
     */
    static String rules(SearchFiles files, String lang) {
        StringBuilder rules = new StringBuilder();
        files.synonyms(lang)
                .ifPresent(file ->
                        file.text().lines().forEach(line -> rules.append(line).append('\n')));
        return rules.toString();
    }

    /** Why the analysis chain cannot read {@code rule}, or {@code null} when it can. */
    private static String problem(String lang, String rule) {
        try {
            SearchAnalyzers.synonyms(lang, rule);
            return null;
        } catch (ParseException | IOException | RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        }
    }
}
