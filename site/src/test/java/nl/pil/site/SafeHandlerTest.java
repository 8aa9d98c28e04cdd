package nl.pil.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SafeHandlerTest {

    private HttpServer server;
    private HttpClient client;
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @BeforeEach
    void setUp() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.createContext("/boom", new SafeHandler(exchange -> {
            throw new IllegalStateException("internal detail /srv/secret/path");
        }));
        server.createContext("/io", new SafeHandler(exchange -> {
            throw new IOException("disk on fire");
        }));
        server.createContext("/ok", new SafeHandler(exchange -> SafeHandler.sendText(exchange, 200, "fine")));
        server.start();
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        originalErr = System.err;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void tearDown() {
        System.setErr(originalErr);
        server.stop(0);
        client.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create(
                                "http://127.0.0.1:" + server.getAddress().getPort() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void turnsAnUnexpectedExceptionIntoAPlain500WithoutDetails() throws Exception {
        HttpResponse<String> response = get("/boom");
        assertEquals(500, response.statusCode());
        assertEquals(
                "text/plain; charset=utf-8",
                response.headers().firstValue("Content-Type").orElse(null));
        assertEquals("Internal server error", response.body().trim());
        assertFalse(response.body().contains("secret"));
        assertFalse(response.body().contains("IllegalStateException"));
        assertEquals(
                "nosniff",
                response.headers().firstValue("X-Content-Type-Options").orElse(null));

        assertEquals(500, get("/io").statusCode());
        assertEquals(200, get("/ok").statusCode(), "the server keeps serving after a failure");

        String logged = log.toString(StandardCharsets.UTF_8);
        assertEquals(2, logged.lines().count(), logged);
        assertEquals(
                "pil: 500 for GET /boom: java.lang.IllegalStateException: internal detail /srv/secret/path",
                logged.lines().findFirst().orElseThrow());
    }

    @Test
    void addsTheCommonHeadersToEveryResponse() throws Exception {
        HttpResponse<String> response = get("/ok");
        assertEquals("fine", response.body().trim());
        assertEquals(
                "nosniff",
                response.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertEquals(
                "same-origin", response.headers().firstValue("Referrer-Policy").orElse(null));
    }
}
