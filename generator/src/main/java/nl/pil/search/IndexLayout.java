package nl.pil.search;

import java.nio.file.Path;

/**
 * Where the patient search's files sit in a built site: written by {@link SearchIndexOutput} (the index, and
 * the search texts whenever the web pages are built), read by {@link LeafletSearcher} and the search service. Neither side reaches into the other.
 */
public final class IndexLayout {
    /** The folder in the site's root. */
    public static final String FOLDER = "_search";
    /** What the service reads first: format, analyzers, languages, the base path, the build id. */
    public static final String META = "meta.json";
    /** In each language's folder: the compound dictionary the index was built with. */
    public static final String COMPOUNDS = "compounds.txt";
    /** In each language's folder: the synonym rules the index was built with. */
    public static final String SYNONYMS = "synonyms.txt";

    private IndexLayout() {}

    public static Path folder(Path site) {
        return site.resolve(FOLDER);
    }

    public static Path meta(Path site) {
        return folder(site).resolve(META);
    }

    /** The texts the service formats its answers with in {@code lang} (result counts, "did you mean"). */
    public static Path texts(Path site, String lang) {
        return folder(site).resolve("texts-" + lang + ".properties");
    }
}
