package nl.pil.check;

import java.util.List;
import nl.pil.model.CheckSettings;
import nl.pil.model.Content;
import nl.pil.model.FrontMatter;
import nl.pil.model.Leaflet;
import nl.pil.model.SourcePosition;
import nl.pil.model.Translation;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Text;

/** "TODO" left in the text or the front matter (as {@code pil new} writes it): the leaflet is not finished. */
final class UnfinishedRule extends Rule {

    UnfinishedRule() {
        super("unfinished", CheckSettings.Level.WARNING, "no TODO left in the text or the front matter");
    }

    @Override
    boolean leafletLocal() {
        return true;
    }

    @Override
    public void check(Content content, Findings findings) {
        for (Leaflet leaflet : content.leaflets()) {
            for (Translation t : leaflet.translations().values()) {
                frontMatter(t, findings);
                t.body().accept(new AbstractVisitor() {
                    @Override
                    public void visit(Text text) {
                        int todo = text.getLiteral().indexOf("TODO");
                        if (todo >= 0) {
                            SourcePosition at = t.positionOf(text);
                            findings.report(
                                    new SourcePosition(at.file(), at.line(), at.column() + todo),
                                    "unfinished: 'TODO' is still in the text",
                                    "write the missing text before the leaflet is published");
                        }
                    }
                });
            }
        }
    }

    private static void frontMatter(Translation t, Findings findings) {
        FrontMatter m = t.meta();
        SourcePosition file = SourcePosition.of(t.displayPath());
        for (String key : List.of("title", "summary", "code", "department")) {
            String value = switch (key) {
                case "title" -> m.title();
                case "summary" -> m.summary();
                case "code" -> m.code();
                default -> m.department();
            };
            if (value != null && value.contains("TODO")) {
                findings.report(
                        m.positionOf(key, file),
                        "unfinished: '" + key + "' still says TODO",
                        "fill it in before the leaflet is published");
            }
        }
        if (m.authors().contains("TODO") || m.reviewers().contains("TODO")) {
            findings.report(
                    m.positionOf(m.authors().contains("TODO") ? "authors" : "reviewers", file),
                    "unfinished: the authors or reviewers still say TODO",
                    "name who wrote and who reviewed the leaflet");
        }
    }
}
