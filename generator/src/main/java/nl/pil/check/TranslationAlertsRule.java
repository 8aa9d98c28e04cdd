package nl.pil.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.pil.markdown.Alert;
import nl.pil.model.CheckSettings;
import nl.pil.model.Content;
import nl.pil.model.Leaflet;
import nl.pil.model.SourcePosition;
import nl.pil.model.Translation;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;

/**
 * A warning must never vanish: an alert marker that is not where the Markdown needs it ({@code > ترجمة [!WARNING]},
 * {@code [!WARNING]} in a paragraph) turns the warning into plain text, and a translation must have the source's
 * alerts, of the same kinds, in the same order.
 */
final class TranslationAlertsRule extends Rule {
    private static final Pattern MARKER =
            Pattern.compile("\\[!\\s*(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\\s*]", Pattern.CASE_INSENSITIVE);

    TranslationAlertsRule() {
        super(
                "alerts",
                CheckSettings.Level.ERROR,
                "alert markers are whole, and a translation has the source's alerts in the same order");
    }

    @Override
    boolean leafletLocal() {
        return true;
    }

    @Override
    public void check(Content content, Findings findings) {
        String sourceLang = content.settings().sourceLanguage();
        for (Leaflet leaflet : content.leaflets()) {
            for (Translation t : leaflet.translations().values()) {
                for (BlockText block : BlockText.of(t)) {
                    if (!block.text().contains("[!")) {
                        continue; // what every marker starts with: most blocks have none, and need no pattern
                    }
                    Matcher m = MARKER.matcher(block.text());
                    if (m.find()) {
                        findings.report(
                                block.positionAt(m.start()),
                                "'" + m.group()
                                        + "' is not at the start of a quote: it is shown as text, not as an alert",
                                "write the marker alone on the first line of a quote: > "
                                        + m.group().replace(" ", "")
                                        + ", then the text on the next lines starting with >");
                    }
                }
            }
            Optional<Translation> source = leaflet.in(sourceLang);
            if (source.isEmpty()) {
                continue;
            }
            List<Found> expected = alerts(source.get());
            String note = source.get().meta().prepareNote();
            for (Translation t : leaflet.translations().values()) {
                if (t != source.get()) {
                    compare(t, alerts(t), source.get(), expected, findings);
                    if (note != null && t.meta().prepareNote() == null) {
                        // the preparation box would show the warning without the writer's extra instruction
                        findings.report(
                                SourcePosition.of(t.displayPath()),
                                "the source's preparation warning says more ('prepare-note') than this translation's",
                                "add 'prepare-note:' with the translation of: " + note);
                    }
                }
            }
        }
    }

    private record Found(Alert.Kind kind, SourcePosition at) {}

    private static List<Found> alerts(Translation t) {
        List<Found> found = new ArrayList<>();
        t.body().accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof Alert alert) {
                    found.add(new Found(alert.kind(), t.positionOf(alert)));
                }
                visitChildren(block);
            }
        });
        return found;
    }

    private static void compare(
            Translation t, List<Found> actual, Translation source, List<Found> expected, Findings findings) {
        int n = Math.max(actual.size(), expected.size());
        for (int i = 0; i < n; i++) {
            Found want = i < expected.size() ? expected.get(i) : null;
            Found got = i < actual.size() ? actual.get(i) : null;
            if (want != null && got != null && want.kind() == got.kind()) {
                continue;
            }
            SourcePosition at = got != null ? got.at() : new SourcePosition(t.displayPath(), t.bodyFirstLine(), 1);
            String message = want == null
                    ? "alert " + (i + 1) + " ([!" + got.kind().name() + "]) is not in the source (" + source.lang()
                            + ")"
                    : got == null
                            ? "the " + ordinal(i + 1) + " alert of the source ([!"
                                    + want.kind().name() + "] at " + source.displayPath() + ":"
                                    + want.at().line() + ") is missing in this translation"
                            : "alert " + (i + 1) + " is [!" + got.kind().name() + "] where the source has [!"
                                    + want.kind().name() + "] (" + source.displayPath() + ":"
                                    + want.at().line() + ")";
            findings.report(
                    at,
                    message,
                    "give every alert of " + source.displayPath()
                            + " its counterpart, of the same kind and in the same order: a warning must never vanish in translation");
            return; // one difference is enough to send the translator back; the rest follow from it
        }
    }

    private static String ordinal(int n) {
        return n
                + switch (n % 10 == 1 && n % 100 != 11
                        ? 1
                        : n % 10 == 2 && n % 100 != 12 ? 2 : n % 10 == 3 && n % 100 != 13 ? 3 : 0) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
    }
}
