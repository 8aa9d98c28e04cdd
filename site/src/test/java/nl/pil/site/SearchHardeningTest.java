package nl.pil.site;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.pil.compile.BuildOptions;
import nl.pil.compile.BuildResult;
import nl.pil.compile.Compiler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search service under load and abuse: bounded cost per query, bounded searches at once, no errors. */
class SearchHardeningTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static StaticSiteServer server;
    static HttpClient http;

    @BeforeAll
    static void start() throws IOException {
        Path content = dir.resolve("content");
        write(
                content,
                "site.yaml",
                "name: {nl: Testziekenhuis, en: Test Hospital}\nbase-url: https://folders.test.example/\n"
                        + "languages: [nl, en]\ndepartments:\n  radiology: {name: {nl: Radiologie, en: Radiology}}\n");
        String[][] leaflets = {
            {"mri", "exam", "MRI-scan", "Een scan met een sterke magneet. Lees de voorbereiding goed."},
            {"liver", "condition", "Uitzaaiingen in de lever", "Kankercellen die in de lever groeien."},
            {"ct", "exam", "CT-scan", "Een scan met röntgenstraling. Kom nuchter."},
            {"radio", "treatment", "Radiotherapie", "Bestraling van de tumor, in vijf weken."}
        };
        for (String[] l : leaflets) {
            write(
                    content,
                    l[0] + "/nl.md",
                    "---\ntype: " + l[1] + "\ntitle: " + l[2] + "\nsummary: Over " + l[2] + ".\ncode: T-"
                            + l[0].length()
                            + l[0].charAt(0)
                            + "\ndepartment: radiology\nreviewed: 2026-01-01\nreview-due: 2028-01-01\nauthors: [Radiologie]\n---\n"
                            + l[3] + "\n");
        }
        Path site = dir.resolve("site");
        BuildResult result =
                new Compiler(new BuildOptions(content, List.of(), site, LocalDate.of(2026, 11, 23))).build();
        assertTrue(result.published(), result.diagnostics()::toString);
        server = new StaticSiteServer();
        server.start(site, new InetSocketAddress("127.0.0.1", 0));
        http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    @AfterAll
    static void stop() {
        server.close();
        http.close();
    }

    private static void write(Path content, String path, String text) throws IOException {
        Path file = content.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, UTF_8);
    }

    private static HttpResponse<String> get(String target) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + server.address().getPort() + target);
        return http.send(
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString(UTF_8));
    }

    private static String unknownWords(Random random) {
        StringBuilder q = new StringBuilder();
        for (int w = 0; w < 12; w++) {
            for (int i = 0; i < 15; i++) {
                q.append((char) ('a' + random.nextInt(26)));
            }
            q.append(' ');
        }
        return URLEncoder.encode(q.toString().strip(), UTF_8);
    }

    @Test
    void twelveUnknownLongWordsAreAnsweredQuicklyAndPartiallyNeverWithAnError() throws Exception {
        Random random = new Random(7);
        get("/api/search?lang=nl&q=" + unknownWords(random)); // warm up
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = get("/api/search?lang=nl&q=" + unknownWords(random));
            millis.add((System.nanoTime() - start) / 1_000_000);
            assertEquals(200, response.statusCode(), response.body());
            JsonNode body = JSON.readTree(response.body());
            assertTrue(
                    body.path("partial").asBoolean(), "typo tolerance stopped after a few words: " + response.body());
            assertEquals(0, body.path("total").asInt());
        }
        Collections.sort(millis);
        // the time budget is 250 ms; without the bounds such a query cost about 0.4 s of CPU
        assertTrue(millis.get(2) < 1000, "median " + millis.get(2) + " ms of " + millis);
        HttpResponse<String> page = get("/nl/search/?q=" + unknownWords(random));
        assertEquals(200, page.statusCode());
    }

    @Test
    void whenEverySearchThreadIsBusyASearchIsRefusedQuicklyWith503() throws Exception {
        SearchLimiter limiter = server.limiter();
        assertEquals(200, get("/api/search?lang=nl&q=ontlasting").statusCode()); // kept by the answer cache
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService holders = Executors.newVirtualThreadPerTaskExecutor();
        try {
            List<Future<?>> held = new ArrayList<>();
            // a search an earlier test gave up waiting for may still hold a thread until it ends: take them all once
            // it has (taking what is free at this moment would leave that one free afterwards)
            long idle = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (limiter.available() < limiter.capacity() && System.nanoTime() < idle) {
                Thread.sleep(10);
            }
            int threads = limiter.capacity();
            assertEquals(threads, limiter.available(), "no search is left running");
            for (int i = 0; i < threads; i++) {
                held.add(holders.submit(() -> limiter.call(() -> release.await(20, TimeUnit.SECONDS))));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (limiter.available() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertEquals(0, limiter.available());

            long start = System.nanoTime();
            // a search not asked before (an answer kept from earlier needs no search thread)
            HttpResponse<String> api = get("/api/search?lang=nl&q=scan+" + System.nanoTime());
            long waited = (System.nanoTime() - start) / 1_000_000;
            assertEquals(503, api.statusCode());
            assertEquals("1", api.headers().firstValue("Retry-After").orElse(null));
            assertTrue(JSON.readTree(api.body()).path("error").asText().contains("busy"), api.body());
            assertTrue(waited < SearchLimiter.DEFAULT_WAIT_MILLIS + 2000, "refused after " + waited + " ms");
            HttpResponse<String> page = get("/nl/search/?q=scan");
            assertEquals(503, page.statusCode());
            assertTrue(
                    page.body().contains("<!DOCTYPE html>") || page.body().contains("<html"), "still the search page");
            assertEquals(200, get("/nl/").statusCode(), "pages are served meanwhile");
            assertEquals(200, get("/api/search?lang=nl&q=ontlasting").statusCode(), "and answers asked before");

            release.countDown();
            for (Future<?> f : held) {
                f.get(10, TimeUnit.SECONDS);
            }
            // each thread is handed back just after its search's result
            deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (limiter.available() < threads && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertEquals(threads, limiter.available());
            assertEquals(200, get("/api/search?lang=nl&q=scan").statusCode());
        } finally {
            release.countDown();
            holders.shutdownNow();
        }
    }

    @Test
    void theLimiterPassesOnResultsAndFailuresAndFreesItsThreads() throws Exception {
        try (SearchLimiter limiter = new SearchLimiter(1, Duration.ofMillis(50), Duration.ofMillis(100))) {
            assertEquals("x", limiter.call(() -> "x"));
            assertThrows(
                    IOException.class,
                    () -> limiter.call(() -> {
                        throw new IOException("disk");
                    }));
            assertThrows(
                    IllegalStateException.class,
                    () -> limiter.call(() -> {
                        throw new IllegalStateException("bug");
                    }));
            // the thread is handed back just after the caller has its answer: wait for it, with a deadline
            long freed = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (limiter.available() < 1 && System.nanoTime() < freed) {
                Thread.sleep(5);
            }
            assertEquals(1, limiter.available());
            CountDownLatch release = new CountDownLatch(1);
            Thread holder = Thread.ofVirtual().start(() -> {
                try {
                    limiter.call(() -> release.await(10, TimeUnit.SECONDS));
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (limiter.available() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertEquals(0, limiter.available(), "the holder has the only thread");
            long start = System.nanoTime();
            assertThrows(SearchLimiter.Busy.class, () -> limiter.call(() -> "y"));
            assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(45), "waited briefly first");
            release.countDown();
            holder.join(5000);
            deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (limiter.available() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertEquals(1, limiter.available(), "the thread is handed back");
            assertEquals("z", limiter.call(() -> "z"));
        }
    }

    /** Four clients for two seconds, mixing searches, suggestions, pages and assets on loopback: no errors, bounded latency. */
    @Test
    void aShortMixedLoadHasNoErrorsAndABoundedP99() throws Exception {
        String[] targets = {
            "/api/search?lang=nl&q=scan",
            "/api/search?lang=nl&q=magneet",
            "/api/suggest?lang=nl&q=uitz",
            "/api/search?lang=nl&q=levr+uitzaaing",
            "/nl/",
            "/nl/mri/",
            "/nl/search/?q=lever",
            "/"
        };
        for (String target : targets) {
            assertEquals(200, get(target).statusCode(), target); // warm up: the first searches load and compile code
        }
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
            List<Future<List<long[]>>> results = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                int offset = c;
                results.add(clients.submit(() -> {
                    List<long[]> done = new ArrayList<>(); // {status, millis}
                    for (int i = offset; System.nanoTime() < end; i++) {
                        long start = System.nanoTime();
                        String target = targets[i % targets.length];
                        int status = get(target).statusCode();
                        if (status != 200) {
                            System.out.println("[load] " + status + " for " + target);
                        }
                        done.add(new long[] {status, (System.nanoTime() - start) / 1_000_000});
                    }
                    return done;
                }));
            }
            List<Long> latencies = new ArrayList<>();
            int errors = 0;
            for (Future<List<long[]>> f : results) {
                for (long[] r : f.get(30, TimeUnit.SECONDS)) {
                    latencies.add(r[1]);
                    if (r[0] != 200) {
                        errors++;
                    }
                }
            }
            Collections.sort(latencies);
            long p99 = latencies.get((int) Math.ceil(latencies.size() * 0.99) - 1);
            System.out.println("[load] " + latencies.size() + " requests in 2 s by 4 clients, p50 "
                    + latencies.get(latencies.size() / 2) + " ms, p99 " + p99 + " ms, errors " + errors);
            assertEquals(0, errors);
            assertTrue(latencies.size() >= 40, "only " + latencies.size() + " requests answered");
            assertTrue(p99 < 1500, "p99 " + p99 + " ms");
        } finally {
            clients.shutdownNow();
        }
    }
}
