package nl.pil.check;

import java.time.LocalDate;
import nl.pil.model.CheckSettings;
import nl.pil.model.Content;
import nl.pil.model.FrontMatter;
import nl.pil.model.Leaflet;
import nl.pil.model.SourcePosition;

/**
 * Patient information is reviewed on a schedule (quality marks require it): a leaflet past its {@code review-due}
 * date is a warning, and an error once the grace period ({@code grace-days}, 90 by default) has passed too.
 */
final class ReviewRule extends Rule {
    static final int GRACE_DAYS = 90;
    private final LocalDate today;

    ReviewRule(LocalDate today) {
        super(
                "review-overdue",
                CheckSettings.Level.WARNING,
                "leaflets are reviewed by their 'review-due' date (an error after 'grace-days', default " + GRACE_DAYS
                        + ")");
        this.today = today;
    }

    @Override
    boolean leafletLocal() {
        return true;
    }

    @Override
    public void check(Content content, Findings findings) {
        int grace = findings.threshold("grace-days", GRACE_DAYS);
        for (Leaflet leaflet : content.leaflets()) {
            leaflet.in(content.settings().sourceLanguage()).ifPresent(source -> {
                FrontMatter m = source.meta();
                if (m.reviewDue() == null
                        || !m.reviewDue().isBefore(today)
                        || (m.reviewed() != null && !m.reviewDue().isAfter(m.reviewed()))) {
                    return; // a due date not after 'reviewed' is an error of its own
                }
                boolean pastGrace = m.reviewDue().plusDays(grace).isBefore(today);
                findings.report(
                        m.positionOf("review-due", SourcePosition.of(source.displayPath())),
                        "review is overdue since " + m.reviewDue()
                                + (pastGrace ? ", more than " + grace + " days" : ""),
                        "have the leaflet reviewed, then update 'reviewed' and 'review-due'",
                        pastGrace);
            });
        }
    }
}
