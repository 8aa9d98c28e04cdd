package nl.pil.check;

import nl.pil.model.CheckSettings;
import nl.pil.model.Content;

/**
 * One check on the content, with an id writers can name in {@code site.yaml}'s {@code checks:} to turn it off, make it
 * a warning or an error, or change its thresholds. A rule only finds problems; {@link Findings} gives them the level
 * the site asks for.
 */
abstract class Rule {
    private final String id;
    private final CheckSettings.Level defaultLevel;
    private final String description;

    /**
     * @param id           short, stable, lowercase with dashes: shown after each message as {@code [id]}
     * @param defaultLevel the level when {@code site.yaml} does not name the rule
     * @param description  one line for the list of rules, SARIF reports and {@code did you mean}
     */
    Rule(String id, CheckSettings.Level defaultLevel, String description) {
        this.id = id;
        this.defaultLevel = defaultLevel;
        this.description = description;
    }

    String id() {
        return id;
    }

    CheckSettings.Level defaultLevel() {
        return defaultLevel;
    }

    String description() {
        return description;
    }

    abstract void check(Content content, Findings findings);

    /**
     * Whether what this rule finds in a leaflet depends only on that leaflet's files, the site's settings and
     * {@code _check} files and the date: then a long-running process may repeat its findings for a leaflet whose files
     * were not read again ({@link Checker.Remembered}). A rule that looks at other leaflets or at files beside the
     * leaflet (pictures) says no, as every rule does unless it says otherwise.
     */
    boolean leafletLocal() {
        return false;
    }
}
