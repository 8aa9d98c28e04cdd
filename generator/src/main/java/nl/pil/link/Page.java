package nl.pil.link;

import nl.pil.model.FrontMatter;
import nl.pil.model.Leaflet;
import nl.pil.model.Translation;

/**
 * A leaflet in one language, ready to render.
 *
 * @param meta the translation's front matter with what it left out taken from the source language
 */
public record Page(Leaflet leaflet, Translation translation, FrontMatter meta) {

    public String id() {
        return leaflet.id();
    }

    public String lang() {
        return translation.lang();
    }

    /** Site-relative folder of the page, e.g. {@code nl/ct-scan/}. */
    public String path() {
        return lang() + "/" + id() + "/";
    }
}
