package nl.pil.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import nl.pil.model.Diagnostic;
import nl.pil.serve.LiveReload;

/**
 * Live reload for {@code pil watch}: HTML pages get a small script that polls {@code /_pil/status} and reloads
 * after a rebuild or shows the build's errors, and the stylesheet of that error panel (a file, as the site's
 * Content-Security-Policy allows no inline styles). Only installed in watch mode; never on a deployed site.
 */
final class LivePages implements HttpHandler {
    static final String SCRIPT =
            "<link rel=\"stylesheet\" href=\"/_pil/live.css\">" + "<script src=\"/_pil/live.js\" defer></script>";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LiveReload live;
    private final StaticFiles files;
    private final HttpHandler next;

    LivePages(LiveReload live, StaticFiles files, HttpHandler next) {
        this.live = live;
        this.files = files;
        this.next = next;
    }

    /** How long a page's {@code /_pil/status?since=N} waits for a rebuild before answering anyway. */
    static final Duration WAIT = Duration.ofSeconds(20);

    /** The {@code since} version of a status request, or -1 to answer at once. */
    static long since(String rawQuery) {
        if (rawQuery == null) {
            return -1;
        }
        for (String part : rawQuery.split("&")) {
            if (part.startsWith("since=")
                    && part.length() > 6
                    && part.length() <= 25
                    && part.substring(6).chars().allMatch(Character::isDigit)) {
                return Long.parseLong(part.substring(6));
            }
        }
        return -1;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        if (path.equals("/_pil/status")) {
            long since = since(exchange.getRequestURI().getRawQuery());
            if (since >= 0) {
                try {
                    live.awaitNewerThan(since, WAIT);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt(); // the server stops: answer with what is known
                }
            }
            ObjectNode status = JSON.createObjectNode();
            status.put("version", live.version());
            ArrayNode errors = status.putArray("errors");
            for (Diagnostic d : live.errors()) {
                errors.addObject()
                        .put("file", d.file())
                        .put("line", d.line())
                        .put("column", d.column())
                        .put("message", d.message())
                        .put("hint", d.hint());
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            SafeHandler.send(exchange, 200, JSON.writeValueAsBytes(status));
            return;
        }
        if (path.equals("/_pil/live.js") || path.equals("/_pil/live.css")) {
            String name = path.substring("/_pil/".length());
            try (InputStream in = LivePages.class.getResourceAsStream(name)) {
                exchange.getResponseHeaders()
                        .set(
                                "Content-Type",
                                name.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8");
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
                SafeHandler.send(exchange, 200, in.readAllBytes());
            }
            return;
        }
        if (exchange.getRequestMethod().equals("GET")
                && exchange.getRequestURI().getRawQuery() == null) {
            StaticFiles.Target target;
            try {
                target = files.resolve(RequestPath.parse(path));
            } catch (IllegalArgumentException e) {
                target = null;
            }
            if (target instanceof StaticFiles.Found found && files.isPage(found)) {
                String html = Files.readString(found.file(), StandardCharsets.UTF_8);
                int end = html.lastIndexOf("</body>");
                html = end < 0 ? html + SCRIPT : html.substring(0, end) + SCRIPT + html.substring(end);
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
                exchange.getResponseHeaders().set("Content-Security-Policy", StaticFiles.CONTENT_SECURITY_POLICY);
                SafeHandler.send(exchange, 200, html.getBytes(StandardCharsets.UTF_8));
                return;
            }
        }
        next.handle(exchange);
    }
}
