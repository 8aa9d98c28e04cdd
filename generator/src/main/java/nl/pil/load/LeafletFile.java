package nl.pil.load;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A leaflet file's two parts: front matter between {@code ---} lines, then the Markdown body. The one place that splits
 * such a file (loading, stamping translations) and joins one (new leaflets, imported translations).
 */
public final class LeafletFile {
    /** A fence line: {@code ---} (or YAML's {@code ...} to close), trailing blanks allowed. */
    private static final Pattern FENCE = Pattern.compile("(---|\\.\\.\\.)[ \\t]*");

    private LeafletFile() {}

    /**
     * @param frontMatter   the lines between the fences
     * @param body          the text after the closing fence
     * @param bodyFirstLine the file line (1-based) the body starts on
     */
    public record Parts(List<String> frontMatter, String body, int bodyFirstLine) {
        public Parts {
            frontMatter = List.copyOf(frontMatter);
        }

        /** The front matter as one YAML text; it starts on file line 2. */
        public String yaml() {
            return String.join("\n", frontMatter);
        }
    }

    /** Why a text cannot be split. */
    public enum Problem {
        /** The first line is not {@code ---}. */
        NO_FRONT_MATTER,
        /** No line closes the front matter. */
        NOT_CLOSED
    }

    /** Thrown by {@link #split} for a text without (complete) front matter. */
    public static final class Unsplittable extends Exception {
        private final Problem problem;

        Unsplittable(Problem problem) {
            super(
                    problem == Problem.NO_FRONT_MATTER ? "no front matter" : "front matter is not closed",
                    null,
                    false,
                    false);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    /** Splits a file's text (line ends {@code \n}, no byte-order mark). */
    public static Parts split(String text) throws Unsplittable {
        return split(text, true);
    }

    /**
     * The body of a file's text and its first line, as {@link #split} gives them, without the front matter's lines
     * ({@link Parts#frontMatter()} is empty): for a file whose front matter is known already.
     */
    public static Parts splitBody(String text) throws Unsplittable {
        return split(text, false);
    }

    private static Parts split(String text, boolean withFrontMatter) throws Unsplittable {
        if (text.indexOf('\r') >= 0) {
            return splitLines(text); // other line ends: what Java counts as a line
        }
        // line by line up to the closing fence only, the body taken as it is: splitting a whole file into lines and
        // joining the body's again was a tenth of loading a large site
        int end = lineEnd(text, 0);
        if (text.isEmpty() || !text.startsWith("---") || !isFence(text, 0, end)) {
            throw new Unsplittable(Problem.NO_FRONT_MATTER);
        }
        List<String> frontMatter = new ArrayList<>();
        int line = 1;
        for (int start = end + 1; start < text.length(); start = end + 1) {
            end = lineEnd(text, start);
            line++;
            if (isFence(text, start, end)) {
                int bodyStart = Math.min(end + 1, text.length());
                int bodyEnd = text.endsWith("\n") ? text.length() - 1 : text.length(); // no empty line after the last
                return new Parts(frontMatter, text.substring(bodyStart, Math.max(bodyStart, bodyEnd)), line + 1);
            }
            if (withFrontMatter) {
                frontMatter.add(text.substring(start, end));
            }
        }
        throw new Unsplittable(Problem.NOT_CLOSED);
    }

    /** Whether {@code text}'s characters from {@code start} to {@code end} are a {@link #FENCE}, without copying them. */
    private static boolean isFence(String text, int start, int end) {
        if (end - start < 3) {
            return false;
        }
        char c = text.charAt(start);
        if ((c != '-' && c != '.') || text.charAt(start + 1) != c || text.charAt(start + 2) != c) {
            return false;
        }
        for (int i = start + 3; i < end; i++) {
            char rest = text.charAt(i);
            if (rest != ' ' && rest != '\t') {
                return false;
            }
        }
        return true;
    }

    private static int lineEnd(String text, int start) {
        int end = text.indexOf('\n', start);
        return end < 0 ? text.length() : end;
    }

    private static Parts splitLines(String text) throws Unsplittable {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty()
                || !lines.getFirst().startsWith("---")
                || !FENCE.matcher(lines.getFirst()).matches()) {
            throw new Unsplittable(Problem.NO_FRONT_MATTER);
        }
        for (int i = 1; i < lines.size(); i++) {
            if (FENCE.matcher(lines.get(i)).matches()) {
                return new Parts(lines.subList(1, i), String.join("\n", lines.subList(i + 1, lines.size())), i + 2);
            }
        }
        throw new Unsplittable(Problem.NOT_CLOSED);
    }

    /** A leaflet file of these front matter lines and this body. */
    public static String join(List<String> frontMatter, String body) {
        StringBuilder text = new StringBuilder("---\n");
        frontMatter.forEach(line -> text.append(line).append('\n'));
        return text.append("---\n").append(body).toString();
    }
}
