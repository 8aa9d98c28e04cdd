package nl.pil.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Wraps every route: adds the headers that all responses carry (a locked-down Content-Security-Policy, which
 * pages replace with their own), answers 500 (short plain text, no stack
 * trace) when the handler fails unexpectedly, and always closes the exchange.
 */
final class SafeHandler implements HttpHandler {

    private final HttpHandler handler;

    SafeHandler(HttpHandler handler) {
        this.handler = handler;
    }

    @Override
    public void handle(HttpExchange exchange) {
        try {
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.getResponseHeaders().set("Content-Security-Policy", StaticFiles.SANDBOX_POLICY);
            exchange.getResponseHeaders().set("Referrer-Policy", "same-origin");
            handler.handle(exchange);
        } catch (Exception | StackOverflowError e) {
            if (exchange.getResponseCode() == -1) {
                System.err.println("pil: 500 for " + exchange.getRequestMethod() + " "
                        + exchange.getRequestURI().getRawPath() + ": " + e);
                try {
                    sendText(exchange, 500, "Internal server error");
                } catch (IOException | RuntimeException ignored) {
                    // the client is gone; nothing more to do
                }
            } else if (!(e instanceof IOException)) {
                // headers (and maybe part of the body) are out: the connection can only be dropped
                System.err.println("pil: failed while answering " + exchange.getRequestMethod() + " "
                        + exchange.getRequestURI().getRawPath() + ": " + e);
            }
            // an IOException after the headers went out is a client that went away: not worth a log line
        } finally {
            try {
                exchange.close();
            } catch (RuntimeException ignored) {
                // closing a broken exchange; the JDK drops the connection
            }
        }
    }

    /** A short plain-text response (the body is left out for HEAD). */
    static void sendText(HttpExchange exchange, int status, String message) throws IOException {
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        send(exchange, status, body);
    }

    /** Sends {@code body} with its length; for HEAD only the headers, with the length the body would have. */
    static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        if (isHead(exchange)) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /**
     * Sends an answer made per request (search results), gzipped when the client accepts gzip and it is larger than
     * {@link StaticFiles#GZIP_THRESHOLD}; {@code Vary} tells caches that it depends. Compressed quickly rather than
     * small: it is compressed for one client, once.
     */
    static void sendCompressible(HttpExchange exchange, int status, byte[] body) throws IOException {
        sendCompressible(exchange, status, new AnswerCache.Answer(body));
    }

    /** The same for an answer that may already hold its gzipped form (compressed once, sent many times). */
    static void sendCompressible(HttpExchange exchange, int status, AnswerCache.Answer answer) throws IOException {
        exchange.getResponseHeaders().set("Vary", "Accept-Encoding");
        byte[] body = answer.json();
        if (body.length > StaticFiles.GZIP_THRESHOLD
                && StaticFiles.acceptsGzip(exchange.getRequestHeaders().get("Accept-Encoding"))) {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            body = answer.gzipped();
        }
        send(exchange, status, body);
    }

    static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(body.length / 3 + 64);
        try (OutputStream out = new GZIPOutputStream(buffer, 8192) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }) {
            out.write(body);
        }
        return buffer.toByteArray();
    }

    static boolean isHead(HttpExchange exchange) {
        return "HEAD".equals(exchange.getRequestMethod());
    }
}
