package nl.pil.site;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The security review's search measurement, repeated: the search API ({@code /api/search}, {@code /api/suggest})
 * and the search pages without JavaScript ({@code /<lang>/search/?q=…}) get every {@link Payloads payload} as query
 * (and in the other parameters), plus odd encodings (overlong UTF-8, NUL, invalid percent escapes, very long
 * queries, CR LF), over raw sockets so nothing is normalised on the way; the index they search is the
 * {@link PayloadSite}'s, so the snippets are full of payload text too. Every answer is 2xx or 4xx; JSON parses and
 * holds no {@code <} but the {@code <mark>} of the highlighting; an HTML page holds no payload unescaped, no
 * element the built page does not have, and shows the query back exactly in the search box. Afterwards the
 * service still answers.
 */
class SearchPayloadsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VALUE = Pattern.compile("id=\"search-q\" value=\"([^\"]*)\"");
    /** Elements a search page must have exactly as many of as the built page (results add only ol, li, h2, a, p, mark). */
    private static final List<String> TAGS = List.of(
            "script",
            "img",
            "svg",
            "iframe",
            "frame",
            "math",
            "style",
            "object",
            "embed",
            "base",
            "template",
            "noscript",
            "xmp",
            "marquee",
            "video",
            "audio",
            "source",
            "details",
            "body",
            "meta",
            "input",
            "textarea",
            "form",
            "link",
            "title",
            "button",
            "select");

    @TempDir
    static Path dir;

    static StaticSiteServer server;
    static Map<String, String> builtSearchPages = new TreeMap<>();

    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private int requests;
    private int json;
    private int html;

    @BeforeAll
    static void start() throws IOException {
        Path site = dir.resolve("site");
        PayloadSite.build(dir.resolve("content"), site);
        for (String lang : List.of("nl", "en")) {
            builtSearchPages.put(lang, Files.readString(site.resolve(lang).resolve("search/index.html"), UTF_8));
        }
        server = new StaticSiteServer();
        server.start(site, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void noPayloadComesBackUnescapedAndNothingFails() throws Exception {
        long start = System.nanoTime();
        List<String> payloads = Payloads.all();
        for (String payload : payloads) {
            String q = URLEncoder.encode(payload, UTF_8);
            check("/api/search?q=" + q + "&lang=nl", payload);
            check("/api/suggest?q=" + q + "&lang=en", payload);
            check("/nl/search/?q=" + q, payload);
            check("/en/search/?q=" + q + "&type=exam", payload);
            // in the other parameters, which come back in error messages
            check("/api/search?q=scan&lang=" + q, payload);
            check("/nl/search/?q=scan&type=" + q, payload);
        }
        int payloadRequests = requests;
        List<String> odd = List.of(
                "%C0%AE%C0%AE%2F",
                "%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE",
                "%E0%80%BCscript%E0%80%BE",
                "%00",
                "a%00b%3Cscript%3E",
                "%ED%A0%80",
                "%FF%FE",
                "%",
                "%%",
                "%2",
                "%zz",
                "%u003cscript%u003e",
                "%253Cscript%253Ealert(1)%253C%252Fscript%253E",
                "+%3C+%3E+",
                "%0D%0ASet-Cookie:%20pwned=1",
                "%EF%BC%9Cscript%EF%BC%9E",
                "a".repeat(5000),
                "%3C".repeat(2000),
                "x%20%3Cb%3E".repeat(100),
                "%3Cscript%3E".repeat(80),
                "\u00ff",
                "<script>alert(1)</script>",
                "%22%3E%3Csvg%20onload=alert(1)%3E&q=second",
                "%3Cmark%3Ex%3C/mark%3E",
                "%3C/mark%3E%3Cscript%3Ealert(1)%3C/script%3E%3Cmark%3E",
                "%E2%80%A8%E2%80%A9");
        for (String q : odd) {
            check("/api/search?q=" + q + "&lang=nl", null);
            check("/api/suggest?q=" + q + "&lang=nl", null);
            check("/nl/search/?q=" + q, null);
        }
        // the service still answers, and finds leaflets by their payload text
        String after = send("/api/search?q=" + URLEncoder.encode("onerror", UTF_8) + "&lang=nl")
                .body();
        JsonNode results = JSON.readTree(after);
        assertTrue(results.get("total").asInt() > 0, after);
        assertTrue(
                results.get("results").get(0).get("snippet").asText().contains("<mark>"),
                "snippets are highlighted: " + after);
        assertEquals(200, send("/nl/").status());

        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        System.out.printf(
                "SearchPayloadsTest: %d requests (%d with the %d payloads, %d with odd encodings); %d JSON, %d HTML answers; "
                        + "statuses %s; 5xx: %d, unescaped or failed: %d (%d s)%n",
                requests,
                payloadRequests,
                payloads.size(),
                requests - payloadRequests,
                json,
                html,
                statuses,
                statuses.entrySet().stream()
                        .filter(e -> e.getKey() >= 500)
                        .mapToInt(Map.Entry::getValue)
                        .sum(),
                failures.size(),
                seconds);
        assertEquals(List.of(), failures.stream().limit(20).toList(), failures.size() + " failures");
    }

    private void check(String target, String payload) throws IOException {
        Response response = send(target);
        statuses.merge(response.status(), 1, Integer::sum);
        if (response.status() < 200
                || response.status() >= 300 && response.status() < 400
                || response.status() >= 500) {
            failures.add(target + " answered " + response.status());
            return;
        }
        String type = response.headers().getOrDefault("content-type", "");
        String body = response.body();
        if (type.startsWith("application/json")) {
            json++;
            checkJson(target, body);
        } else if (type.startsWith("text/html")) {
            html++;
            checkHtml(target, body, payload);
        } else if (!type.startsWith("text/plain")) {
            failures.add(target + ": unexpected type " + type);
        } else if (body.contains("<")) {
            failures.add(target + ": plain text with markup");
        }
        for (String name : response.headers().keySet()) {
            if (name.contains("cookie") || name.contains("pwned")) {
                failures.add(target + ": header injected: " + name);
            }
        }
    }

    private void checkJson(String target, String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            failures.add(target + ": JSON does not parse: " + e.getMessage());
            return;
        }
        if (body.replace("<mark>", "").replace("</mark>", "").contains("<")) {
            failures.add(target + ": '<' outside <mark> in " + abbreviate(body));
        }
        for (JsonNode hit : root.path("results")) {
            String snippet = hit.path("snippet").asText();
            if (snippet.replace("<mark>", "").replace("</mark>", "").contains("<")) {
                failures.add(target + ": snippet with markup: " + abbreviate(snippet));
            }
        }
    }

    private void checkHtml(String target, String body, String payload) {
        String lang = target.startsWith("/en/") ? "en" : "nl";
        if (!body.contains("id=\"search-q\"")) {
            // not a search page: the JDK's own short answer to a request line it cannot read
            if (!body.startsWith("<h1>4") || TAGS.stream().anyMatch(tag -> count(body, tag) > 0)) {
                failures.add(target + ": unexpected HTML " + abbreviate(body));
            }
            return;
        }
        String built = builtSearchPages.get(lang);
        for (String tag : TAGS) {
            int expected = count(built, tag);
            int found = count(body, tag);
            if (found != expected) {
                failures.add(target + ": " + found + " <" + tag + "> elements, the built page has " + expected);
            }
        }
        if (payload != null && payload.matches("(?s).*[<>\"].*") && body.contains(payload)) {
            failures.add(target + ": the payload is in the page unescaped");
        }
        Matcher value = VALUE.matcher(body);
        if (!value.find()) {
            failures.add(target + ": no search box value");
        } else if (payload != null && target.contains("?q=" + URLEncoder.encode(payload, UTF_8) + "&")
                || payload != null && target.endsWith("?q=" + URLEncoder.encode(payload, UTF_8))) {
            String shown = unescape(value.group(1));
            // a long query is cut (the search uses its first 200 characters)
            if (shown.length() < Math.min(payload.length(), 200) || !payload.startsWith(shown)) {
                failures.add(target + ": the search box shows " + abbreviate(value.group(1)));
            }
        }
    }

    private static int count(String html, String tag) {
        Matcher m =
                Pattern.compile("<" + tag + "[\\s/>]", Pattern.CASE_INSENSITIVE).matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String unescape(String attribute) {
        return attribute
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&#x27;", "'")
                .replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    record Response(int status, Map<String, String> headers, String body) {}

    /** Sends the request line as is, over a plain socket, and reads the answer (the server closes after it). */
    private Response send(String target) throws IOException {
        requests++;
        try (Socket socket =
                new Socket(InetAddress.getLoopbackAddress(), server.address().getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target
                            + " HTTP/1.1\r\nHost: localhost\r\nAccept-Encoding: identity\r\nConnection: close\r\n\r\n")
                    .getBytes(UTF_8));
            out.flush();
            byte[] all = socket.getInputStream().readAllBytes();
            String head = new String(all, ISO_8859_1);
            int end = head.indexOf("\r\n\r\n");
            if (end < 0) {
                throw new IOException(target + ": no complete answer: " + abbreviate(head));
            }
            String[] lines = head.substring(0, end).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, String> headers = new TreeMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(
                        lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
            byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = dechunk(body);
            }
            return new Response(status, headers, new String(body, UTF_8));
        }
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < chunked.length) {
            int lineEnd = i;
            while (lineEnd + 1 < chunked.length && !(chunked[lineEnd] == '\r' && chunked[lineEnd + 1] == '\n')) {
                lineEnd++;
            }
            int size = Integer.parseInt(new String(chunked, i, lineEnd - i, ISO_8859_1).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, size);
            i = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }
}
