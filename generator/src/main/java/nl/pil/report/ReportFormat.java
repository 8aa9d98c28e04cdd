package nl.pil.report;

import java.util.Locale;
import java.util.Optional;

/** How {@code pil check} and {@code pil:check} write the problems they found; see {@link Reports}. */
public enum ReportFormat {
    /** {@code path:line:column: error|warning: message [rule]} and the hint on the next line, as the build prints. */
    TEXT,
    /** Pil's own JSON: counts and every diagnostic with all its fields ({@link Reports#json}). */
    JSON,
    /** SARIF 2.1.0, for code-scanning services and IDEs ({@link Reports#sarif}). */
    SARIF;

    /** The lowercase name used on the command line and in the POM. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format named {@code text}, {@code json} or {@code sarif}, in any case and with spaces around. */
    public static Optional<ReportFormat> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (ReportFormat f : values()) {
            if (f.key().equals(name.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
