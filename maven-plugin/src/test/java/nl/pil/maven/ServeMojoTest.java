package nl.pil.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pil:serve builds, serves pages and search over HTTP until stopped, and falls back to the previous build on errors. */
class ServeMojoTest {
    @TempDir
    Path dir;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpResponse<String> get(InetSocketAddress at, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + at.getPort() + path))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Runs the goal in the background until it serves; the returned future completes when it has stopped. */
    private static CompletableFuture<Void> start(ServeMojo mojo) throws Exception {
        CompletableFuture<Void> done = CompletableFuture.runAsync(() -> {
            try {
                mojo.execute();
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (mojo.bound == null && !done.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        if (done.isDone()) {
            done.join(); // rethrows the goal's failure
        }
        assertTrue(mojo.bound != null, "serving within 60 s");
        return done;
    }

    @Test
    void withWatchItRebuildsOnEveryChangeAndTellsOpenPages() throws Exception {
        Project p = new Project(dir);
        ServeMojo mojo = p.serve();
        mojo.watch = true;
        CompletableFuture<Void> done = start(mojo);
        InetSocketAddress at = mojo.bound;
        try {
            assertTrue(get(at, "/_pil/status").body().contains("\"version\":1"));
            assertTrue(get(at, "/nl/mri-scan/").body().contains("/_pil/live.js"), "pages get the reload script");
            p.leaflet(
                    "mri-scan",
                    "nl",
                    "MRI-scan",
                    "RAD-2",
                    "## Voorbereiding\n\nNeem uw medicijnlijst en uw pasje mee.\n");
            // held until the rebuild is done
            assertTrue(get(at, "/_pil/status?since=1").body().contains("\"version\":2"));
            assertTrue(get(at, "/nl/mri-scan/").body().contains("uw pasje"), "the new text is served");
            assertTrue(p.log.all().contains("Pil rebuilt " + p.output()), p.log.all());

            p.leaflet("mri-scan", "nl", "MRI-scan", "RAD-2", "Zie [de CT](ct-scn).\n");
            String status = get(at, "/_pil/status?since=2").body();
            assertTrue(status.contains("link to unknown leaflet 'ct-scn'"), "the error reaches open pages: " + status);
            assertTrue(get(at, "/nl/mri-scan/").body().contains("uw pasje"), "the last good site stays served");
        } finally {
            mojo.stop.countDown();
        }
        done.get(30, TimeUnit.SECONDS);
    }

    @Test
    void buildsThenServesPagesAndSearchUntilStopped() throws Exception {
        Project p = new Project(dir);
        ServeMojo mojo = p.serve();
        CompletableFuture<Void> done = start(mojo);
        InetSocketAddress at = mojo.bound;
        try {
            assertTrue(Files.isRegularFile(p.output().resolve("nl/ct-scan/index.html")));
            assertTrue(
                    p.log.at("INFO")
                            .contains("Pil: serving " + p.output() + " on http://127.0.0.1:" + at.getPort()
                                    + "/ (Ctrl-C to stop)"),
                    p.log.all());
            HttpResponse<String> page = get(at, "/nl/ct-scan/");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("CT-scan"), page.body());
            HttpResponse<String> search = get(at, "/api/search?q=eten&lang=nl");
            assertEquals(200, search.statusCode(), search.body());
            assertTrue(search.body().contains("\"id\":\"ct-scan\""), search.body());
        } finally {
            mojo.stop.countDown();
        }
        done.get(30, TimeUnit.SECONDS);
        assertTrue(p.log.at("INFO").contains("Pil: stopped serving"), p.log.all());
        assertThrows(ConnectException.class, () -> {
            try {
                get(at, "/");
            } catch (IOException e) {
                throw e instanceof ConnectException ? e : (e.getCause() instanceof ConnectException c ? c : e);
            }
        });
    }

    @Test
    void aSiteWithoutSearchIndexIsServedToo() throws Exception {
        Project p = new Project(dir);
        ServeMojo mojo = p.serve();
        mojo.formats = java.util.List.of("html");
        CompletableFuture<Void> done = start(mojo);
        try {
            assertEquals(200, get(mojo.bound, "/nl/ct-scan/").statusCode());
            int search = get(mojo.bound, "/api/search?q=eten&lang=nl").statusCode();
            assertTrue(
                    search >= 400 && search < 600, "search without an index answers with an error status: " + search);
        } finally {
            mojo.stop.countDown();
        }
        done.get(30, TimeUnit.SECONDS);
    }

    @Test
    void contentErrorsWithoutAPreviousBuildFail() {
        Project p = new Project(dir).leaflet("mri-scan", "nl", "MRI-scan", "RAD-2", "[[nothing]]\n");
        assertThrows(MojoFailureException.class, () -> p.serve().execute());
        assertFalse(Files.exists(p.output()));
    }

    @Test
    void contentErrorsWithAPreviousBuildServeThatBuild() throws Exception {
        Project p = new Project(dir);
        p.build().execute();
        p.leaflet("mri-scan", "nl", "MRI-scan", "RAD-2", "[[nothing]]\n");
        ServeMojo mojo = p.serve();
        CompletableFuture<Void> done = start(mojo);
        try {
            assertEquals(200, get(mojo.bound, "/nl/mri-scan/").statusCode());
            assertTrue(p.log.at("WARNING").contains("Pil: serving the previous build in " + p.output()), p.log.all());
            assertTrue(
                    p.log.at("ERROR").stream().anyMatch(l -> l.contains("card of unknown leaflet 'nothing'")),
                    p.log.all());
        } finally {
            mojo.stop.countDown();
        }
        done.get(30, TimeUnit.SECONDS);
    }

    @Test
    void aPortInUseIsReportedWithTheParameterToChange() throws Exception {
        Project p = new Project(dir);
        ServeMojo first = p.serve();
        CompletableFuture<Void> done = start(first);
        try {
            ServeMojo second = p.serve();
            second.port = first.bound.getPort();
            second.noBuild = true;
            var e = assertThrows(org.apache.maven.plugin.MojoExecutionException.class, second::execute);
            assertTrue(e.getMessage().contains("port " + first.bound.getPort() + " is in use"), e.getMessage());
            assertTrue(
                    e.getMessage()
                            .matches("(?s).*port " + first.bound.getPort() + " is in use; try -Dpil\\.port=\\d+.*"),
                    e.getMessage());
        } finally {
            first.stop.countDown();
        }
        done.get(30, TimeUnit.SECONDS);
    }
}
