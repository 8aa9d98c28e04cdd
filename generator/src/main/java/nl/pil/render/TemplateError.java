package nl.pil.render;

import freemarker.core.ParseException;
import freemarker.template.MalformedTemplateNameException;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import nl.pil.model.Diagnostic;
import nl.pil.model.SourcePosition;

/**
 * A template that cannot be parsed or failed while rendering: a problem in the (user's) theme, reported as a
 * diagnostic at the template file, line and column, not a crash. Made by {@link Theme#render}.
 */
public final class TemplateError extends RuntimeException {
    static final String SANDBOX_HINT =
            "templates get the page's data and Pil's functions only: they cannot create Java "
                    + "objects, run programs or read files (see 'Templates' in the README)";
    static final String INCLUDE_HINT = "a template includes or imports other templates by a name relative to the "
            + "template folders (e.g. \"layout.ftlh\"); it cannot read files elsewhere";
    static final String SYNTAX_HINT = "fix the FreeMarker syntax (https://freemarker.apache.org/docs/ref.html); "
            + "Pil's built-in templates show working examples";

    private final Diagnostic diagnostic;

    private TemplateError(Diagnostic diagnostic, Throwable cause) {
        super(diagnostic.headline(), cause, false, false);
        this.diagnostic = diagnostic;
    }

    /** Where, what and a hint; the file is the template's path as shown to the user. */
    public Diagnostic diagnostic() {
        return diagnostic;
    }

    /** @param theme maps a template name to the file it was read from; {@code template} is the one being rendered */
    static TemplateError of(Theme theme, String template, Exception e) {
        ParseException syntax = find(e, ParseException.class);
        if (syntax != null) {
            String name = syntax.getTemplateName() != null ? syntax.getTemplateName() : template;
            return new TemplateError(
                    Diagnostic.error(
                            new SourcePosition(
                                    theme.displayPath(name),
                                    Math.max(1, syntax.getLineNumber()),
                                    Math.max(1, syntax.getColumnNumber())),
                            "template syntax: " + oneLine(syntax.getEditorMessage()),
                            SYNTAX_HINT),
                    e);
        }
        if (e instanceof TemplateException te) {
            String name = te.getTemplateSourceName() != null ? te.getTemplateSourceName() : template;
            int line = te.getLineNumber() == null ? 1 : te.getLineNumber();
            int column = te.getColumnNumber() == null ? 1 : te.getColumnNumber();
            String text = describe(te.getMessageWithoutStackTop());
            TemplateSandbox.OutsideFolder outside = find(e, TemplateSandbox.OutsideFolder.class);
            if (outside != null) { // FreeMarker's own text is about a cached failure on the second try
                int colon = text.indexOf("):");
                text = (colon > 0 ? text.substring(0, colon + 2) + " " : "") + outside.getMessage();
            }
            String hint;
            if (text.contains("for security reasons")
                    || text.contains("?api")
                    || text.contains("does not give templates")) {
                hint = SANDBOX_HINT;
            } else if (outside != null
                    || find(e, TemplateNotFoundException.class) != null
                    || find(e, MalformedTemplateNameException.class) != null) {
                hint = INCLUDE_HINT;
            } else {
                hint = tip(te.getMessageWithoutStackTop());
            }
            return new TemplateError(
                    Diagnostic.error(
                            new SourcePosition(theme.displayPath(name), line, column), "template: " + text, hint),
                    e);
        }
        // the template itself could not be found or read
        TemplateSandbox.OutsideFolder outside = find(e, TemplateSandbox.OutsideFolder.class);
        String text = outside != null
                ? outside.getMessage()
                : e instanceof TemplateNotFoundException
                        ? "template '" + template + "' not found"
                        : "cannot read template '" + template + "': " + e.getMessage();
        return new TemplateError(
                Diagnostic.error(
                        SourcePosition.of(theme.displayPath(template)),
                        text,
                        outside != null ? "replace the link with the file itself" : INCLUDE_HINT),
                e);
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** FreeMarker's message without its tips, loader descriptions and "[in template …]" locations, on one line. */
    static String describe(String message) {
        String text = message == null ? "" : message;
        int tips = text.indexOf("\n----");
        if (tips >= 0) {
            text = text.substring(0, tips);
        }
        text = text.replaceAll("(?m)^The name was interpreted by this TemplateLoader:.*$", "")
                .replaceAll("\\s*\\[in template \"[^\"]*\" at line \\d+, column \\d+]", "")
                .replaceAll("(?m)^\\s*The blamed expression:\\s*$", "");
        return oneLine(text);
    }

    /** FreeMarker's first tip, if its message has one. */
    private static String tip(String message) {
        if (message != null) {
            for (String line : message.split("\n")) {
                String s = line.strip();
                if (s.startsWith("Tip: ")) {
                    s = s.substring(5);
                    int end = s.indexOf(". (");
                    return end > 0 ? s.substring(0, end + 1) : s;
                }
            }
        }
        return "see the FreeMarker manual, https://freemarker.apache.org/docs/ref.html";
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s*\n\\s*", " ").replaceAll("\\s{2,}", " ");
    }
}
