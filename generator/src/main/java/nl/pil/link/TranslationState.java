package nl.pil.link;

import java.util.Locale;

/** How a page relates to its source-language version. */
public enum TranslationState {
    /** The page is in the source language. */
    SOURCE,
    /** Translated from the source as it is now. */
    CURRENT,
    /** The source has changed since this translation was made. */
    OUTDATED,
    /** Nobody recorded which version of the source this was translated from. */
    UNTRACKED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
