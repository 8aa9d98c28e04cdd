package nl.pil.check;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.pil.model.CheckSettings;
import nl.pil.model.Content;
import nl.pil.model.Leaflet;
import nl.pil.model.SectionLink;
import nl.pil.model.Suggest;
import nl.pil.model.Translation;

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
        String sourceLang = content.settings().sourceLanguage();
        // the links and anchors the loader collected: no body is walked (or parsed) here, every build checks them all
        for (Leaflet leaflet : content.leaflets()) {
            for (Translation t : leaflet.translations().values()) {
                for (SectionLink link : t.sectionLinks()) {
                    if (link.leafletId() == null) {
                        check(t, link, t, findings);
                    } else {
                        // an unknown leaflet is the link stage's error already
                        Optional.ofNullable(byId.get(link.leafletId()))
                                .flatMap(l -> l.in(t.lang()).or(() -> l.in(sourceLang)))
                                .ifPresent(page -> check(t, link, page, findings));
                    }
                }
            }
        }
    }

    private static void check(Translation from, SectionLink link, Translation page, Findings findings) {
        Set<String> known = new LinkedHashSet<>(page.anchors());
        if (!known.contains(link.fragment())) {
            findings.report(
                    link.at(),
                    "'" + link.destination() + "' links to a section that "
                            + (page == from ? "this page" : page.displayPath()) + " does not have",
                    Suggest.didYouMean(link.fragment(), known)
                            + (known.isEmpty()
                                    ? "the page has no headings; link to the page itself"
                                    : "sections there: " + String.join(", ", known)));
        }
    }
}
