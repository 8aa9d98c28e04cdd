package nl.pil.check;

import nl.pil.model.CheckSettings;
import nl.pil.model.Diagnostic;
import nl.pil.model.Diagnostics;
import nl.pil.model.Severity;
import nl.pil.model.SourcePosition;

/**
 * Where one rule reports: at the level {@code site.yaml} gives the rule (or its default), with the rule's id; with what
 * earlier checks knew of the pictures, for the rule that decodes them.
 */
final class Findings {
    private final Diagnostics diagnostics;
    private final String ruleId;
    private final CheckSettings.Level level;
    private final boolean chosenBySite;
    private final boolean strict;
    private final CheckSettings.Rule settings;
    private final DecodedPictures pictures;

    Findings(Diagnostics diagnostics, Rule rule, CheckSettings checks) {
        this(diagnostics, rule, checks, DecodedPictures.none());
    }

    /** @param pictures what earlier checks knew of the pictures beside leaflets */
    Findings(Diagnostics diagnostics, Rule rule, CheckSettings checks, DecodedPictures pictures) {
        this.pictures = pictures;
        this.diagnostics = diagnostics;
        this.ruleId = rule.id();
        this.settings = checks.rule(rule.id()).orElse(null);
        this.chosenBySite = settings != null && settings.level() != null;
        this.level = chosenBySite ? settings.level() : rule.defaultLevel();
        this.strict = checks.strict();
    }

    DecodedPictures pictures() {
        return pictures;
    }

    boolean enabled() {
        return level != CheckSettings.Level.OFF;
    }

    /** A number from the rule's {@code site.yaml} entry, or {@code fallback}. */
    int threshold(String name, int fallback) {
        return settings == null ? fallback : settings.thresholds().getOrDefault(name, fallback);
    }

    void report(SourcePosition at, String message, String hint) {
        report(at, message, hint, false);
    }

    /**
     * @param serious the finding has grown worse than the rule's usual case (a review overdue past its grace period):
     *                an error, unless the site chose the rule's level itself
     */
    void report(SourcePosition at, String message, String hint, boolean serious) {
        if (level == CheckSettings.Level.OFF) {
            return;
        }
        boolean error = level == CheckSettings.Level.ERROR || strict || (serious && !chosenBySite);
        diagnostics.report(
                Diagnostic.error(at, message, hint).byRule(ruleId, error ? Severity.ERROR : Severity.WARNING));
    }
}
