package nl.pil.app;

/**
 * How {@link Pil#serve} ended.
 *
 * @param build the build before serving, or {@code null} when there was none
 */
public record ServeOutcome(End end, BuildSummary build) {
    public enum End {
        /** Served until stopped (Ctrl-C, or the stop signal). */
        STOPPED,
        /** The build failed and there is no earlier build to serve. */
        BUILD_FAILED,
        /** The output folder does not exist (with {@code noBuild}). */
        NOTHING_TO_SERVE,
        /** No site server on the class path (the {@code site} module is missing). */
        NO_SERVER
    }
}
