package nl.pil.load;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.exceptions.ComposerException;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * A YAML syntax error in a writer's words: what is wrong, where it starts (where the quote or bracket was opened,
 * not where the parser gave up, which may be the end of the file) and how to fix it. The parser's own text only
 * appears in the hint of problems this class does not know.
 *
 * @param line   0-based, in the YAML text
 * @param column 0-based
 */
record YamlProblem(int line, int column, String message, String hint) {
    static final String INDENTATION_HINT = "keys of one group start in the same column, and a key is indented (with"
            + " spaces) only below a key that ends with ':'";
    private static final Pattern FOUND_CHARACTER = Pattern.compile("found character '(.)' that cannot start any token");

    /** @param firstLine the file line the YAML text starts on (for messages that name another line) */
    static YamlProblem explain(MarkedYamlEngineException e, String yaml, int firstLine) {
        String context = e.getContext() == null ? "" : e.getContext();
        String problem = e.getProblem() == null ? "" : e.getProblem();
        Optional<Mark> problemMark = e.getProblemMark();
        Optional<Mark> contextMark = e.getContextMark();
        Mark at = problemMark.or(() -> contextMark).orElse(null);
        String line = at == null ? "" : lineOf(yaml, at.getLine());
        int column = at == null ? 0 : at.getColumn();

        if (context.contains("quoted scalar")) {
            if (problem.contains("escape character")) {
                return at(
                        at,
                        "a backslash in double quotes starts an unknown escape",
                        "write \\\\ for a backslash, or put the value in single quotes instead");
            }
            return at(
                    contextMark.orElse(at),
                    "a quote opened here is never closed",
                    "end the value with the same quote it starts with, on the same line; a value with an apostrophe"
                            + " in it, like foto's, needs no quotes");
        }
        if (problem.contains("(TAB)")) {
            return at(at, "the line is indented with a tab", "indent with spaces only: YAML does not allow tabs");
        }
        Matcher found = FOUND_CHARACTER.matcher(problem);
        if (found.find()) {
            return at(at, "a value cannot start with '" + found.group(1) + "'", quoteIt(line, column));
        }
        if (context.contains("alias") || context.contains("anchor")) {
            Mark start = contextMark.orElse(at);
            String startLine = start == null ? line : lineOf(yaml, start.getLine());
            int from = start == null ? column : start.getColumn();
            String c = from < startLine.length() ? startLine.substring(from, from + 1) : "*";
            return at(start, "a value cannot start with '" + c + "'", quoteIt(startLine, from));
        }
        if (context.startsWith("while scanning a simple key") && problem.contains("expected ':'")) {
            return at(
                    contextMark.orElse(at),
                    "a key without ':' after it",
                    "write 'key: value', with a space after the colon");
        }
        if (problem.contains("found another document")) {
            return at(at, "a '---' line in the middle", "a file holds one block of settings: remove the '---' line");
        }
        if (context.startsWith("while parsing a flow sequence")) {
            return at(
                    contextMark.orElse(at),
                    "a list opened with '[' here is never closed",
                    "close it with ']' on the same line, e.g. [dr. A, dr. B]; or put a value with '[' in quotes");
        }
        if (context.startsWith("while parsing a flow mapping")) {
            return at(
                    contextMark.orElse(at),
                    "a group opened with '{' here is never closed",
                    "close it with '}' on the same line, e.g. {nl: Radiologie, en: Radiology}; or put a value with"
                            + " '{' in quotes");
        }
        if (problem.startsWith("mapping values are not allowed")) {
            // a second ': ' on a key's line is part of the value; on a line of its own the key is indented wrongly
            int firstColon = line.indexOf(": ");
            if (firstColon >= 0 && firstColon < column && !line.isBlank()) {
                return at(
                        at,
                        "a value contains ': '",
                        "put the whole value in quotes, e.g. title: \"CT-scan: how it goes\"");
            }
            return new YamlProblem(
                    at == null ? 0 : at.getLine(),
                    indentation(line),
                    "the line is indented differently from the lines above it",
                    INDENTATION_HINT);
        }
        if (problem.startsWith("expected <block end>")) {
            if (context.startsWith("while parsing a block collection")) {
                return at(
                        at,
                        "a key where a list item ('- ') was expected",
                        "every item of a list starts with '- '; a key after a list lines up with the key that holds"
                                + " the list");
            }
            if (problem.endsWith("found ']'") || problem.endsWith("found '}'")) {
                String bracket = problem.substring(problem.length() - 2, problem.length() - 1);
                return at(at, "a '" + bracket + "' that closes nothing", "remove it, or put the value in quotes");
            }
            if (problem.endsWith("found '-'")) {
                return at(
                        at,
                        "a list item ('- ') where a key was expected",
                        "indent the '- ' lines below the key they belong to, or write 'key: value'");
            }
            String before = line.substring(0, Math.min(column, line.length())).stripTrailing();
            if (problem.endsWith("found '<scalar>'") && (before.endsWith("\"") || before.endsWith("'"))) {
                YamlProblem opened = openedEarlier(yaml, at.getLine(), before.length() - 1, firstLine);
                if (opened != null) {
                    return opened;
                }
                return at(
                        at,
                        "text after the closing quote of a value",
                        "put the whole value inside the quotes, or leave the quotes out");
            }
            return at(at, "the line is indented differently from the lines above it", INDENTATION_HINT);
        }
        if (e instanceof ComposerException && problem.startsWith("found undefined alias")) {
            return at(at, "a value cannot start with '*'", quoteIt(line, column));
        }
        return at(
                at,
                "this is not valid YAML",
                "check the indentation, the colon after each key, and quote values that contain ': ' or start"
                        + " with a special character (parser: " + problem + ")");
    }

    /**
     * When the quote that closes a value at {@code line}:{@code column} was opened on an earlier line, the value ran on
     * over line ends (a quote left open, closed by the next quote in the file): the mistake is where it opened.
     */
    private static YamlProblem openedEarlier(String yaml, int line, int column, int firstLine) {
        String[] lines = yaml.split("\n", -1);
        if (line >= lines.length || column < 0 || column >= lines[line].length()) {
            return null;
        }
        char quote = lines[line].charAt(column);
        int from = column - 1;
        for (int l = line; l >= 0; l--) {
            int open = lines[l].lastIndexOf(quote, l == line ? from : lines[l].length() - 1);
            if (open >= 0) {
                return l == line
                        ? null
                        : new YamlProblem(
                                l,
                                open,
                                "a quote opened here is closed only on line " + (firstLine + line),
                                "end the value with the same quote it starts with, on the same line; a value with an"
                                        + " apostrophe in it, like foto's, needs no quotes");
            }
        }
        return null;
    }

    private static YamlProblem at(Mark mark, String message, String hint) {
        return mark == null
                ? new YamlProblem(0, 0, message, hint)
                : new YamlProblem(mark.getLine(), mark.getColumn(), message, hint);
    }

    /** The hint for a value that starts with a character YAML reserves: the value as the writer should write it. */
    private static String quoteIt(String line, int column) {
        String value = column < line.length() ? line.substring(column).strip() : "";
        return value.isEmpty() || value.contains("\"")
                ? "put the value in quotes"
                : "put the value in quotes: \"" + value + "\"";
    }

    private static String lineOf(String yaml, int index) {
        String[] lines = yaml.split("\n", -1);
        return index < lines.length ? lines[index] : "";
    }

    private static int indentation(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
