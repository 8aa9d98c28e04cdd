package nl.pil.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.pil.markdown.Faq;
import nl.pil.markdown.LeafletMarkdown;
import nl.pil.model.CheckSettings;
import nl.pil.model.Content;
import nl.pil.model.Leaflet;
import nl.pil.model.Translation;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * An FAQ section ({@link Faq}) that the page cannot show as questions: no {@code ###} question in it, a question with
 * no answer, or the same question twice.
 */
final class FaqRule extends Rule {
    FaqRule() {
        super("faq", CheckSettings.Level.WARNING, "an FAQ section has ### questions, each with an answer");
    }

    @Override
    boolean leafletLocal() {
        return true;
    }

    @Override
    public void check(Content content, Findings findings) {
        for (Leaflet leaflet : content.leaflets()) {
            for (Translation t : leaflet.translations().values()) {
                check(t, findings);
            }
        }
    }

    private static void check(Translation t, Findings findings) {
        List<Faq.Question> questions = Faq.questions(t.body());
        for (Node child = t.body().getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Heading h && Faq.opensFaq(h) && !hasQuestion(h)) {
                findings.report(
                        t.positionOf(h),
                        "the FAQ section '" + LeafletMarkdown.plainText(h) + "' has no questions",
                        "write each question as a ### heading with its answer below it; patients open one question"
                                + " at a time");
            }
        }
        Set<String> seen = new HashSet<>();
        for (Faq.Question q : questions) {
            if (q.answer().isBlank()) {
                findings.report(
                        t.positionOf(q.heading()),
                        "the question '" + q.question() + "' has no answer",
                        "write the answer below the ### question, before the next heading");
            }
            if (!seen.add(q.question().strip().toLowerCase(java.util.Locale.ROOT))) {
                findings.report(
                        t.positionOf(q.heading()),
                        "the question '" + q.question() + "' is asked twice",
                        "keep one question and join the answers");
            }
        }
    }

    /** Whether a {@code ###} heading follows the FAQ heading before the next {@code ##} one. */
    private static boolean hasQuestion(Heading faq) {
        for (Node n = faq.getNext(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) {
                if (h.getLevel() <= 2) {
                    return false;
                }
                if (h.getLevel() == 3) {
                    return true;
                }
            }
        }
        return false;
    }
}
