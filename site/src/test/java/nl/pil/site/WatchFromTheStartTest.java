package nl.pil.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.pil.app.BuildSummary;
import nl.pil.app.Options;
import nl.pil.app.Pil;
import nl.pil.app.ServeListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pil watch} watches the content before its site answers: a writer (or a script) who saves a leaflet as soon
 * as the page loads gets it rebuilt. Registering thousands of folders takes a while; the site used to answer first,
 * and a save in that moment was seen by no one until the next save.
 */
@Timeout(120)
class WatchFromTheStartTest {
    @TempDir
    Path dir;

    @Test
    void aSaveMadeAsSoonAsTheSiteAnswersIsRebuilt() throws Exception {
        Path content = dir.resolve("content");
        SampleContent.copyTo(content);
        // folders the loader passes by and the watcher registers: enough to make registering take a while
        for (int i = 0; i < 4000; i++) {
            Files.createDirectories(content.resolve("_spare").resolve(Integer.toString(i)));
        }
        Options options = Options.builder()
                .content(content)
                .output(dir.resolve("out"))
                .today(LocalDate.of(2026, 11, 23))
                .formats(List.of("html"))
                .host("127.0.0.1")
                .port(freePort())
                .watch(true)
                .build();
        CountDownLatch rebuilt = new CountDownLatch(1);
        ServeListener listener = new ServeListener() {
            @Override
            public void built(BuildSummary build) {
                // the first build is done: the server starts next; its address comes with serving()
            }

            @Override
            public void servingPreviousBuild(BuildSummary build) {}

            @Override
            public void serving(Serving serving) {}

            @Override
            public void rebuilt(BuildSummary rebuild) {
                rebuilt.countDown();
            }

            @Override
            public void rebuildFailed(Exception e) {}
        };
        Pil pil = new Pil(options);
        Thread serving = new Thread(
                () -> {
                    try {
                        pil.serve(listener);
                    } catch (nl.pil.app.ServeException e) {
                        throw new IllegalStateException(e);
                    }
                },
                "serve");
        serving.setDaemon(true);
        serving.start();
        // save the moment the site answers, as a browser or a benchmark sees it
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest status = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + options.port() + "/_pil/status"))
                .build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        int answered = 0;
        while (answered != 200 && System.nanoTime() < deadline) {
            try {
                answered =
                        http.send(status, HttpResponse.BodyHandlers.ofString()).statusCode();
            } catch (java.io.IOException notYet) {
                Thread.sleep(5);
            }
        }
        assertEquals(200, answered, "the site answers");
        Path leaflet;
        try (Stream<Path> files = Files.walk(content)) {
            leaflet = files.filter(p -> p.getFileName().toString().equals("nl.md"))
                    .filter(p -> !p.toString().contains("_"))
                    .findFirst()
                    .orElseThrow();
        }
        Files.writeString(leaflet, Files.readString(leaflet) + "\nEen zin erbij.\n");
        assertTrue(rebuilt.await(30, TimeUnit.SECONDS), "the save was rebuilt");
        serving.interrupt();
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
