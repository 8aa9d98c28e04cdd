package nl.pil.app;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;

/** What {@link Pil#serve} tells its front end, to print; called on the serving thread, rebuilds on the watching one. */
public interface ServeListener {
    /**
     * Where the site is served, and which folders are watched (none without watching).
     *
     * @param address the address bound
     * @param url     the address to open on this machine, "localhost" for a loopback address or all addresses (the
     *                Maven goal prints it); the command line prints {@link #boundUrl()}
     */
    record Serving(Path folder, InetSocketAddress address, String url, List<Path> watched) {
        public boolean watching() {
            return !watched.isEmpty();
        }

        /**
         * The address bound as a URL (127.0.0.1, not "localhost", which may resolve to ::1 where nothing listens);
         * when bound to all addresses, this machine's loopback address.
         */
        public String boundUrl() {
            InetAddress host =
                    address.getAddress().isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : address.getAddress();
            String text = host.getHostAddress();
            return "http://" + (text.contains(":") ? "[" + text + "]" : text) + ":" + address.getPort() + "/";
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
