package nl.pil.app;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;

/** What {@link Pil#serve} tells its front end, to print; called on the serving thread, rebuilds on the watching one. */
public interface ServeListener {
    /**
     * Where the site is served, and which folders are watched (none without watching).
     *
     * @param address the address bound
     * @param url     the address to open on this machine: the one bound, or the loopback address when bound to all
     */
    record Serving(Path folder, InetSocketAddress address, String url, List<Path> watched) {
        public boolean watching() {
            return !watched.isEmpty();
        }

        /** Bound to every address of the machine (0.0.0.0 or ::): other machines can open the site too. */
        public boolean allAddresses() {
            return address.getAddress().isAnyLocalAddress();
        }
    }

    /** The build before serving (none with {@code noBuild}); when it {@link BuildSummary#failed()}, see below. */
    void built(BuildSummary build);

    /** The build failed, and the output folder holds an earlier build, which is served instead. */
    void servingPreviousBuild(BuildSummary build);

    /** The server accepts connections (and the watcher runs, when watching). */
    void serving(Serving serving);

    /** A rebuild after a change; a failed one leaves the last good site served. */
    void rebuilt(BuildSummary rebuild);

    /** A rebuild could not write the site (e.g. the disk is full) or hit a bug. */
    void rebuildFailed(Exception e);

    /** Serving has stopped (after {@link #serving}). */
    default void stopped() {}
}
