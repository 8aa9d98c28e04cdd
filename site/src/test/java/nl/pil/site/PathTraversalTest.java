package nl.pil.site;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import nl.pil.compile.BuildOptions;
import nl.pil.compile.BuildResult;
import nl.pil.compile.Compiler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The security review's path-traversal measurement, repeated on a site built by the real compiler: hundreds of
 * request lines (written to a plain socket, so no client normalises them) try to climb out of the site folder from
 * every kind of route — static files, leaflet folders, the search pages, the hidden index, the API — with every
 * encoding of {@code ..} and of the slash, absolute paths and absolute-form targets; and symbolic links inside the
 * output lead out of it, to a file and a folder holding a secret, including where the home page and the search pages
 * read their files. No answer may hold the secret or {@code /etc/passwd}, and none may be a 5xx.
 * ({@code StaticSiteServerTest} checks the status of a shorter list on a hand-made folder; this is the measurement.)
 */
class PathTraversalTest {
    private static final String SECRET = "SECRET-OUTSIDE-THE-SITE-7c1f";

    @TempDir
    Path dir;

    Path site;
    StaticSiteServer server;

    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final List<String> leaks = new ArrayList<>();
    private int attempts;

    @BeforeEach
    void start() throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("ct"));
        Files.writeString(
                content.resolve("site.yaml"),
                "name: Test\nbase-url: https://t.example/\nlanguages: [nl, en]\n"
                        + "departments: {radiology: {name: Radiologie}}\n");
        Files.writeString(
                content.resolve("ct/nl.md"),
                "---\ntype: exam\ntitle: CT-scan\nsummary: Over de scan.\ncode: R-1\n"
                        + "department: radiology\nreviewed: 2026-01-01\nreview-due: 2028-01-01\nauthors: [R]\n---\nEen scan.\n");
        site = dir.resolve("site");
        BuildResult result = new Compiler(
                        new BuildOptions(content, List.of(), site, LocalDate.of(2026, 11, 23), Set.of("html", "index")))
                .build();
        assertTrue(result.published(), result.diagnostics()::toString);

        Files.writeString(dir.resolve("secret.txt"), SECRET);
        Path outside = dir.resolve("outside");
        Files.createDirectories(outside.resolve("search"));
        Files.writeString(outside.resolve("secret.txt"), SECRET);
        Files.writeString(outside.resolve("index.html"), "<!DOCTYPE html><title>x</title><p>" + SECRET + "</p>");
        Files.writeString(
                outside.resolve("search/index.html"),
                "<!DOCTYPE html><title>x</title><p>" + SECRET + "</p><!--pil:search-results--><input id=\"search-q\">");
        // links inside the output that lead out of it
        Files.createSymbolicLink(site.resolve("link-secret.txt"), dir.resolve("secret.txt"));
        Files.createSymbolicLink(site.resolve("outside"), outside);
        Files.createSymbolicLink(site.resolve("nl/ct/leak.png"), dir.resolve("secret.txt"));
        Files.createSymbolicLink(site.resolve("nl/ct/index2.html"), outside.resolve("index.html"));
        Files.createSymbolicLink(site.resolve("zz"), outside); // a "language" whose search page is outside
        Files.createDirectories(site.resolve("xx/search"));
        Files.createSymbolicLink(site.resolve("xx/search/index.html"), outside.resolve("search/index.html"));
        Files.createSymbolicLink(site.resolve("root"), Path.of("/"));
        server = new StaticSiteServer();
        server.start(site, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void nothingOutsideTheSiteFolderIsEverServed() throws Exception {
        long start = System.nanoTime();
        String secretFromRoot =
                dir.resolve("secret.txt").toAbsolutePath().toString().substring(1);
        List<String> prefixes =
                List.of("/", "/nl/", "/nl/ct/", "/assets/", "/nl/search/", "/_search/", "/api/", "/outside/");
        List<String> ups = List.of(
                "../",
                "..%2f",
                "..%2F",
                "%2e%2e/",
                "%2E%2E%2F",
                ".%2e/",
                "%2e./",
                "..%5c",
                "..\\",
                "%2e%2e%5c",
                "%252e%252e/",
                "..%252f",
                "%c0%ae%c0%ae/",
                "%c0%2e%c0%2e/",
                "%e0%80%ae%e0%80%ae/",
                "..%c0%af",
                "..%c1%9c",
                "%uff0e%uff0e/",
                "%ef%bc%8e%ef%bc%8e/",
                "....//",
                "..;/",
                "..%00/",
                "%2e%2e%00/",
                "./../",
                "..%2f%2f");
        for (String prefix : prefixes) {
            for (String up : ups) {
                attempt("GET " + prefix + up.repeat(10) + "etc/passwd HTTP/1.1");
                attempt("GET " + prefix + up.repeat(10) + secretFromRoot + " HTTP/1.1");
            }
        }
        int generated = attempts;
        for (String target : List.of(
                "/etc/passwd",
                "//etc/passwd",
                "///etc/passwd",
                "/" + "/" + secretFromRoot,
                "/" + secretFromRoot,
                "/%2F" + secretFromRoot.replace("/", "%2F"),
                "/%2fetc%2fpasswd",
                "file:///etc/passwd",
                "http://127.0.0.1/../secret.txt",
                "http://127.0.0.1/%2e%2e/secret.txt",
                "..",
                "../secret.txt",
                "/..",
                "/../",
                "/.",
                "/./secret.txt",
                "*",
                "\\..\\..\\secret.txt",
                "/\\..\\..\\etc\\passwd",
                "/%5c..%5c..%5csecret.txt",
                "/nl/ct/..%2f..%2f..%2fsecret.txt",
                "/%00/../secret.txt",
                "/secret.txt%00.html",
                "/nl%00/../../secret.txt",
                "/_search/../../secret.txt",
                "/_search/%2e%2e/%2e%2e/secret.txt",
                "/.%2e/.%2e/secret.txt",
                "/%EF%BC%8E%EF%BC%8E/secret.txt",
                "/\u2025/secret.txt",
                "/%E2%80%A5/secret.txt",
                "/%C0%AE%C0%AE/secret.txt",
                "/nl/search/?q=x&lang=../../../etc/passwd",
                "/search?q=x&lang=../../../../etc/passwd",
                "/api/search?q=x&lang=..%2F..%2Fetc%2Fpasswd",
                "/api/search/../../secret.txt",
                // symbolic links inside the output that lead out of it
                "/link-secret.txt",
                "/outside/secret.txt",
                "/outside/index.html",
                "/outside/",
                "/outside",
                "/outside/search/?q=scan",
                "/nl/ct/leak.png",
                "/nl/ct/index2.html",
                "/zz/",
                "/zz/search/",
                "/zz/search/?q=scan",
                "/xx/search/",
                "/xx/search/index.html",
                "/xx/search/?q=scan",
                "/root/etc/passwd",
                "/root/" + secretFromRoot)) {
            attempt("GET " + target + " HTTP/1.1");
            attempt("HEAD " + target + " HTTP/1.1");
        }
        // where the home page and a real language's search page are read: their files replaced by links out of the site
        Files.delete(site.resolve("index.html"));
        Files.createSymbolicLink(site.resolve("index.html"), dir.resolve("outside/index.html"));
        Files.delete(site.resolve("en/search/index.html"));
        Files.createSymbolicLink(site.resolve("en/search/index.html"), dir.resolve("outside/search/index.html"));
        for (String language : List.of("nl", "en", "en-GB,en;q=0.9", "ar")) {
            attempt("GET / HTTP/1.1\r\nAccept-Language: " + language);
            attempt("GET /index.html HTTP/1.1\r\nAccept-Language: " + language);
        }
        for (String target :
                List.of("/en/search/?q=scan", "/en/search/", "/en/search/index.html", "/search?q=scan&lang=en")) {
            attempt("GET " + target + " HTTP/1.1");
        }
        // still serving its own pages
        assertEquals(200, request("GET /nl/ct/ HTTP/1.1").status());

        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        System.out.printf(
                "PathTraversalTest: %d attempts (%d generated: %d prefixes x %d encodings of '..' x 2 targets; "
                        + "%d absolute, odd and symbolic-link targets); statuses %s; leaks: %d (%d ms)%n",
                attempts, generated, prefixes.size(), ups.size(), attempts - generated, statuses, leaks.size(), millis);
        assertEquals(List.of(), leaks);
    }

    private void attempt(String requestLine) throws IOException {
        Answer answer = request(requestLine);
        statuses.merge(answer.status(), 1, Integer::sum);
        String text = answer.text();
        if (text.contains(SECRET) || text.contains("root:x:0:0") || text.contains("root:*:0:0")) {
            leaks.add(requestLine.replace("\r\n", " | ") + " -> " + answer.status() + " leaked");
        } else if (answer.status() >= 500) {
            leaks.add(requestLine.replace("\r\n", " | ") + " -> " + answer.status());
        } else if (answer.location() != null
                && (answer.location().startsWith("//") || answer.location().contains("://"))) {
            leaks.add(requestLine + " -> redirect off the site: " + answer.location());
        }
    }

    record Answer(int status, String location, String text) {}

    private Answer request(String requestLine) throws IOException {
        attempts++;
        try (Socket socket =
                new Socket(InetAddress.getLoopbackAddress(), server.address().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(UTF_8));
            out.flush();
            byte[] all;
            try {
                all = socket.getInputStream().readAllBytes();
            } catch (java.net.SocketException e) {
                return new Answer(0, null, ""); // the server hung up on it
            }
            String text = new String(all, ISO_8859_1);
            if (text.isEmpty()) {
                return new Answer(0, null, "");
            }
            int status =
                    Integer.parseInt(text.substring(0, text.indexOf("\r\n")).split(" ")[1]);
            String location = null;
            int end = text.indexOf("\r\n\r\n");
            for (String line : text.substring(0, end < 0 ? text.length() : end).split("\r\n")) {
                if (line.regionMatches(true, 0, "Location:", 0, 9)) {
                    location = line.substring(9).trim();
                }
            }
            return new Answer(status, location, text);
        }
    }
}
