package nl.pil.check;

import nl.pil.model.CheckSettings;
import nl.pil.model.Content;
import nl.pil.model.Leaflet;
import nl.pil.model.Translation;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;

/** HTML in the body is escaped, not run: patients would read the tags. One finding per paragraph is enough. */
final class RawHtmlRule extends Rule {

    RawHtmlRule() {
        super("raw-html", CheckSettings.Level.WARNING, "no HTML in the body: it is shown as plain text");
    }

    @Override
    boolean leafletLocal() {
        return true;
    }

    @Override
    public void check(Content content, Findings findings) {
        for (Leaflet leaflet : content.leaflets()) {
            for (Translation t : leaflet.translations().values()) {
                t.body().accept(new AbstractVisitor() {
                    @Override
                    public void visit(HtmlBlock html) {
                        report(html);
                    }

                    @Override
                    public void visit(HtmlInline html) {
                        // one finding per paragraph is enough to point the writer at it
                        Node previous = html.getPrevious();
                        while (previous != null && !(previous instanceof HtmlInline)) {
                            previous = previous.getPrevious();
                        }
                        if (previous == null) {
                            report(html);
                        }
                    }

                    private void report(Node html) {
                        findings.report(
                                t.positionOf(html),
                                "raw HTML is not allowed and is shown as plain text",
                                "use Markdown instead: **bold**, lists, tables, > [!NOTE] call-outs");
                    }
                });
            }
        }
    }
}
