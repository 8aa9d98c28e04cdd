package nl.pil.model;

import java.util.Comparator;

/**
 * One problem found in content, reported as {@code file:line:column: severity: message}.
 * {@code file} is shown as given (relative to the working folder when possible), line and column are 1-based;
 * 0 means "the whole file".
 *
 * @param rule the id of the check rule that found it (configurable in {@code site.yaml}'s {@code checks:}), or
 *             {@code null} for problems that are not a rule's (unreadable files, syntax)
 */
public record Diagnostic(Severity severity, String file, int line, int column, String message, String hint, String rule)
        implements Comparable<Diagnostic> {

    private static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    /**
     * File names and quoted text come from content: a control character (a terminal escape sequence in a folder
     * name, say) would be run by the writer's terminal or garble a CI log, so it is shown as {@code \x1B} instead.
     */
    public Diagnostic {
        file = printable(file);
        message = printable(message);
        hint = hint == null ? null : printable(hint);
    }

    public Diagnostic(Severity severity, String file, int line, int column, String message, String hint) {
        this(severity, file, line, column, message, hint, null);
    }

    /** The same problem found by {@code ruleId}, at {@code level}. */
    public Diagnostic byRule(String ruleId, Severity level) {
        return new Diagnostic(level, file, line, column, message, hint, ruleId);
    }

    static String printable(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20
                    || (c >= 0x7F && c <= 0x9F)
                    || (c >= 0x202A && c <= 0x202E)
                    || (c >= 0x2066 && c <= 0x2069);
            if (control && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (control) {
                    out.append(c <= 0xFF ? String.format("\\x%02X", (int) c) : String.format("\\u%04X", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    public static Diagnostic error(SourcePosition at, String message, String hint) {
        return new Diagnostic(Severity.ERROR, at.file(), at.line(), at.column(), message, hint);
    }

    public static Diagnostic warning(SourcePosition at, String message, String hint) {
        return new Diagnostic(Severity.WARNING, at.file(), at.line(), at.column(), message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * The first line, in the form editors and IDEs link: {@code path:line:column: error: message}, followed by
     * {@code [rule]} when a check rule found it (as compilers name their warning flags).
     */
    public String headline() {
        return file + ":" + Math.max(line, 1) + ":" + Math.max(column, 1) + ": " + severity.label() + ": " + message
                + (rule == null ? "" : " [" + rule + "]");
    }

    /** Headline plus the hint on an indented second line. */
    public String format() {
        return hint == null || hint.isBlank() ? headline() : headline() + "\n    hint: " + hint;
    }

    @Override
    public int compareTo(Diagnostic other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return headline();
    }
}
