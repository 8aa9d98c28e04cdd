package nl.pil.search;

import java.io.IOException;
import java.text.ParseException;
import nl.pil.check.JargonList;
import nl.pil.model.Content;
import nl.pil.model.Diagnostics;
import nl.pil.model.SourcePosition;

/**
 * The writers' synonym rules ({@code content/_search/synonyms-<lang>.txt}), one per line in Solr's format, as the
 * language's analysis chain reads them: checked in the check stage, each bad rule an error at its line. The jargon
 * list ({@code content/_check/jargon-<lang>.txt}) adds a one-way rule per medical word ({@link JargonList.Entry#searchRule}).
 */
public final class SynonymRules {
    private SynonymRules() {}

    /** Reports every rule of every language's file that the analysis chain cannot read, jargon lines included. */
    public static void check(Content content, Diagnostics diagnostics) {
        content.searchFiles().synonyms().forEach((lang, file) -> {
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
        content.checkFiles().jargon().forEach((lang, file) -> {
            // a bad line is reported by the check stage, and left out here as there
            for (JargonList.Entry entry :
                    JargonList.parse(file, new Diagnostics()).entries()) {
                String problem = problem(lang, entry.searchRule());
                if (problem != null) {
                    diagnostics.error(
                            entry.position(),
                            "'" + entry.term() + "' cannot be a search synonym: " + problem,
                            "write the medical word and its lay words as plain words, without \\ or =>");
                }
            }
        });
    }

    /**
     * The language's rules, one per line (none when it has no files). Not parsed again: the check stage has read every
     * rule, and a build with a bad one stops before rendering.
     */
    static String rules(Content content, String lang) {
        StringBuilder rules = new StringBuilder();
        content.searchFiles()
                .synonyms(lang)
                .ifPresent(file ->
                        file.text().lines().forEach(line -> rules.append(line).append('\n')));
        content.checkFiles().jargon(lang).ifPresent(file -> {
            for (JargonList.Entry entry :
                    JargonList.parse(file, new Diagnostics()).entries()) {
                rules.append(entry.searchRule()).append('\n');
            }
        });
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
