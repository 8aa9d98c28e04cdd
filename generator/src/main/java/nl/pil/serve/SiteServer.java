package nl.pil.serve;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Serves a built site over HTTP. The implementation lives in the {@code site} module and is found through
 * {@link ServiceLoader}, so the generator does not depend on it.
 */
public interface SiteServer extends AutoCloseable {

    /** Starts serving {@code siteFolder}; returns once the server accepts connections. */
    void start(Path siteFolder, InetSocketAddress address) throws IOException;

    /** The address actually bound (useful with port 0). */
    InetSocketAddress address();

    @Override
    void close();

    /** Makes served pages reload themselves on {@code live}'s signal; call before {@link #start}. */
    default void enableLiveReload(LiveReload live) {
        throw new UnsupportedOperationException("this server does not support live reload");
    }

    static Optional<SiteServer> find() {
        return ServiceLoader.load(SiteServer.class).findFirst();
    }
}
