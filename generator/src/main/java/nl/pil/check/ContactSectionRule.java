package nl.pil.check;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.pil.model.CheckSettings;
import nl.pil.model.Content;
import nl.pil.model.Leaflet;
import nl.pil.model.Translation;
import org.commonmark.node.Heading;

/**
 * Every page and handout ends with a contact box (the department's, or the hospital's): a hand-written "Questions?"
 * section says the same twice, and its phone number goes stale apart from {@code site.yaml}'s.
 */
final class ContactSectionRule extends Rule {
    private static final Map<String, Set<String>> TITLES = Map.of(
            "nl",
                    Set.of(
                            "vragen",
                            "heeft u vragen",
                            "hebt u vragen",
                            "vragen of problemen",
                            "contact",
                            "contactgegevens",
                            "vragen en contact",
                            "contact en vragen",
                            "nog vragen"),
            "en",
                    Set.of(
                            "questions",
                            "any questions",
                            "do you have questions",
                            "do you have any questions",
                            "contact",
                            "contact us",
                            "contact details",
                            "questions and contact"),
            "ar", Set.of("أسئلة", "هل لديك أسئلة", "هل لديك اسئلة", "اتصل بنا", "للتواصل", "أسئلة واتصال"));

    ContactSectionRule() {
        super(
                "contact-section",
                CheckSettings.Level.WARNING,
                "no hand-written questions/contact section beside the automatic contact box");
    }

    @Override
    boolean leafletLocal() {
        return true;
    }

    @Override
    public void check(Content content, Findings findings) {
        for (Leaflet leaflet : content.leaflets()) {
            for (Translation t : leaflet.translations().values()) {
                Set<String> titles = TITLES.get(t.lang());
                if (titles == null) {
                    continue;
                }
                for (BlockText block : BlockText.of(t)) {
                    // a section of the page: a '##' heading at the top level of the body
                    if (block.block() instanceof Heading heading
                            && heading.getLevel() == 2
                            && heading.getParent() == t.body()
                            && titles.contains(normalise(block.text()))) {
                        findings.report(
                                t.positionOf(heading),
                                "section '" + block.text().strip()
                                        + "' repeats the contact box every page and handout ends with",
                                "remove the section; the box shows the phone number of the leaflet's 'department' from site.yaml"
                                        + " (or the hospital's), so it stays right when a number changes");
                    }
                }
            }
        }
    }

    private static String normalise(String title) {
        return Normalizer.normalize(title, Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\p{P}\\p{S}]+", " ")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
