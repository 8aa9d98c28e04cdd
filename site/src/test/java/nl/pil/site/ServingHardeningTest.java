package nl.pil.site;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Security headers on every response, writer attachments kept out of the site's origin, and byte ranges. */
class ServingHardeningTest {
    @TempDir
    Path temp;

    Path site;
    StaticSiteServer server;
    HttpClient client;
    byte[] pdf;

    @BeforeEach
    void start() throws IOException {
        site = temp.resolve("site");
        write("index.html", "<!DOCTYPE html><title>Home</title>");
        write("404.html", "<!DOCTYPE html><title>Niet gevonden</title>");
        write("nl/index.html", "<!DOCTYPE html><title>NL</title>");
        write("nl/ct-scan/index.html", "<!DOCTYPE html><title>CT</title>");
        write("nl/search/index.html", "<!DOCTYPE html><title>Zoeken</title><!--pil:search-results-->");
        write("assets/pil.js", "document.documentElement.dataset.js = '1';");
        write("assets/pil.css", "body{}");
        write("sitemap.xml", "<?xml version=\"1.0\"?><urlset/>");
        // what a writer could put beside a leaflet
        write("nl/ct-scan/x.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");
        write("nl/ct-scan/evil.html", "<script src=\"evil.js\"></script>");
        write("nl/ct-scan/evil.js", "alert(document.cookie)");
        write("nl/ct-scan/files/index.html", "<script>alert(1)</script>");
        write("nl/ct-scan/data.xml", "<x/>");
        write("nl/ct-scan/page.xhtml", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><script>alert(1)</script></html>");
        write("nl/ct-scan/notes.weird", "?");
        pdf = new byte[100_000];
        for (int i = 0; i < pdf.length; i++) {
            pdf[i] = (byte) (i * 31 + 7);
        }
        Files.write(site.resolve("nl/ct-scan/folder.pdf"), pdf);
        StringBuilder text = new StringBuilder();
        while (text.length() < 5000) {
            text.append("Uitleg over de scan, regel voor regel. ");
        }
        write("nl/ct-scan/uitleg.txt", text.toString());
        server = new StaticSiteServer();
        server.start(site, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @AfterEach
    void stop() {
        server.close();
        client.close();
    }

    private void write(String relative, String content) throws IOException {
        Path file = site.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, UTF_8);
    }

    private HttpResponse<byte[]> send(String method, String target, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.address().getPort() + target))
                .timeout(Duration.ofSeconds(10))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> get(String target, String... headers) throws Exception {
        return send("GET", target, headers);
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    // ---------------------------------------------------------------- headers on every response

    @ParameterizedTest
    @CsvSource({
        "GET, /, 200",
        "GET, /nl/ct-scan/, 200",
        "GET, /nope, 404",
        "GET, /nl, 301",
        "GET, /a%00b, 400",
        "DELETE, /, 405",
        "GET, /api/search?q=scan, 503",
        "GET, /api/nope, 404",
        "POST, /api/search, 405",
        "GET, /api/search?lang=xx, 503",
        "GET, /nl/search/?q=scan, 503",
        "GET, /search?q=scan, 302",
        "GET, /nl/ct-scan/folder.pdf, 200",
        "GET, /assets/pil.js, 200",
        "GET, /nl/ct-scan/x.svg, 200"
    })
    void everyResponseCarriesAPolicyAndNosniff(String method, String target, int status) throws Exception {
        HttpResponse<byte[]> response = send(method, target);
        assertEquals(status, response.statusCode(), target);
        assertEquals("nosniff", header(response, "X-Content-Type-Options"), target);
        String policy = header(response, "Content-Security-Policy");
        // a PDF is not framed by other sites; anything else loads nothing of its own accord
        assertTrue(
                policy != null && policy.contains(target.endsWith(".pdf") ? "frame-ancestors 'self'" : "default-src"),
                target + ": " + policy);
        assertTrue(!policy.contains("unsafe-inline") && !policy.contains("unsafe-eval"), policy);
    }

    @Test
    void pilsPagesAndAssetsAreServedAsThemselves() throws Exception {
        for (String page : new String[] {"/", "/nl/", "/nl/ct-scan/", "/nl/search/"}) {
            HttpResponse<byte[]> response = get(page);
            assertEquals("text/html; charset=utf-8", header(response, "Content-Type"), page);
            assertEquals(StaticFiles.CONTENT_SECURITY_POLICY, header(response, "Content-Security-Policy"), page);
            assertNull(header(response, "Content-Disposition"), page);
        }
        HttpResponse<byte[]> missing = get("/nope");
        assertEquals(
                StaticFiles.CONTENT_SECURITY_POLICY,
                header(missing, "Content-Security-Policy"),
                "the 404 page is Pil's");
        HttpResponse<byte[]> script = get("/assets/pil.js");
        assertEquals("text/javascript; charset=utf-8", header(script, "Content-Type"));
        assertNull(header(script, "Content-Disposition"));
        HttpResponse<byte[]> sitemap = get("/sitemap.xml");
        assertNull(header(sitemap, "Content-Disposition"), "Pil's sitemap is read by crawlers in place");
        assertEquals(StaticFiles.SANDBOX_POLICY, header(sitemap, "Content-Security-Policy"));
        HttpResponse<byte[]> handout = get("/nl/ct-scan/folder.pdf");
        assertNull(header(handout, "Content-Disposition"), "handouts open in the browser");
        assertEquals(StaticFiles.PDF_POLICY, header(handout, "Content-Security-Policy"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/nl/ct-scan/x.svg",
                "/nl/ct-scan/evil.html",
                "/nl/ct-scan/evil.js",
                "/nl/ct-scan/files/index.html",
                "/nl/ct-scan/files/",
                "/nl/ct-scan/data.xml",
                "/nl/ct-scan/page.xhtml",
                "/nl/ct-scan/notes.weird"
            })
    void attachmentsThatCouldRunScriptAreSandboxedDownloads(String target) throws Exception {
        HttpResponse<byte[]> response = get(target);
        assertEquals(200, response.statusCode(), target);
        assertEquals("attachment", header(response, "Content-Disposition"), target);
        assertEquals("default-src 'none'; sandbox", header(response, "Content-Security-Policy"), target);
        assertEquals("nosniff", header(response, "X-Content-Type-Options"), target);
    }

    @Test
    void theRuleForPagesIsPilsLayout() {
        assertEquals(StaticFiles.Kind.PAGE, StaticFiles.kind(Path.of("index.html")));
        assertEquals(StaticFiles.Kind.PAGE, StaticFiles.kind(Path.of("404.html")));
        assertEquals(StaticFiles.Kind.PAGE, StaticFiles.kind(Path.of("en/search/index.html")));
        assertEquals(StaticFiles.Kind.ATTACHMENT, StaticFiles.kind(Path.of("nl/404.html")));
        assertEquals(StaticFiles.Kind.ATTACHMENT, StaticFiles.kind(Path.of("nl/ct-scan/a/index.html")));
        assertEquals(StaticFiles.Kind.PAGE, StaticFiles.kind(Path.of("nl/departments/radiology/index.html")));
        assertEquals(StaticFiles.Kind.PAGE, StaticFiles.kind(Path.of("ar/a-z/index.html")));
        assertEquals(StaticFiles.Kind.ATTACHMENT, StaticFiles.kind(Path.of("nl/departments/a/b/index.html")));
        assertEquals(StaticFiles.Kind.ATTACHMENT, StaticFiles.kind(Path.of("nl/ct-scan/departments/index.html")));
        assertEquals(StaticFiles.Kind.ATTACHMENT, StaticFiles.kind(Path.of("nl/ct-scan/INDEX.HTM")));
        assertEquals(StaticFiles.Kind.ATTACHMENT, StaticFiles.kind(Path.of("nl/ct-scan/assets/x.js")));
        assertEquals(StaticFiles.Kind.ATTACHMENT, StaticFiles.kind(Path.of("assets/logo.svg")));
        assertEquals(StaticFiles.Kind.ATTACHMENT, StaticFiles.kind(Path.of("nl/sitemap.xml")));
        assertEquals(StaticFiles.Kind.INLINE, StaticFiles.kind(Path.of("assets/pil.js")));
        assertEquals(StaticFiles.Kind.INLINE, StaticFiles.kind(Path.of("nl/ct-scan/route.png")));
        assertEquals(StaticFiles.Kind.INLINE, StaticFiles.kind(Path.of("nl/ct-scan/folder.pdf")));
    }

    // ---------------------------------------------------------------- byte ranges

    @Test
    void aRangeOfAHandoutIs206WithItsBytes() throws Exception {
        HttpResponse<byte[]> whole = get("/nl/ct-scan/folder.pdf");
        assertEquals("bytes", header(whole, "Accept-Ranges"));
        String etag = header(whole, "ETag");

        HttpResponse<byte[]> middle = get("/nl/ct-scan/folder.pdf", "Range", "bytes=1000-1999");
        assertEquals(206, middle.statusCode());
        assertEquals("bytes 1000-1999/100000", header(middle, "Content-Range"));
        assertEquals("1000", header(middle, "Content-Length"));
        assertArrayEquals(Arrays.copyOfRange(pdf, 1000, 2000), middle.body());
        assertEquals(etag, header(middle, "ETag"));
        assertEquals("application/pdf", header(middle, "Content-Type"));

        HttpResponse<byte[]> rest = get("/nl/ct-scan/folder.pdf", "Range", "bytes=99990-");
        assertEquals(206, rest.statusCode());
        assertEquals("bytes 99990-99999/100000", header(rest, "Content-Range"));
        assertArrayEquals(Arrays.copyOfRange(pdf, 99990, 100000), rest.body());

        HttpResponse<byte[]> tail = get("/nl/ct-scan/folder.pdf", "Range", "bytes=-5");
        assertEquals(206, tail.statusCode());
        assertEquals("bytes 99995-99999/100000", header(tail, "Content-Range"));
        assertArrayEquals(Arrays.copyOfRange(pdf, 99995, 100000), tail.body());

        HttpResponse<byte[]> pastTheEnd = get("/nl/ct-scan/folder.pdf", "Range", "bytes=99000-200000");
        assertEquals("bytes 99000-99999/100000", header(pastTheEnd, "Content-Range"));
        assertEquals(1000, pastTheEnd.body().length);

        HttpResponse<byte[]> head = send("HEAD", "/nl/ct-scan/folder.pdf", "Range", "bytes=0-9");
        assertEquals(206, head.statusCode());
        assertEquals("10", header(head, "Content-Length"));
        assertEquals(0, head.body().length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bytes=100000-", "bytes=200000-300000", "bytes=-0", "bytes=99999999999999999999999-"})
    void anUnsatisfiableRangeIs416(String range) throws Exception {
        HttpResponse<byte[]> response = get("/nl/ct-scan/folder.pdf", "Range", range);
        assertEquals(416, response.statusCode(), range);
        assertEquals("bytes */100000", header(response, "Content-Range"));
        assertEquals("nosniff", header(response, "X-Content-Type-Options"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bytes=0-9,20-29", "bytes=5-2", "bytes=abc", "items=0-9", "bytes=-", "bytes= 1 -x"})
    void rangesWeDoNotServeGetTheWholeFile(String range) throws Exception {
        HttpResponse<byte[]> response = get("/nl/ct-scan/folder.pdf", "Range", range);
        assertEquals(200, response.statusCode(), range);
        assertArrayEquals(pdf, response.body());
    }

    @Test
    void aRangeOfTextIsOfTheFileItselfNeverGzipped() throws Exception {
        byte[] file = Files.readAllBytes(site.resolve("nl/ct-scan/uitleg.txt"));
        for (String encoding : new String[] {"gzip", "identity"}) {
            HttpResponse<byte[]> response =
                    get("/nl/ct-scan/uitleg.txt", "Range", "bytes=10-19", "Accept-Encoding", encoding);
            assertEquals(206, response.statusCode(), encoding);
            assertNull(header(response, "Content-Encoding"), encoding);
            assertArrayEquals(Arrays.copyOfRange(file, 10, 20), response.body(), encoding);
        }
        // without Range a gzip client still gets it compressed
        assertEquals("gzip", header(get("/nl/ct-scan/uitleg.txt", "Accept-Encoding", "gzip"), "Content-Encoding"));
    }

    @Test
    void ifRangeSendsTheWholeFileWhenItChanged() throws Exception {
        HttpResponse<byte[]> whole = get("/nl/ct-scan/folder.pdf");
        String etag = header(whole, "ETag");
        assertEquals(
                206,
                get("/nl/ct-scan/folder.pdf", "Range", "bytes=0-9", "If-Range", etag)
                        .statusCode());
        assertEquals(
                206,
                get("/nl/ct-scan/folder.pdf", "Range", "bytes=0-9", "If-Range", header(whole, "Last-Modified"))
                        .statusCode());
        HttpResponse<byte[]> changed =
                get("/nl/ct-scan/folder.pdf", "Range", "bytes=0-9", "If-Range", "\"another-version\"");
        assertEquals(200, changed.statusCode());
        assertEquals(pdf.length, changed.body().length);
    }

    @Test
    void byteRangeParsing() {
        assertEquals(new StaticFiles.ByteRange(0, 0), StaticFiles.ByteRange.parse("bytes=0-0", 10));
        assertEquals(new StaticFiles.ByteRange(0, 9), StaticFiles.ByteRange.parse("BYTES=-50", 10));
        assertEquals(StaticFiles.ByteRange.UNSATISFIABLE, StaticFiles.ByteRange.parse("bytes=0-", 0));
        assertEquals(StaticFiles.ByteRange.UNSATISFIABLE, StaticFiles.ByteRange.parse("bytes=-1", 0));
        assertNull(StaticFiles.ByteRange.parse(null, 10));
        Map<String, StaticFiles.ByteRange> cases = new HashMap<>();
        cases.put("bytes=3-", new StaticFiles.ByteRange(3, 9));
        cases.put("bytes=3-4", new StaticFiles.ByteRange(3, 4));
        cases.forEach((header, range) -> assertEquals(range, StaticFiles.ByteRange.parse(header, 10), header));
    }
}
