package nl.pil.model;

/**
 * A leaflet file changed while the site was being built: the build knew it unchanged without reading it, and when a
 * later stage read it, it was not what the build knew. The build stops and publishes nothing; building again reads it.
 */
public final class SourceChanged extends RuntimeException {
    private final String displayPath;

    public SourceChanged(String displayPath) {
        super(displayPath + " changed while the site was being built");
        this.displayPath = displayPath;
    }

    /** The file, as diagnostics show it. */
    public String displayPath() {
        return displayPath;
    }

    /** The {@code SourceChanged} that {@code failure} is, or was caused by (through wrapping threads and templates). */
    public static SourceChanged in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SourceChanged changed) {
                return changed;
            }
            for (Throwable also : t.getSuppressed()) {
                SourceChanged inner = in(also);
                if (inner != null) {
                    return inner;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
