package nl.pil.site;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import nl.pil.publish.Publisher;
import nl.pil.serve.LiveReload;
import nl.pil.serve.PortInUseException;
import nl.pil.serve.SiteServer;

/**
 * Serves a built site with the JDK's {@link HttpServer}. Found by the generator's {@code serve} command through
 * {@link SiteServer#find()} (registered in {@code META-INF/services}).
 *
 * <p>Requests are handled on virtual threads, one each: the JDK's server reads a request's headers on the
 * thread that will handle it, so with a fixed pool a few clients sending their headers slowly (or never) would
 * hold every thread. A client gets {@link #DEFAULT_REQUEST_SECONDS} seconds to send its whole request, and at most
 * {@link #DEFAULT_MAX_CONNECTIONS} connections are open at once. Searches, which are CPU work, run on the few
 * platform threads of a {@link SearchLimiter}. Every handler is wrapped in a {@link SafeHandler}, which turns
 * unexpected exceptions into a plain 500 and adds the headers every response carries.
 */
public final class StaticSiteServer implements SiteServer {

    private HttpServer server;
    private ExecutorService executor;
    private InetSocketAddress bound;
    private SearchIndex search;
    private SearchLimiter limiter;
    private LiveReload live;

    /** Seconds a client may take to send a request's headers (and body); the JDK server waits forever by default. */
    static final String REQUEST_TIME_LIMIT = "sun.net.httpserver.maxReqTime";
    /** Default of {@link #REQUEST_TIME_LIMIT}: a patient's browser sends a request in milliseconds, even on a poor line. */
    static final int DEFAULT_REQUEST_SECONDS = 5;
    /** Connections open at once, idle ones included; more are closed as they arrive (the JDK's default is no limit). */
    static final String MAX_CONNECTIONS = "jdk.httpserver.maxConnections";

    static final int DEFAULT_MAX_CONNECTIONS = 1000;
    /**
     * How often (ms) the JDK's server closes connections that have not sent a byte within the request time; its
     * default, 10 s, would let such connections live three times the limit.
     */
    static final String IDLE_CHECK_MILLIS = "sun.net.httpserver.clockTick";

    static final int DEFAULT_IDLE_CHECK_MILLIS = 1000;
    /**
     * TCP_NODELAY on every connection. The JDK's server writes a response's headers and its body in two writes;
     * with Nagle's algorithm the body then waits for the client's delayed ACK of the headers (about 40 ms), so
     * one keep-alive client got some 22 responses a second.
     */
    static final String NO_DELAY = "sun.net.httpserver.nodelay";

    static {
        // Read once, when the JDK's server classes load; a value the operator sets (-D… in PIL_JAVA_OPTS) wins.
        defaultProperty(REQUEST_TIME_LIMIT, DEFAULT_REQUEST_SECONDS);
        defaultProperty(MAX_CONNECTIONS, DEFAULT_MAX_CONNECTIONS);
        defaultProperty(IDLE_CHECK_MILLIS, DEFAULT_IDLE_CHECK_MILLIS);
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
    }

    private static void defaultProperty(String name, int value) {
        if (System.getProperty(name) == null) {
            System.setProperty(name, Integer.toString(value));
        }
    }

    /** Public and without arguments, as {@link java.util.ServiceLoader} requires. */
    public StaticSiteServer() {}

    /**
     * The handlers by context path. The JDK picks the longest matching prefix, so a more specific route
     * (say {@code /api/search}) can be added beside {@code /} without touching the static files.
     */
    static Map<String, HttpHandler> routes(
            Path siteFolder, SearchIndex search, SearchLimiter limiter, LiveReload live) {
        Map<String, HttpHandler> routes = new LinkedHashMap<>();
        StaticFiles files = new StaticFiles(siteFolder);
        HttpHandler pages = new HomePage(files, search, new SearchPages(siteFolder, search, files, limiter));
        routes.put("/", live == null ? pages : new LivePages(live, files, pages));
        routes.put("/api/", new SearchApi(search, limiter));
        return routes;
    }

    @Override
    public synchronized void enableLiveReload(LiveReload live) {
        if (server != null) {
            throw new IllegalStateException("enable live reload before start");
        }
        this.live = live;
    }

    @Override
    public synchronized void start(Path siteFolder, InetSocketAddress address) throws IOException {
        Objects.requireNonNull(siteFolder, "siteFolder");
        Objects.requireNonNull(address, "address");
        if (server != null) {
            throw new IllegalStateException("already serving on " + bound);
        }
        Path site = siteFolder.toAbsolutePath().normalize();
        if (!Publisher.recover(site)) { // a build killed in the middle of its swap left the site beside it

            throw new IOException("nothing to serve: " + site + " is not a folder");
        }
        if (address.isUnresolved()) {
            throw new IOException("cannot listen on " + address.getHostString() + ": unknown host");
        }
        HttpServer http;
        try {
            http = HttpServer.create(address, 0);
        } catch (BindException e) {
            throw bindFailure(address, e);
        }
        // a thread per request, however slowly it arrives (and per open page held until the next rebuild in watch mode)
        ExecutorService pool = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("pil-http-", 1).factory());
        http.setExecutor(pool);
        search = new SearchIndex(site);
        limiter = SearchLimiter.fromSystemProperties();
        routes(site, search, limiter, live)
                .forEach((path, handler) -> http.createContext(path, new SafeHandler(handler)));
        http.start();
        server = http;
        executor = pool;
        bound = http.getAddress();
    }

    @Override
    public synchronized InetSocketAddress address() {
        if (bound == null) {
            throw new IllegalStateException("not started");
        }
        return bound;
    }

    /** The served site's search index: for tests. */
    synchronized SearchIndex searchIndex() {
        return search;
    }

    /** The limit on searches running at once: for tests. */
    synchronized SearchLimiter limiter() {
        return limiter;
    }

    /** Stops at once: open connections are closed, running handlers get an I/O error and end. */
    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
        if (limiter != null) {
            limiter.close();
            limiter = null;
        }
        if (search != null) {
            try {
                search.close();
            } catch (IOException e) {
                System.err.println("pil: closing the search index: " + e.getMessage());
            }
            search = null;
        }
        if (executor != null) {
            executor.shutdown();
            try {
                if (!executor.awaitTermination(2, TimeUnit.SECONDS)) {
                    executor.shutdownNow();
                }
            } catch (InterruptedException e) {
                executor.shutdownNow();
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    private static IOException bindFailure(InetSocketAddress address, BindException e) {
        String reason = String.valueOf(e.getMessage());
        if (reason.toLowerCase(Locale.ROOT).contains("in use")) {
            return PortInUseException.at(address, e);
        }
        String host = address.getAddress().isAnyLocalAddress()
                ? "all addresses"
                : address.getAddress().getHostAddress();
        return new IOException(
                "cannot listen on " + host + " port " + address.getPort() + " (" + reason
                        + "); choose another with --host or --port",
                e);
    }
}
