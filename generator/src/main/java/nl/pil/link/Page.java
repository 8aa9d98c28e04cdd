package nl.pil.link;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.pil.model.FrontMatter;
import nl.pil.model.Leaflet;
import nl.pil.model.Reference;
import nl.pil.model.Translation;

/**
 * A leaflet in one language, ready to render.
 *
 * @param meta  the translation's front matter with what it left out taken from the source language
 * @param state whether this is the source, or a current, outdated or untracked translation of it
 * @param reviewOverdue whether patients are told that the leaflet's review is overdue: its {@code review-due} date
 *     has passed on the build's date and the site shows such notices ({@code overdue-notice: true})
 */
public record Page(
        Leaflet leaflet, Translation translation, FrontMatter meta, TranslationState state, boolean reviewOverdue) {

    public Page(Leaflet leaflet, Translation translation, FrontMatter meta, TranslationState state) {
        this(leaflet, translation, meta, state, false);
    }

    public String id() {
        return leaflet.id();
    }

    public String lang() {
        return translation.lang();
    }

    /**
     * The related leaflets listed after the body: {@code related} without those the body already shows as a card, so
     * that no leaflet appears twice on a page.
     */
    public List<String> relatedAfterBody() {
        Set<String> cards = translation.references().stream()
                .filter(r -> r.kind() == Reference.Kind.CARD)
                .map(Reference::target)
                .collect(Collectors.toSet());
        return meta.related().stream().filter(id -> !cards.contains(id)).toList();
    }

    /** Site-relative folder of the page, e.g. {@code nl/ct-scan/}. */
    public String path() {
        return lang() + "/" + id() + "/";
    }
}
