package nl.pil.site;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;
import nl.pil.compile.BuildOptions;
import nl.pil.compile.BuildResult;
import nl.pil.compile.Compiler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The search API and search pages over real HTTP, on a site built by the real compiler. */
class SearchServiceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SITE = """
            name: {nl: Testziekenhuis, en: Test Hospital}
            base-url: https://folders.test.example/
            languages: [nl, en]
            departments:
              radiology: {name: {nl: Radiologie, en: Radiology}}
            """;

    @TempDir
    Path dir;

    Path content;
    Path site;
    StaticSiteServer server;
    HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws IOException {
        content = dir.resolve("content");
        site = dir.resolve("site");
        write("site.yaml", SITE);
        leaflet("mri", "exam", "MRI-scan", "Een scan met een sterke magneet. Lees de voorbereiding goed.");
        leaflet("liver", "condition", "Uitzaaiingen in de lever", "Kankercellen die in de lever groeien.");
        write(
                "mri/en.md",
                "---\ntype: exam\ntitle: MRI scan\nsummary: A scan with a magnet.\n---\nA scan with a strong magnet.\n");
        build();
        server = new StaticSiteServer();
        server.start(site, new InetSocketAddress("127.0.0.1", 0));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void write(String path, String text) throws IOException {
        Path file = content.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, UTF_8);
    }

    private void leaflet(String id, String type, String title, String body) throws IOException {
        write(
                id + "/nl.md",
                "---\ntype: " + type + "\ntitle: " + title + "\nsummary: Over " + title + ".\ncode: T-" + id.length()
                        + id.charAt(0)
                        + "\ndepartment: radiology\nreviewed: 2026-01-01\nreview-due: 2028-01-01\nauthors: [Radiologie]\n---\n"
                        + body + "\n");
    }

    private void build() throws IOException {
        BuildResult result =
                new Compiler(new BuildOptions(content, List.of(), site, LocalDate.of(2026, 11, 23))).build();
        assertTrue(result.published(), result.diagnostics()::toString);
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + server.address().getPort() + pathAndQuery);
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString(UTF_8));
    }

    private JsonNode json(HttpResponse<String> response) throws IOException {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return JSON.readTree(response.body());
    }

    @Test
    void searchAnswersWithTheDocumentedJson() throws Exception {
        HttpResponse<String> r = get("/api/search?q=magneet&lang=nl");
        assertEquals(200, r.statusCode());
        JsonNode body = json(r);
        for (String field : new String[] {"query", "lang", "total", "tookMs", "results", "facets", "suggestion"}) {
            assertTrue(body.has(field), field);
        }
        assertEquals("magneet", body.get("query").asText());
        assertEquals(1, body.get("total").asInt());
        JsonNode hit = body.get("results").get(0);
        assertEquals("mri", hit.get("id").asText());
        assertEquals("nl", hit.get("lang").asText());
        assertEquals("exam", hit.get("type").asText());
        assertEquals("MRI-scan", hit.get("title").asText());
        assertEquals("/nl/mri/", hit.get("url").asText());
        assertTrue(hit.get("snippet").asText().contains("<mark>magneet</mark>"), hit.toString());
        assertTrue(hit.get("score").asDouble() > 0);
        assertEquals(1, body.get("facets").get("type").get("exam").asInt());
        assertEquals(
                "1 folder gevonden voor ‘magneet’.",
                body.get("texts").get("summary").asText());
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void searchAnswersAreGzippedWhenTheClientAcceptsGzip() throws Exception {
        // enough leaflets for an answer above the threshold (two make a smaller one, sent as it is)
        for (String id : List.of("ct", "echo", "pet", "xray")) {
            leaflet(id, "exam", "Scan " + id, "Een scan van het lichaam. Lees de voorbereiding goed.");
        }
        build();
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (json(get("/api/search?q=scan&lang=nl")).get("total").asInt() < 5 && System.nanoTime() < deadline) {
            Thread.sleep(20); // the server looks for a new index every 250 ms
        }
        for (String target : List.of("/api/search?q=scan&lang=nl", "/nl/search/?q=scan")) {
            HttpResponse<byte[]> plain = getBytes(target, null);
            HttpResponse<byte[]> gzipped = getBytes(target, "gzip, deflate, br");
            assertTrue(plain.body().length > StaticFiles.GZIP_THRESHOLD, target + ": large enough to be worth it");
            assertEquals(
                    "gzip", gzipped.headers().firstValue("Content-Encoding").orElse(""), target);
            assertEquals("Accept-Encoding", gzipped.headers().firstValue("Vary").orElse(""), target);
            byte[] unzipped;
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
                unzipped = in.readAllBytes();
            }
            assertTrue(gzipped.body().length < unzipped.length, target);
            assertEquals(withoutTime(plain.body()), withoutTime(unzipped), target);
            for (String refused : new String[] {null, "identity", "br, deflate", "gzip;q=0"}) {
                HttpResponse<byte[]> r = getBytes(target, refused);
                assertTrue(r.headers().firstValue("Content-Encoding").isEmpty(), target + " " + refused);
                assertEquals("Accept-Encoding", r.headers().firstValue("Vary").orElse(""), target + " " + refused);
                assertEquals(withoutTime(plain.body()), withoutTime(r.body()), target + " " + refused);
            }
        }
    }

    @Test
    void aRepeatedSearchIsAnsweredFromTheCacheWithTheSameAnswer() throws Exception {
        String target = "/api/search?q=scan&lang=nl";
        HttpResponse<byte[]> first = getBytes(target, null);
        long hits = cacheHits();
        HttpResponse<byte[]> again = getBytes(target, null);
        HttpResponse<byte[]> gzipped = getBytes(target + "&_=12345", "gzip"); // a cache buster is not a new search
        HttpResponse<byte[]> suggestion = getBytes("/api/suggest?q=mr&lang=nl", null);
        HttpResponse<byte[]> suggestionAgain = getBytes("/api/suggest?q=mr&lang=nl", null);
        assertEquals(hits + 3, cacheHits(), "the repeated search (twice) and suggestion came from the cache");
        assertEquals(new String(first.body(), UTF_8), new String(again.body(), UTF_8), "the same bytes, tookMs too");
        assertEquals(new String(suggestion.body(), UTF_8), new String(suggestionAgain.body(), UTF_8));
        byte[] unzipped = gzipped.body();
        if (gzipped.headers().firstValue("Content-Encoding").isPresent()) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
                unzipped = in.readAllBytes();
            }
        }
        assertEquals(new String(first.body(), UTF_8), new String(unzipped, UTF_8));
        // what shapes the answer makes another one: a filter, another language, another page
        for (String other : List.of(target + "&type=exam", "/api/search?q=scan&lang=en", target + "&offset=1")) {
            long before = cacheHits();
            assertEquals(200, getBytes(other, null).statusCode());
            assertEquals(before, cacheHits(), other + " is searched, not taken from the cache");
        }
        // errors are never kept
        int kept = answers().size();
        for (int i = 0; i < 2; i++) {
            assertEquals(400, get("/api/search?q=scan&lang=xx").statusCode());
        }
        assertEquals(kept, answers().size());
    }

    private long cacheHits() throws IOException {
        return answers().hits();
    }

    /** The answers kept by the index the server searches now. */
    private AnswerCache answers() throws IOException {
        SearchIndex index = server.searchIndex();
        SearchIndex.Snapshot snapshot = index.acquire();
        try {
            return snapshot.answers();
        } finally {
            index.release(snapshot);
        }
    }

    /** An answer as text without the time the search took, the one part that differs between two requests. */
    private static String withoutTime(byte[] body) {
        return new String(body, UTF_8).replaceAll("\"tookMs\":\\d+", "");
    }

    private HttpResponse<byte[]> getBytes(String pathAndQuery, String acceptEncoding) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + server.address().getPort() + pathAndQuery);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), pathAndQuery);
        return response;
    }

    @Test
    void filtersLimitsAndLanguages() throws Exception {
        assertEquals(
                0,
                json(get("/api/search?q=lever&lang=nl&type=exam")).get("total").asInt());
        assertEquals(
                1,
                json(get("/api/search?q=lever&lang=nl&type=condition"))
                        .get("total")
                        .asInt());
        assertEquals(
                1,
                json(get("/api/search?q=scan+magneet&lang=nl&limit=1"))
                        .get("results")
                        .size());
        JsonNode en = json(get("/api/search?q=lever&lang=en"));
        assertTrue(en.get("results").get(0).get("fallback").asBoolean(), "untranslated leaflet comes from Dutch");
        assertEquals("nl", en.get("results").get(0).get("lang").asText());
    }

    @Test
    void suggestCompletesTitles() throws Exception {
        JsonNode body = json(get("/api/suggest?q=uitz&lang=nl"));
        assertEquals(
                "Uitzaaiingen in de lever",
                body.get("suggestions").get(0).get("title").asText());
        assertEquals("/nl/liver/", body.get("suggestions").get(0).get("url").asText());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/search",
                "/api/search?lang=nl",
                "/api/search?q=x&lang=fr",
                "/api/search?q=x&type=surgery",
                "/api/search?q=x&limit=0",
                "/api/search?q=x&limit=999",
                "/api/search?q=x&limit=ten",
                "/api/search?q=x&offset=-1",
                "/api/search?q=x&offset=1001",
                "/api/search?q=x&offset=next",
                "/api/search?q=%c3%28",
                "/api/search?q=x&department=%3Cscript%3E"
            })
    void badRequestsGetA400WithAMessage(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(400, r.statusCode(), r.body());
        assertFalse(json(r).get("error").asText().isBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"%22((", "*", "~", "%5C", "AND", "%3Cmark%3E", "lever%20%22((", "magneet%20AND%20*"})
    void malformedQueriesGetABestEffortAnswer(String q) throws Exception {
        HttpResponse<String> r = get("/api/search?q=" + q + "&lang=nl");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode body = json(r);
        assertEquals(java.net.URLDecoder.decode(q, UTF_8), body.get("query").asText(), "the query as typed");
        // two leaflets, fewer than the default limit: every match is listed, and only leaflets that exist
        JsonNode results = body.get("results");
        assertEquals(body.get("total").asInt(), results.size(), body::toString);
        for (JsonNode hit : results) {
            assertTrue(List.of("mri", "liver").contains(hit.get("id").asText()), hit::toString);
            assertFalse(hit.get("snippet").asText().replaceAll("</?mark>", "").contains("<"), hit::toString);
        }
        // the words of the query are still searched for
        if (q.startsWith("lever")) {
            assertEquals("liver", results.get(0).get("id").asText(), body::toString);
        } else if (q.startsWith("magneet")) {
            assertEquals("mri", results.get(0).get("id").asText(), body::toString);
        }
    }

    /** The status line of a request sent as raw bytes, for requests HttpClient refuses to send. */
    private String rawStatus(String target) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.address().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").getBytes(UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readNBytes(12), UTF_8);
        }
    }

    @Test
    void hugeOrMalformedQueriesAre400NeverA500() throws Exception {
        assertTrue(rawStatus("/api/search?q=" + "a".repeat(100_000)).startsWith("HTTP/1.1 4"));
        assertTrue(rawStatus("/api/search?q=%zz").startsWith("HTTP/1.1 400"));
        assertTrue(rawStatus("/api/search?q=\u00ff").startsWith("HTTP/1.1 4"));
    }

    @Test
    void onlyGetAndHead() throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + server.address().getPort() + "/api/search?q=mri");
        HttpResponse<String> post = http.send(
                HttpRequest.newBuilder(uri)
                        .POST(HttpRequest.BodyPublishers.ofString("x"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
        assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElse(""));
        HttpResponse<String> head = http.send(
                HttpRequest.newBuilder(uri)
                        .method("HEAD", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
    }

    @Test
    void searchPageWorksWithoutJavaScriptAndEscapesTheQuery() throws Exception {
        HttpResponse<String> r = get("/nl/search/?q=magneet");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<p class=\"search-summary\">1 folder gevonden voor ‘magneet’.</p>"), r.body());
        assertTrue(r.body().contains("<a href=\"/nl/mri/\" hreflang=\"nl\">MRI-scan</a>"));
        assertTrue(r.body().contains("id=\"search-q\" value=\"magneet\""));
        HttpResponse<String> hostile = get("/nl/search/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E%22");
        assertFalse(hostile.body().contains("<script>alert"), "query is escaped in the page");
        assertTrue(hostile.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;"));
        HttpResponse<String> redirect = get("/search?q=magneet&lang=en");
        assertEquals(302, redirect.statusCode());
        assertEquals(
                "/en/search/?q=magneet&lang=en",
                redirect.headers().firstValue("Location").orElse(""));
        assertEquals(404, get("/_search/meta.json").statusCode(), "the index itself is not served");
    }

    /**
     * A search answered while the site is swapped: 200, with the one leaflet about a scan. While every search thread is
     * busy the service may answer 503 with Retry-After; the client then tries again, a bounded number of times.
     */
    private int searchDuringSwap() throws Exception {
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> r = get("/api/search?q=scan&lang=nl");
            if (r.statusCode() == 503 && attempt < 50) {
                assertTrue(r.headers().firstValue("Retry-After").isPresent(), "a 503 says when to try again");
                Thread.sleep(20); // a short back-off instead of the second Retry-After asks for: this test runs many
                // requests
                continue;
            }
            if (r.statusCode() == 200) {
                assertEquals(1, json(r).get("total").asInt(), r.body()); // MRI-scan, in the old site and the new
            }
            return r.statusCode();
        }
    }

    @Test
    void aRebuiltIndexIsPickedUpWithoutRestartOrFailedRequests() throws Exception {
        assertEquals(
                0, json(get("/api/search?q=bloedvaten&lang=nl")).get("total").asInt());
        AtomicBoolean running = new AtomicBoolean(true);
        java.util.concurrent.Semaphore answered = new java.util.concurrent.Semaphore(0);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<List<Integer>>> clients = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                clients.add(pool.submit(() -> {
                    List<Integer> statuses = new ArrayList<>();
                    while (running.get() && statuses.size() < 20_000) {
                        statuses.add(searchDuringSwap());
                        answered.release();
                    }
                    return statuses;
                }));
            }
            leaflet("angio", "exam", "Angiografie", "Foto's van de bloedvaten.");
            for (int i = 0; i < 3; i++) {
                build(); // swaps the whole site folder while requests are running
            }
            // the server looks for a new index now and then (every 250 ms): wait until it has picked up the last build
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
            String found = firstHit("bloedvaten");
            while (!"angio".equals(found) && System.nanoTime() < deadline) {
                Thread.sleep(20); // polls the observable condition, up to the deadline
                found = firstHit("bloedvaten");
            }
            // and some requests are answered after that too
            answered.drainPermits();
            boolean afterSwap = answered.tryAcquire(10, 30, java.util.concurrent.TimeUnit.SECONDS);
            running.set(false);
            for (Future<List<Integer>> client : clients) {
                List<Integer> statuses = client.get(60, java.util.concurrent.TimeUnit.SECONDS);
                assertFalse(statuses.isEmpty());
                assertTrue(statuses.stream().allMatch(s -> s == 200), statuses::toString);
            }
            assertTrue(afterSwap, "10 requests answered after the new index was picked up");
        } finally {
            running.set(false);
            pool.shutdownNow();
        }
        assertEquals("angio", firstHit("bloedvaten"), "the rebuilt index is picked up without a restart");
    }

    /** The id of the first leaflet a Dutch search finds, or null. */
    private String firstHit(String query) throws Exception {
        JsonNode first =
                json(get("/api/search?q=" + query + "&lang=nl")).get("results").get(0);
        return first == null ? null : first.get("id").asText();
    }

    @Test
    void homePageSuggestsTheBrowserLanguageWithoutRedirecting() throws Exception {
        URI home = URI.create("http://127.0.0.1:" + server.address().getPort() + "/");
        HttpResponse<String> english = http.send(
                HttpRequest.newBuilder(home)
                        .header("Accept-Language", "en-GB,en;q=0.9,nl;q=0.5")
                        .build(),
                HttpResponse.BodyHandlers.ofString(UTF_8));
        assertEquals(200, english.statusCode());
        assertTrue(
                english.body()
                        .contains(
                                "<p class=\"language-suggestion\" lang=\"en\" dir=\"ltr\"><a href=\"en/\" hreflang=\"en\">Read the leaflets in English</a></p>"),
                english.body());
        assertEquals("Accept-Language", english.headers().firstValue("Vary").orElse(""));
        HttpResponse<String> dutch = http.send(
                HttpRequest.newBuilder(home).header("Accept-Language", "nl-NL").build(),
                HttpResponse.BodyHandlers.ofString(UTF_8));
        assertFalse(dutch.body().contains("language-suggestion"), "the home page is already Dutch");
        HttpResponse<String> garbage = http.send(
                HttpRequest.newBuilder(home)
                        .header("Accept-Language", ";;;q=x,,*")
                        .build(),
                HttpResponse.BodyHandlers.ofString(UTF_8));
        assertEquals(200, garbage.statusCode());
        assertEquals("en", HomePage.bestMatch("fr, en-US;q=0.8", List.of("nl", "en", "ar")));
        assertEquals("ar", HomePage.bestMatch("ar-MA", List.of("nl", "en", "ar")));
    }

    @Test
    void searchPageWithoutAnIndexSaysSoInThePageLanguage() throws Exception {
        server.close();
        new Compiler(new BuildOptions(content, List.of(), site, LocalDate.of(2026, 11, 23), java.util.Set.of("html")))
                .build();
        server = new StaticSiteServer();
        server.start(site, new InetSocketAddress("127.0.0.1", 0));
        HttpResponse<String> r = get("/nl/search/?q=magneet");
        assertEquals(503, r.statusCode());
        assertTrue(r.body().contains("Zoeken is nu niet mogelijk."), r.body());
        HttpResponse<String> api = get("/api/search?q=magneet&lang=nl");
        assertEquals(503, api.statusCode());
        assertEquals("5", api.headers().firstValue("Retry-After").orElse(null), "says when to try again");
    }
}
