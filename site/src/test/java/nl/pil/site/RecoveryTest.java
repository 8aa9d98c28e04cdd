package nl.pil.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import nl.pil.publish.Publisher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed between the two renames of its swap leaves no site folder, only the new site (marked complete) and
 * the replaced one beside it. The server puts the new one back, at start ({@code pil serve --no-build}) and while
 * serving.
 */
@Timeout(20)
class RecoveryTest {
    @TempDir
    Path dir;

    @Test
    void startsOnTheSiteAKilledBuildLeftBesideTheMissingFolder() throws Exception {
        Path site = dir.resolve("site");
        leaveKilledSwap(site);
        try (StaticSiteServer server = new StaticSiteServer()) {
            server.start(site, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            assertTrue(Files.isDirectory(site));
            HttpResponse<String> home = get(server, "/");
            assertEquals(200, home.statusCode());
            assertEquals("<p>new</p>", home.body());
        }
    }

    @Test
    void aRunningServerPutsTheSiteBackInsteadOfAnswering503() throws Exception {
        Path site = dir.resolve("site");
        new Publisher().publish(site, folder -> Files.writeString(folder.resolve("index.html"), "<p>first</p>"));
        try (StaticSiteServer server = new StaticSiteServer()) {
            server.start(site, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            assertEquals("<p>first</p>", get(server, "/").body());
            Publisher.deleteTree(site);
            leaveKilledSwap(site);
            HttpResponse<String> home = get(server, "/");
            assertEquals(200, home.statusCode());
            assertEquals("<p>new</p>", home.body());
        }
    }

    /** What a build killed between its renames leaves: no site, the replaced one and the complete new one. */
    private void leaveKilledSwap(Path site) throws IOException {
        write(dir.resolve(".site.old-1/index.html"), "<p>old</p>");
        write(dir.resolve(".site.old-1/" + Publisher.COMPLETE), "complete\n");
        write(dir.resolve(".site.new-2/index.html"), "<p>new</p>");
        write(dir.resolve(".site.new-2/" + Publisher.COMPLETE), "complete\n");
        Files.setLastModifiedTime(
                dir.resolve(".site.old-1/" + Publisher.COMPLETE), java.nio.file.attribute.FileTime.fromMillis(1_000));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static HttpResponse<String> get(StaticSiteServer server, String path) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI uri = URI.create("http://127.0.0.1:" + server.address().getPort() + path);
        return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }
}
