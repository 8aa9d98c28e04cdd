package nl.pil.check;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.pil.markdown.LeafletLink;
import nl.pil.markdown.LeafletMarkdown;
import nl.pil.model.CheckSettings;
import nl.pil.model.Content;
import nl.pil.model.Leaflet;
import nl.pil.model.Suggest;
import nl.pil.model.Translation;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/**
 * A link to a section ({@code [preparation](ct-scan#voorbereiding)}, {@code [below](#na-het-onderzoek)}) must name a
 * heading the target page has, in the language the link leads to: otherwise the patient lands at the top of the page.
 */
final class SectionLinkRule extends Rule {

    SectionLinkRule() {
        super(
                "section-links",
                CheckSettings.Level.ERROR,
                "links to a section name a heading that exists on the page they lead to");
    }

    @Override
    public void check(Content content, Findings findings) {
        Map<String, Leaflet> byId = new HashMap<>();
        content.leaflets().forEach(l -> byId.putIfAbsent(l.id(), l));
        Map<Translation, Set<String>> anchors = new HashMap<>();
        String sourceLang = content.settings().sourceLanguage();
        for (Leaflet leaflet : content.leaflets()) {
            for (Translation t : leaflet.translations().values()) {
                t.body().accept(new AbstractVisitor() {
                    @Override
                    public void visit(Link link) { // within the page: [below](#section)
                        String destination = link.getDestination();
                        if (destination.startsWith("#") && destination.length() > 1) {
                            check(t, link, t, destination.substring(1), destination);
                        }
                        visitChildren(link);
                    }

                    @Override
                    public void visit(CustomNode node) {
                        if (node instanceof LeafletLink link
                                && link.fragment() != null
                                && !link.fragment().isEmpty()) {
                            // an unknown leaflet is the link stage's error already
                            Optional.ofNullable(byId.get(link.leafletId()))
                                    .flatMap(l -> l.in(t.lang()).or(() -> l.in(sourceLang)))
                                    .ifPresent(page -> check(t, link, page, link.fragment(), link.destination()));
                        }
                        visitChildren(node);
                    }

                    private void check(
                            Translation from, Node link, Translation page, String fragment, String destination) {
                        Set<String> known = anchors.computeIfAbsent(page, SectionLinkRule::anchors);
                        if (!known.contains(fragment)) {
                            findings.report(
                                    from.positionOf(link),
                                    "'" + destination + "' links to a section that "
                                            + (page == from ? "this page" : page.displayPath()) + " does not have",
                                    Suggest.didYouMean(fragment, known)
                                            + (known.isEmpty()
                                                    ? "the page has no headings; link to the page itself"
                                                    : "sections there: " + String.join(", ", known)));
                        }
                    }
                });
            }
        }
    }

    /** The ids the web page gives its headings. */
    static Set<String> anchors(Translation page) {
        return new LinkedHashSet<>(LeafletMarkdown.headingAnchors(page.body()).values());
    }
}
