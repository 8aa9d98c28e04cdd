package nl.pil.check;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.pil.markdown.LeafletMarkdown;
import nl.pil.model.CheckSettings;
import nl.pil.model.Content;
import nl.pil.model.Leaflet;
import nl.pil.model.Suggest;
import nl.pil.model.Translation;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Text;

/**
 * A link to a section ({@code [preparation](ct-scan#voorbereiding)}, {@code [below](#na-het-onderzoek)}) must name a
 * heading the target page has, in the language the link leads to: otherwise the patient lands at the top of the page.
 */
final class SectionLinkRule implements Rule {
    @Override
    public String id() {
        return "section-links";
    }

    @Override
    public CheckSettings.Level defaultLevel() {
        return CheckSettings.Level.ERROR;
    }

    @Override
    public String description() {
        return "links to a section name a heading that exists on the page they lead to";
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
                    public void visit(Link link) {
                        String destination = link.getDestination();
                        int hash = destination.indexOf('#');
                        if (hash >= 0 && hash < destination.length() - 1
                                && (hash == 0 || LeafletMarkdown.isLeafletTarget(destination))) {
                            String id = destination.substring(0, hash);
                            String fragment = destination.substring(hash + 1);
                            Optional<Translation> target = hash == 0 ? Optional.of(t)
                                    : Optional.ofNullable(byId.get(id)).flatMap(l -> l.in(t.lang()).or(() -> l.in(sourceLang)));
                            // an unknown leaflet is the link stage's error already
                            target.ifPresent(page -> {
                                Set<String> known = anchors.computeIfAbsent(page, SectionLinkRule::anchors);
                                if (!known.contains(fragment)) {
                                    String suggestion = Suggest.didYouMean(fragment, known);
                                    findings.report(t.positionOf(link), "'" + destination + "' links to a section that "
                                                    + (hash == 0 ? "this page" : page.displayPath()) + " does not have",
                                            suggestion + (known.isEmpty() ? "the page has no headings; link to the page itself"
                                                    : "sections there: " + String.join(", ", known)));
                                }
                            });
                        }
                        visitChildren(link);
                    }
                });
            }
        }
    }

    /** The ids the web page gives its headings, made as the heading-anchor extension makes them. */
    static Set<String> anchors(Translation page) {
        IdGenerator ids = IdGenerator.builder().build();
        Set<String> found = new LinkedHashSet<>();
        page.body().accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                StringBuilder text = new StringBuilder();
                heading.accept(new AbstractVisitor() {
                    @Override
                    public void visit(Text t) {
                        text.append(t.getLiteral());
                    }

                    @Override
                    public void visit(Code c) {
                        text.append(c.getLiteral());
                    }
                });
                found.add(ids.generateId(text.toString()));
            }
        });
        return found;
    }
}
