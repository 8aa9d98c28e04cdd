package nl.pil.markdown;

/** The check every extension makes before it renders HTML. */
final class Sites {
    private Sites() {}

    static BodyContext required(BodyContext site, String what) {
        if (site == null) {
            throw new IllegalStateException(
                    "rendering " + what + " as HTML needs the site: create the extension with a BodyContext");
        }
        return site;
    }
}
