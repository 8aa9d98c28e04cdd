package nl.pil.model;

import java.util.Map;
import java.util.Optional;

/**
 * What {@code site.yaml}'s {@code checks:} group says about the checker's rules: per rule id, whether it is off, a
 * warning or an error, and its thresholds. Rules not named keep their defaults. Which ids exist is the check
 * stage's knowledge: it reports unknown ones at their line here.
 *
 * @param strict warnings fail the check and the build as errors do (for publishing pipelines)
 */
public record CheckSettings(Map<String, Rule> rules, boolean strict) {
    public enum Level {
        OFF,
        WARNING,
        ERROR
    }

    /**
     * @param level      {@code null} for the rule's default
     * @param thresholds numbers the rule reads by name, e.g. {@code grace-days: 30}
     * @param position   where the rule is named in site.yaml
     */
    public record Rule(Level level, Map<String, Integer> thresholds, SourcePosition position) {
        public Rule {
            thresholds = Map.copyOf(thresholds);
        }
    }

    public static final CheckSettings DEFAULTS = new CheckSettings(Map.of(), false);

    public CheckSettings {
        rules = Map.copyOf(rules);
    }

    public Optional<Rule> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }
}
