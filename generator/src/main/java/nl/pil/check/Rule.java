package nl.pil.check;

import nl.pil.model.CheckSettings;
import nl.pil.model.Content;

/**
 * One check on the content, with an id writers can name in {@code site.yaml}'s {@code checks:} to turn it off, make it
 * a warning or an error, or change its thresholds. A rule only finds problems; {@link Findings} gives them the level
 * the site asks for.
 */
interface Rule {
    /** Short, stable, lowercase with dashes: shown after each message as {@code [id]}. */
    String id();

    /** The level when {@code site.yaml} does not name the rule. */
    CheckSettings.Level defaultLevel();

    /** One line for the README's list of rules and for {@code did you mean}. */
    String description();

    void check(Content content, Findings findings);
}
