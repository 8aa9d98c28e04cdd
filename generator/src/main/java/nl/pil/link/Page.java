package nl.pil.link;

import nl.pil.model.FrontMatter;
import nl.pil.model.Leaflet;
import nl.pil.model.Translation;

/**
 * A leaflet in one language, ready to render.
 *
 * @param meta  the translation's front matter with what it left out taken from the source language
 * @param state whether this is the source, or a current, outdated or untracked translation of it
 */
public record Page(Leaflet leaflet, Translation translation, FrontMatter meta, TranslationState state) {

    public String id() {
        return leaflet.id();
    }

    public String lang() {
        return translation.lang();
    }

    /** SiteSettings-relative folder of the page, e.g. {@code nl/ct-scan/}. */
    public String path() {
        return lang() + "/" + id() + "/";
    }
}
