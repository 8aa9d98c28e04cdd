package nl.pil.site;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import nl.pil.publish.Publisher;
import nl.pil.serve.SiteServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class StaticSiteServerTest {

    private static final String SECRET = "TOP-SECRET-PATIENT-DATA";
    private static final String NOT_FOUND_PAGE =
            "<!DOCTYPE html><title>Niet gevonden</title><h1>Pagina niet gevonden</h1>";

    @TempDir
    Path temp;

    private Path site;
    private StaticSiteServer server;
    private HttpClient client;
    private String ctScanPage;

    @BeforeEach
    void setUp() throws IOException {
        site = temp.resolve("site");
        Files.createDirectories(site);
        write("index.html", "<!DOCTYPE html><title>Home</title><h1>Welkom</h1>");
        write("nl/index.html", "<!DOCTYPE html><title>NL</title><h1>Folders</h1>");
        StringBuilder body = new StringBuilder("<!DOCTYPE html><title>CT-scan</title>"
                + "<script type=\"application/ld+json\">{\"@type\":\"MedicalWebPage\"}</script>\n");
        for (int i = 0; body.length() < 6000; i++) {
            body.append("<p>Een CT-scan maakt dwarsdoorsneden van uw lichaam (alinea ")
                    .append(i)
                    .append(").</p>\n");
        }
        ctScanPage = body.toString();
        write("nl/ct-scan/index.html", ctScanPage);
        write("assets/pil.css", "body { font-family: sans-serif; }\n");
        write("404.html", NOT_FOUND_PAGE);
        write("robots.txt", "User-agent: *\nAllow: /\n");
        write("sitemap.xml", "<?xml version=\"1.0\"?><urlset/>");
        Files.write(site.resolve("nl/ct-scan/scan.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        Files.write(site.resolve("nl/ct-scan/folder.pdf"), "%PDF-1.7 fake".getBytes(UTF_8));
        Files.write(site.resolve("data.bin"), new byte[] {1, 2, 3});
        Files.writeString(temp.resolve("secret.txt"), SECRET);
        Files.createDirectories(temp.resolve("outside"));
        Files.writeString(temp.resolve("outside/secret.txt"), SECRET);
        Files.createSymbolicLink(site.resolve("link-to-secret.txt"), temp.resolve("secret.txt"));
        Files.createSymbolicLink(site.resolve("outside"), temp.resolve("outside"));

        server = new StaticSiteServer();
        server.start(site, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    @AfterEach
    void tearDown() {
        server.close();
        client.close();
    }

    // ---------------------------------------------------------------- serving

    @Test
    void servesTheHomePageAsHtmlWithSecurityAndCachingHeaders() throws Exception {
        HttpResponse<String> response = get("/");
        assertEquals(200, response.statusCode());
        assertEquals("<!DOCTYPE html><title>Home</title><h1>Welkom</h1>", response.body());
        assertEquals("text/html; charset=utf-8", header(response, "Content-Type"));
        assertEquals("nosniff", header(response, "X-Content-Type-Options"));
        assertEquals("same-origin", header(response, "Referrer-Policy"));
        assertEquals("no-cache", header(response, "Cache-Control"));
        String csp = header(response, "Content-Security-Policy");
        assertTrue(csp.contains("script-src 'self'"), csp);
        assertTrue(csp.contains("style-src 'self'"), csp);
        assertTrue(csp.contains("img-src 'self'"), csp);
        assertTrue(csp.contains("font-src 'self'"), csp);
        assertFalse(csp.contains("unsafe-inline"), csp);
        assertTrue(header(response, "ETag").matches("\"[0-9a-f]+-[0-9a-f]+\""), header(response, "ETag"));
        Instant modified = Files.getLastModifiedTime(site.resolve("index.html")).toInstant();
        assertEquals(StaticFiles.httpDate(modified), header(response, "Last-Modified"));
    }

    @Test
    void givesEachFileTypeItsContentTypeAndCachePolicy() throws Exception {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("/assets/pil.css", "text/css; charset=utf-8");
        expected.put("/robots.txt", "text/plain; charset=utf-8");
        expected.put("/sitemap.xml", "application/xml; charset=utf-8");
        expected.put("/nl/ct-scan/scan.png", "image/png");
        expected.put("/nl/ct-scan/folder.pdf", "application/pdf");
        expected.put("/data.bin", "application/octet-stream");
        for (Map.Entry<String, String> entry : expected.entrySet()) {
            HttpResponse<byte[]> response = getBytes(entry.getKey(), Map.of());
            assertEquals(200, response.statusCode(), entry.getKey());
            assertEquals(entry.getValue(), header(response, "Content-Type"), entry.getKey());
            assertEquals("public, max-age=3600", header(response, "Cache-Control"), entry.getKey());
            // not a page: nothing runs and nothing loads, should a browser render it anyway
            String policy = entry.getKey().endsWith(".pdf") ? StaticFiles.PDF_POLICY : StaticFiles.SANDBOX_POLICY;
            assertEquals(policy, header(response, "Content-Security-Policy"), entry.getKey());
            assertEquals("nosniff", header(response, "X-Content-Type-Options"), entry.getKey());
            assertArrayEquals(
                    Files.readAllBytes(site.resolve(entry.getKey().substring(1))), response.body(), entry.getKey());
        }
    }

    @Test
    void mapsEveryListedExtension() throws Exception {
        Map<String, String> expected = Map.ofEntries(
                Map.entry("a.html", "text/html; charset=utf-8"),
                Map.entry("a.css", "text/css; charset=utf-8"),
                Map.entry("a.js", "text/javascript; charset=utf-8"),
                Map.entry("a.json", "application/json; charset=utf-8"),
                Map.entry("a.xml", "application/xml; charset=utf-8"),
                Map.entry("a.txt", "text/plain; charset=utf-8"),
                Map.entry("a.svg", "image/svg+xml; charset=utf-8"),
                Map.entry("a.png", "image/png"),
                Map.entry("a.jpg", "image/jpeg"),
                Map.entry("A.JPEG", "image/jpeg"),
                Map.entry("a.gif", "image/gif"),
                Map.entry("a.webp", "image/webp"),
                Map.entry("a.pdf", "application/pdf"),
                Map.entry("a.woff2", "font/woff2"),
                Map.entry("favicon.ico", "image/x-icon"),
                Map.entry("a.exe", "application/octet-stream"),
                Map.entry("README", "application/octet-stream"));
        for (Map.Entry<String, String> entry : expected.entrySet()) {
            write("types/" + entry.getKey(), "x");
            HttpResponse<String> response = get("/types/" + entry.getKey());
            assertEquals(200, response.statusCode(), entry.getKey());
            assertEquals(entry.getValue(), header(response, "Content-Type"), entry.getKey());
        }
    }

    @Test
    void servesTheIndexOfAFolderAskedForWithASlash() throws Exception {
        HttpResponse<String> response = get("/nl/ct-scan/");
        assertEquals(200, response.statusCode());
        assertEquals(ctScanPage, response.body());
        assertEquals(
                "<!DOCTYPE html><title>NL</title><h1>Folders</h1>", get("/nl/").body());
    }

    @Test
    void redirectsAFolderWithoutItsSlashKeepingTheQuery() throws Exception {
        HttpResponse<String> response = get("/nl/ct-scan?utm=folder&x=%C3%A9");
        assertEquals(301, response.statusCode());
        assertEquals("/nl/ct-scan/?utm=folder&x=%C3%A9", header(response, "Location"));

        HttpResponse<String> plain = get("/nl");
        assertEquals(301, plain.statusCode());
        assertEquals("/nl/", header(plain, "Location"));
    }

    @Test
    void aFileAskedForAsAFolderIsNotFound() throws Exception {
        assertEquals(404, get("/robots.txt/").statusCode());
        assertEquals(404, get("/nl/index.html/x").statusCode());
    }

    @Test
    void servesAnEmptyFile() throws Exception {
        Files.write(site.resolve("empty.txt"), new byte[0]);
        HttpResponse<String> response = get("/empty.txt");
        assertEquals(200, response.statusCode());
        assertEquals("", response.body());
        assertEquals("0", header(response, "Content-Length"));
    }

    @Test
    void headSendsTheHeadersWithTheLengthButNoBody() throws Exception {
        RawResponse response = raw("HEAD /nl/ct-scan/ HTTP/1.1");
        assertEquals(200, response.status());
        assertEquals(
                Long.toString(Files.size(site.resolve("nl/ct-scan/index.html"))), response.header("Content-Length"));
        assertEquals("text/html; charset=utf-8", response.header("Content-Type"));
        assertNotNull(response.header("ETag"));
        assertEquals(0, response.body().length, "HEAD must not send a body");

        HttpResponse<String> viaClient = client.send(
                request("/assets/pil.css")
                        .method("HEAD", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, viaClient.statusCode());
        assertEquals("", viaClient.body());
        assertEquals(Long.toString(Files.size(site.resolve("assets/pil.css"))), header(viaClient, "Content-Length"));
    }

    @Test
    void headOfAMissingPageHasTheLengthOfThe404Page() throws Exception {
        RawResponse response = raw("HEAD /nl/nope/ HTTP/1.1");
        assertEquals(404, response.status());
        assertEquals(Integer.toString(NOT_FOUND_PAGE.getBytes(UTF_8).length), response.header("Content-Length"));
        assertEquals(0, response.body().length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "get"})
    void refusesOtherMethodsWith405(String method) throws Exception {
        HttpResponse<String> response = client.send(
                request("/index.html")
                        .method(method, HttpRequest.BodyPublishers.ofString("x=1"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, response.statusCode());
        assertEquals("GET, HEAD", header(response, "Allow"));
        assertTrue(header(response, "Content-Type").startsWith("text/plain"));
    }

    @Test
    void answersAnUnknownPathWithThe404Page() throws Exception {
        HttpResponse<String> response = get("/nl/bestaat-niet/");
        assertEquals(404, response.statusCode());
        assertEquals(NOT_FOUND_PAGE, response.body());
        assertEquals("text/html; charset=utf-8", header(response, "Content-Type"));
        assertNotNull(header(response, "Content-Security-Policy"));
        assertEquals(404, get("/missing.css").statusCode());
    }

    @Test
    void answersAnUnknownPathWithPlainTextWithoutA404Page() throws Exception {
        Files.delete(site.resolve("404.html"));
        HttpResponse<String> response = get("/nl/bestaat-niet/");
        assertEquals(404, response.statusCode());
        assertEquals("text/plain; charset=utf-8", header(response, "Content-Type"));
        assertEquals("Not found", response.body().trim());
    }

    // ---------------------------------------------------------------- path safety

    static List<String> hostileTargets() {
        return List.of(
                "/../secret.txt",
                "/../../secret.txt",
                "/%2e%2e/secret.txt",
                "/%2E%2E/secret.txt",
                "/.%2e/secret.txt",
                "/nl/..%2f..%2fsecret.txt",
                "/nl/%2e%2e%2f%2e%2e%2fsecret.txt",
                "/%2e%2e%5csecret.txt",
                "/..%5c..%5csecret.txt",
                "/nl%00/index.html",
                "/secret.txt%00.html",
                "/%zz",
                "/%c3%28",
                "/%c0%ae%c0%ae/secret.txt",
                "/%252e%252e/secret.txt",
                "//secret.txt",
                "/nl//../../secret.txt",
                "/./../secret.txt",
                "/outside/secret.txt",
                "/outside/",
                "/outside",
                "/link-to-secret.txt",
                "/..\\secret.txt",
                "/nl/\\..\\..\\secret.txt",
                "../secret.txt",
                "/" + "%2e%2e/".repeat(30) + "secret.txt",
                "http://localhost/../secret.txt",
                "/" + "a".repeat(300) + "/x",
                "/" + "a".repeat(5000));
    }

    @ParameterizedTest
    @MethodSource("hostileTargets")
    void neverServesAFileOutsideTheSiteAndNeverFails(String target) throws Exception {
        RawResponse response = raw("GET " + target + " HTTP/1.1");
        assertTrue(response.status() == 400 || response.status() == 404, target + " answered " + response.status());
        assertFalse(new String(response.body(), ISO_8859_1).contains(SECRET), target + " leaked the secret");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/%zz",
                "/%c3%28",
                "/nl%00/index.html",
                "/%2e%2e/secret.txt",
                "/nl/..%2f..%2fsecret.txt",
                "/%2e%2e%5csecret.txt",
                "/../secret.txt"
            })
    void badPathsAre400(String target) throws Exception {
        RawResponse response = raw("GET " + target + " HTTP/1.1");
        assertEquals(400, response.status(), target);
    }

    @Test
    void ourOwn400IsPlainText() throws Exception {
        RawResponse response = raw("GET /%c3%28 HTTP/1.1");
        assertEquals(400, response.status());
        assertEquals("text/plain; charset=utf-8", response.header("Content-Type"));
        assertTrue(new String(response.body(), UTF_8).startsWith("Bad request"));
    }

    @Test
    void doesNotFollowSymlinksOutOfTheSiteButDoesInsideIt() throws Exception {
        assertEquals(404, get("/link-to-secret.txt").statusCode());
        assertEquals(404, get("/outside/secret.txt").statusCode());
        assertEquals(404, get("/outside/").statusCode());

        Files.createSymbolicLink(site.resolve("home.html"), site.resolve("index.html"));
        HttpResponse<String> inside = get("/home.html");
        assertEquals(200, inside.statusCode());
        assertEquals("<!DOCTYPE html><title>Home</title><h1>Welkom</h1>", inside.body());
    }

    @Test
    void survivesSymlinkLoopsAndSpecialFiles() throws Exception {
        Files.createSymbolicLink(site.resolve("loop-a"), site.resolve("loop-b"));
        Files.createSymbolicLink(site.resolve("loop-b"), site.resolve("loop-a"));
        assertEquals(404, get("/loop-a").statusCode());
        assertEquals(404, get("/loop-a/").statusCode());

        Path fifo = site.resolve("pipe.txt");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            mkfifo = null;
        }
        assumeTrue(mkfifo != null && mkfifo.waitFor() == 0 && Files.exists(fifo), "mkfifo not available");
        // a named pipe must be refused, not opened (opening one blocks until a writer comes)
        assertEquals(404, get("/pipe.txt").statusCode());
    }

    @Test
    void hidesHiddenFilesAndStagingFolders() throws Exception {
        write(".site.new-x/index.html", "staged " + SECRET);
        write(".env", SECRET);
        write("nl/.git/config", SECRET);
        Files.createSymbolicLink(site.resolve("visible-link"), site.resolve(".site.new-x"));
        for (String target : List.of(
                "/.site.new-x/index.html",
                "/.site.new-x/",
                "/.site.new-x",
                "/.env",
                "/nl/.git/config",
                "/%2esite.new-x/index.html",
                "/visible-link/index.html")) {
            HttpResponse<String> response = get(target);
            assertEquals(404, response.statusCode(), target);
            assertFalse(response.body().contains(SECRET), target);
        }
    }

    // ---------------------------------------------------------------- caching

    @Test
    void answers304WhenTheETagMatches() throws Exception {
        HttpResponse<String> first = get("/nl/ct-scan/");
        String etag = header(first, "ETag");

        HttpResponse<String> again =
                send(request("/nl/ct-scan/").header("If-None-Match", etag).build());
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(etag, header(again, "ETag"));

        assertEquals(
                304,
                send(request("/nl/ct-scan/")
                                .header("If-None-Match", "\"other\", W/" + etag)
                                .build())
                        .statusCode());
        assertEquals(
                304,
                send(request("/nl/ct-scan/").header("If-None-Match", "*").build())
                        .statusCode());
        HttpResponse<String> changed = send(
                request("/nl/ct-scan/").header("If-None-Match", "\"other\"").build());
        assertEquals(200, changed.statusCode());
        assertEquals(ctScanPage, changed.body());
    }

    @Test
    void honoursIfModifiedSince() throws Exception {
        String lastModified = header(get("/assets/pil.css"), "Last-Modified");
        assertEquals(
                304,
                send(request("/assets/pil.css")
                                .header("If-Modified-Since", lastModified)
                                .build())
                        .statusCode());
        assertEquals(
                200,
                send(request("/assets/pil.css")
                                .header("If-Modified-Since", "Sun, 06 Nov 1994 08:49:37 GMT")
                                .build())
                        .statusCode());
        assertEquals(
                200,
                send(request("/assets/pil.css")
                                .header("If-Modified-Since", "yesterday")
                                .build())
                        .statusCode());
        // If-None-Match wins over If-Modified-Since
        assertEquals(
                200,
                send(request("/assets/pil.css")
                                .header("If-Modified-Since", lastModified)
                                .header("If-None-Match", "\"stale\"")
                                .build())
                        .statusCode());
    }

    @Test
    void theETagChangesWhenTheFileChanges() throws Exception {
        String before = header(get("/assets/pil.css"), "ETag");
        write("assets/pil.css", "body { font-family: serif; color: #123; }\n");
        Files.setLastModifiedTime(
                site.resolve("assets/pil.css"),
                java.nio.file.attribute.FileTime.from(Instant.now().plusSeconds(5)));
        HttpResponse<String> after =
                send(request("/assets/pil.css").header("If-None-Match", before).build());
        assertEquals(200, after.statusCode());
        assertNotEquals(before, header(after, "ETag"));
    }

    // ---------------------------------------------------------------- gzip

    @Test
    void gzipsLargeTextWhenTheClientAcceptsIt() throws Exception {
        HttpResponse<byte[]> response = getBytes("/nl/ct-scan/", Map.of("Accept-Encoding", "gzip, deflate, br"));
        assertEquals(200, response.statusCode());
        assertEquals("gzip", header(response, "Content-Encoding"));
        assertEquals("Accept-Encoding", header(response, "Vary"));
        assertEquals("text/html; charset=utf-8", header(response, "Content-Type"));
        byte[] unzipped;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            unzipped = in.readAllBytes();
        }
        assertArrayEquals(Files.readAllBytes(site.resolve("nl/ct-scan/index.html")), unzipped);
        assertTrue(response.body().length < unzipped.length);
    }

    @Test
    void sendsIdentityWithoutGzipInAcceptEncoding() throws Exception {
        for (Map<String, String> headers : List.of(
                Map.<String, String>of(),
                Map.of("Accept-Encoding", "br, deflate"),
                Map.of("Accept-Encoding", "gzip;q=0, *"),
                Map.of("Accept-Encoding", "identity"))) {
            HttpResponse<byte[]> response = getBytes("/nl/ct-scan/", headers);
            assertEquals(200, response.statusCode(), headers.toString());
            assertTrue(response.headers().firstValue("Content-Encoding").isEmpty(), headers.toString());
            assertEquals("Accept-Encoding", header(response, "Vary"), headers.toString());
            assertArrayEquals(Files.readAllBytes(site.resolve("nl/ct-scan/index.html")), response.body());
        }
    }

    @Test
    void doesNotGzipSmallOrBinaryFiles() throws Exception {
        byte[] image = new byte[4000];
        Files.write(site.resolve("big.png"), image);
        for (String target : List.of("/assets/pil.css", "/big.png")) {
            HttpResponse<byte[]> response = getBytes(target, Map.of("Accept-Encoding", "gzip"));
            assertEquals(200, response.statusCode(), target);
            assertTrue(response.headers().firstValue("Content-Encoding").isEmpty(), target);
            assertArrayEquals(Files.readAllBytes(site.resolve(target.substring(1))), response.body(), target);
        }
    }

    @Test
    void gzippedAndIdentityHaveDifferentETags() throws Exception {
        String identity = header(getBytes("/nl/ct-scan/", Map.of()), "ETag");
        String gzipped = header(getBytes("/nl/ct-scan/", Map.of("Accept-Encoding", "gzip")), "ETag");
        assertNotEquals(identity, gzipped);
        HttpResponse<byte[]> revalidated =
                getBytes("/nl/ct-scan/", Map.of("Accept-Encoding", "gzip", "If-None-Match", gzipped));
        assertEquals(304, revalidated.statusCode());
    }

    // ---------------------------------------------------------------- the folder changing underneath

    @Test
    void servesNewContentAfterAFileIsReplaced() throws Exception {
        assertTrue(get("/nl/ct-scan/").body().contains("CT-scan"));
        Files.delete(site.resolve("nl/ct-scan/index.html"));
        assertEquals(404, get("/nl/ct-scan/").statusCode());
        write("nl/ct-scan/index.html", "<p>Nieuwe versie</p>");
        HttpResponse<String> response = get("/nl/ct-scan/");
        assertEquals(200, response.statusCode());
        assertEquals("<p>Nieuwe versie</p>", response.body());
    }

    @Test
    void servesTheNewSiteAfterThePublisherSwapsTheFolder() throws Exception {
        assertEquals(200, get("/nl/ct-scan/").statusCode());
        new Publisher().publish(site, folder -> {
            Files.createDirectories(folder.resolve("en"));
            Files.writeString(folder.resolve("index.html"), "<p>New home</p>");
            Files.writeString(folder.resolve("en/index.html"), "<p>English</p>");
        });
        assertEquals("<p>New home</p>", get("/").body());
        assertEquals("<p>English</p>", get("/en/").body());
        assertEquals(404, get("/nl/ct-scan/").statusCode());
    }

    @Test
    void answers503WhileTheSiteFolderIsMissing() throws Exception {
        Path away = temp.resolve("away");
        Files.move(site, away);
        HttpResponse<String> response = get("/");
        assertEquals(503, response.statusCode());
        assertEquals("1", header(response, "Retry-After"));
        Files.move(away, site);
        assertEquals(200, get("/").statusCode());
    }

    // ---------------------------------------------------------------- the server itself

    @Test
    void reportsAPortInUseClearly() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                StaticSiteServer second = new StaticSiteServer()) {
            var e = assertThrows(
                    nl.pil.serve.PortInUseException.class,
                    () -> second.start(
                            site, new InetSocketAddress(InetAddress.getLoopbackAddress(), taken.getLocalPort())));
            int free = e.free().orElseThrow();
            assertTrue(free > taken.getLocalPort(), e::getMessage);
            assertEquals("port " + taken.getLocalPort() + " is in use; try --port " + free, e.getMessage());
            try (ServerSocket suggested = new ServerSocket(free, 50, InetAddress.getLoopbackAddress())) {
                assertTrue(suggested.isBound(), "the port suggested was free");
            }
        }
    }

    @Test
    void refusesToServeAFolderThatDoesNotExist() {
        try (StaticSiteServer other = new StaticSiteServer()) {
            IOException e = assertThrows(
                    IOException.class,
                    () -> other.start(
                            temp.resolve("nope"), new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)));
            assertTrue(e.getMessage().contains("nope"), e.getMessage());
        }
    }

    @Test
    void reportsTheBoundPortAndCannotStartTwice() {
        InetSocketAddress address = server.address();
        assertTrue(address.getPort() > 0);
        assertTrue(address.getAddress().isLoopbackAddress());
        assertThrows(IllegalStateException.class, () -> server.start(site, address));
        assertThrows(IllegalStateException.class, () -> new StaticSiteServer().address());
    }

    @Test
    void closeStopsPromptlyAndFreesThePort() throws Exception {
        assertEquals(200, get("/").statusCode());
        int port = server.address().getPort();
        long started = System.nanoTime();
        server.close();
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 3000, "close() took too long");
        assertThrows(ConnectException.class, () -> new Socket(InetAddress.getLoopbackAddress(), port).close());
        server.close(); // twice is harmless
        try (ServerSocket again = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
            assertEquals(port, again.getLocalPort());
        }
    }

    @Test
    void handlesABurstOfConcurrentRequests() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(32);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String target = i % 3 == 0 ? "/nl/ct-scan/" : i % 3 == 1 ? "/assets/pil.css" : "/nope";
                Callable<Integer> call = () -> get(target).statusCode();
                results.add(clients.submit(call));
            }
            int ok = 0;
            int missing = 0;
            for (Future<Integer> result : results) {
                int status = result.get();
                if (status == 200) {
                    ok++;
                } else if (status == 404) {
                    missing++;
                }
            }
            assertEquals(134, ok);
            assertEquals(66, missing);
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void aWatchingServerHoldsStatusRequestsUntilTheNextBuild() throws Exception {
        server.close();
        nl.pil.serve.LiveReload live = new nl.pil.serve.LiveReload();
        server = new StaticSiteServer();
        server.enableLiveReload(live);
        server.start(site, new InetSocketAddress("127.0.0.1", 0));
        String base = "/_pil/status";
        assertTrue(get(base).body().contains("\"version\":1"), "without 'since' the answer comes at once");
        assertTrue(get(base + "?since=rubbish").body().contains("\"version\":1"));

        // several open pages wait at once; none holds up the others or ordinary pages
        ExecutorService tabs = Executors.newFixedThreadPool(12);
        try {
            List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> waiting = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                waiting.add(java.util.concurrent.CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                return get(base + "?since=1");
                            } catch (Exception e) {
                                throw new java.util.concurrent.CompletionException(e);
                            }
                        },
                        tabs));
            }
            // the first answer to come, if any: a held request answers only after the next build (or 20 s)
            assertThrows(
                    java.util.concurrent.TimeoutException.class,
                    () -> java.util.concurrent.CompletableFuture.anyOf(
                                    waiting.toArray(java.util.concurrent.CompletableFuture[]::new))
                            .get(300, java.util.concurrent.TimeUnit.MILLISECONDS),
                    "no answer before the next build");
            assertEquals(200, get("/nl/").statusCode());
            Instant built = Instant.now();
            live.built(List.of());
            for (java.util.concurrent.CompletableFuture<HttpResponse<String>> answer : waiting) {
                HttpResponse<String> response = answer.get(5, java.util.concurrent.TimeUnit.SECONDS);
                assertTrue(response.body().contains("\"version\":2"), response.body());
            }
            assertTrue(
                    Duration.between(built, Instant.now()).toMillis() < 2000,
                    "answered as soon as the build was recorded");
        } finally {
            tabs.shutdownNow();
        }
    }

    @Test
    void twentyTricklingClientsHoldUpNoOneAndAreCutOffAfterTheRequestTimeLimit() throws Exception {
        // the site module's tests run with a 2-second limit (pom.xml); pil serve's default is 5 seconds
        assertEquals("2", System.getProperty(StaticSiteServer.REQUEST_TIME_LIMIT));
        int port = server.address().getPort();
        List<Socket> slow = new ArrayList<>();
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        try {
            List<Future<Long>> cutOff = new ArrayList<>();
            java.util.concurrent.CountDownLatch trickling = new java.util.concurrent.CountDownLatch(20);
            Instant opened = Instant.now();
            for (int i = 0; i < 20; i++) {
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
                socket.setSoTimeout(15_000);
                slow.add(socket);
                // a header sent a byte at a time, every 100 ms, never finished
                threads.submit(() -> {
                    byte[] head = "GET /nl/ HTTP/1.1\r\nHost: localhost\r\nX-Slow: ".getBytes(ISO_8859_1);
                    OutputStream out = socket.getOutputStream();
                    for (int b = 0; ; b++) {
                        out.write(b < head.length ? head[b] : 'a');
                        out.flush();
                        if (b == 2) {
                            trickling.countDown(); // connected, and sending its header slowly
                        }
                        Thread.sleep(100); // the slow client's pace, not a wait for the test
                    }
                });
                cutOff.add(threads.submit(() -> {
                    readToEnd(socket);
                    return Duration.between(opened, Instant.now()).toMillis();
                }));
            }
            assertTrue(trickling.await(10, java.util.concurrent.TimeUnit.SECONDS), "all of them are trickling now");
            long slowest = 0;
            for (int i = 0; i < 10; i++) {
                long start = System.nanoTime();
                assertEquals(
                        200,
                        get(i % 2 == 0 ? "/nl/" : "/assets/pil.css").statusCode(),
                        "a patient's request is answered");
                slowest = Math.max(slowest, (System.nanoTime() - start) / 1_000_000);
            }
            assertTrue(slowest < 1000, "a request took " + slowest + " ms while slow clients were connected");
            for (Future<Long> closedAfter : cutOff) {
                long millis = closedAfter.get(15, java.util.concurrent.TimeUnit.SECONDS);
                // the limit (2 s) plus the server's once-a-second check, and some slack for a busy machine
                assertTrue(millis >= 1500 && millis < 6000, "a trickling client was cut off after " + millis + " ms");
            }
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
            threads.shutdownNow();
        }
    }

    /** The last byte read before the server closed the connection (-1 if it sent nothing). */
    private static int readToEnd(Socket socket) throws IOException {
        try {
            InputStream in = socket.getInputStream();
            int last = -1;
            for (int b = in.read(); b != -1; b = in.read()) {
                last = b;
            }
            return last;
        } catch (java.net.SocketException e) {
            return -1; // reset by the server: disconnected as well
        }
    }

    @Test
    void isFoundThroughTheServiceLoader() {
        SiteServer found = SiteServer.find().orElseThrow();
        assertInstanceOf(StaticSiteServer.class, found);
        found.close();
    }

    // ---------------------------------------------------------------- helpers

    private void write(String relative, String content) throws IOException {
        Path file = site.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private HttpRequest.Builder request(String target) {
        return HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.address().getPort() + target))
                .timeout(Duration.ofSeconds(10));
    }

    private HttpResponse<String> get(String target) throws IOException, InterruptedException {
        return send(request(target).build());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> getBytes(String target, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder builder = request(target);
        headers.forEach(builder::header);
        return client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    record RawResponse(int status, Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** Sends a request line as is (for targets HttpClient refuses to send) and reads until the server closes. */
    private RawResponse raw(String requestLine) throws IOException {
        try (Socket socket =
                new Socket(InetAddress.getLoopbackAddress(), server.address().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(ISO_8859_1));
            out.flush();
            byte[] all = socket.getInputStream().readAllBytes();
            String text = new String(all, ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            assertTrue(end > 0, "no complete response head: " + text);
            String[] lines = text.substring(0, end).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(
                        lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.write(all, end + 4, all.length - end - 4);
            return new RawResponse(status, headers, body.toByteArray());
        }
    }
}
