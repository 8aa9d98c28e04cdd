package nl.pil.site;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.pil.serve.SiteServer;

/**
 * Serves a built site with the JDK's {@link HttpServer}. Found by the generator's {@code serve} command through
 * {@link SiteServer#find()} (registered in {@code META-INF/services}).
 *
 * <p>Requests are handled on a fixed pool of threads, so a burst of requests queues up instead of creating
 * threads without bound. Every handler is wrapped in a {@link SafeHandler}, which turns unexpected exceptions
 * into a plain 500 and adds the headers every response carries.
 */
public final class StaticSiteServer implements SiteServer {

    private HttpServer server;
    private ExecutorService executor;
    private InetSocketAddress bound;
    private SearchIndex search;
    private nl.pil.serve.LiveReload live;

    /** Seconds a client may take to send a request's headers (and body); the JDK server waits forever by default. */
    static final String REQUEST_TIME_LIMIT = "sun.net.httpserver.maxReqTime";

    static {
        // a client that sends its request slowly (or never) would hold a thread of the pool: a few such clients and
        // patients could not search. Read once, when the JDK's server class loads; a value set by the operator wins.
        if (System.getProperty(REQUEST_TIME_LIMIT) == null) {
            System.setProperty(REQUEST_TIME_LIMIT, "20");
        }
    }

    /** Public and without arguments, as {@link java.util.ServiceLoader} requires. */
    public StaticSiteServer() {
    }

    /**
     * The handlers by context path. The JDK picks the longest matching prefix, so a more specific route
     * (say {@code /api/search}) can be added beside {@code /} without touching the static files.
     */
    static Map<String, HttpHandler> routes(Path siteFolder, SearchIndex search, nl.pil.serve.LiveReload live) {
        Map<String, HttpHandler> routes = new LinkedHashMap<>();
        StaticFiles files = new StaticFiles(siteFolder);
        HttpHandler pages = new HomePage(siteFolder, search, new SearchPages(siteFolder, search, files));
        routes.put("/", live == null ? pages : new LivePages(live, files, pages));
        routes.put("/api/", new SearchApi(search));
        return routes;
    }

    @Override
    public synchronized void enableLiveReload(nl.pil.serve.LiveReload live) {
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
        if (!nl.pil.publish.Publisher.recover(site)) { // a build killed in the middle of its swap left the site beside it

            throw new IOException("nothing to serve: " + site + " is not a folder");
        }
        if (address.isUnresolved()) {
            throw new IOException("cannot listen on " + address.getHostString() + ": unknown host");
        }
        HttpServer http;
        try {
            http = HttpServer.create(address, 0);
        } catch (BindException e) {
            throw new IOException(bindFailure(address, e), e);
        }
        // a watching server holds each open page's status request until the next rebuild: a thread each, so virtual ones
        ExecutorService pool = live != null ? Executors.newVirtualThreadPerTaskExecutor()
                : Executors.newFixedThreadPool(threads(), new NamedThreads());
        http.setExecutor(pool);
        search = new SearchIndex(site);
        routes(site, search, live).forEach((path, handler) -> http.createContext(path, new SafeHandler(handler)));
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

    /** Stops at once: open connections are closed, running handlers get an I/O error and end. */
    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            server = null;
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

    static int threads() {
        return Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    }

    private static String bindFailure(InetSocketAddress address, BindException e) {
        String host = address.getAddress().isAnyLocalAddress() ? "all addresses" : address.getAddress().getHostAddress();
        String reason = String.valueOf(e.getMessage());
        if (reason.toLowerCase(Locale.ROOT).contains("in use")) {
            return "port " + address.getPort() + " is in use on " + host + "; choose another with --port";
        }
        return "cannot listen on " + host + " port " + address.getPort() + " (" + reason
                + "); choose another with --host or --port";
    }

    private static final class NamedThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "pil-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
