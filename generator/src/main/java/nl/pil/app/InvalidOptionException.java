package nl.pil.app;

import java.util.Locale;

/**
 * An option (command-line option, Maven parameter) with a value Pil cannot use. The message reads the same in both
 * front ends; the Maven goals name the parameter in it ({@link #message(String)}), the command line does not.
 */
public final class InvalidOptionException extends Exception {
    /** The options that can be wrong, by the name both front ends use for them. */
    public enum Option {
        CONTENT,
        TEMPLATES,
        FORMATS,
        TODAY,
        REPORT_FORMAT;

        /**
         * The name of the option: {@code formats}, {@code reportFormat} (the Maven parameter and, with {@code pil.},
         * its property).
         */
        public String key() {
            String[] words = name().toLowerCase(Locale.ROOT).split("_");
            StringBuilder key = new StringBuilder(words[0]);
            for (int i = 1; i < words.length; i++) {
                key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
            }
            return key.toString();
        }
    }

    private final Option option;
    private final String problem;
    private final String advice;

    InvalidOptionException(Option option, String problem, String advice) {
        super(problem + (advice == null ? "" : "; " + advice));
        this.option = option;
        this.problem = problem;
        this.advice = advice;
    }

    public Option option() {
        return option;
    }

    /**
     * The message with {@code where} (e.g. {@code " (parameter formats / pil.formats)"}) after the problem and before
     * the advice: {@code unknown format 'epub' (parameter formats / pil.formats); choose from html, index, pdf}.
     * {@link #getMessage()} is the message without it.
     */
    public String message(String where) {
        return problem + where + (advice == null ? "" : "; " + advice);
    }
}
