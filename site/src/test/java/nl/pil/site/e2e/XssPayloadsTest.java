package nl.pil.site.e2e;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.pil.site.PayloadSite;
import nl.pil.site.Payloads;
import nl.pil.site.StaticSiteServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The security review's XSS measurement, repeated in real headless Chromium: a site whose every writer-controlled
 * field carries every {@link Payloads payload} ({@link PayloadSite}) is built by the real compiler and served by
 * {@link StaticSiteServer}; every HTML page of the output is loaded as served (and a sample from disk through
 * {@code file:}, without the site's Content-Security-Policy, so only Pil's escaping stands between a payload and
 * the browser), and the search page with every payload as query, server-rendered and rendered by its script. Nothing may run (no alert, no {@code __pwned}, no {@code PWNED} title, no evaluated
 * template) and no payload may turn into markup (no event-handler attribute, foreign script, frame, object,
 * SVG/MathML, {@code javascript:} address…), which would be caught even where the policy alone stopped it. A control
 * page with the payloads unescaped shows that these checks do find them; a sample shows the payloads as text.
 * Skipped, like {@link BrowserTest}, on a developer machine without Chromium.
 */
class XssPayloadsTest {
    /**
     * Returns what a page shows of a payload having run or turned into markup. Pil's own pages have no inline
     * script, no event handlers, no frames, SVG or MathML, and scripts only from {@code /assets/} (beside JSON-LD).
     */
    private static final String INSPECT = """
            var found = [];
            var banned = ['IFRAME', 'FRAME', 'FRAMESET', 'OBJECT', 'EMBED', 'APPLET', 'BASE', 'SVG', 'MATH', 'TEMPLATE',
                'NOSCRIPT', 'XMP', 'MARQUEE', 'VIDEO', 'AUDIO', 'SOURCE', 'ISINDEX', 'TEXTAREA'];
            document.querySelectorAll('*').forEach(function (e) {
              var tag = e.tagName.toUpperCase();
              for (var i = 0; i < e.attributes.length; i++) {
                var a = e.attributes[i];
                if (/^on/i.test(a.name)) { found.push(tag + '[' + a.name + ']'); }
                if (/^(href|src|action|formaction|data|srcdoc|xlink:href|values)$/i.test(a.name)
                    && /^\\s*(javascript|vbscript|data:text\\/html)/i.test(a.value)) { found.push(tag + '[' + a.name + '=' + a.value + ']'); }
              }
              if (banned.indexOf(tag) >= 0) { found.push(tag); }
              if (tag === 'SCRIPT' && e.type !== 'application/ld+json' && !/\\/assets\\/search\\.js$/.test(e.src || '')) { found.push('SCRIPT ' + (e.src || e.textContent.slice(0, 40))); }
              if (tag === 'STYLE' || tag === 'META' && e.httpEquiv) { found.push(tag); }
              if (tag === 'INPUT' && e.hasAttribute('autofocus') && e.id !== 'search-q') { found.push('INPUT[autofocus]'); }
            });
            var ran = [];
            if (typeof window.__pwned !== 'undefined') { ran.push('__pwned=' + window.__pwned); }
            if (/^PWNED\\d+$/.test(document.title)) { ran.push('title ' + document.title); }
            if (document.body && document.body.textContent.indexOf('%s') >= 0) { ran.push('template evaluated'); }
            return {injected: found, ran: ran, html: arguments[0] ? document.documentElement.outerHTML : ''};
            """.formatted(Payloads.TEMPLATE_EVALUATED);

    @TempDir
    static Path dir;

    static Path site;
    static StaticSiteServer server;
    static WebDriver browser;
    static String base;

    /** What went wrong, by page: a payload that ran or was injected as markup. */
    private final Map<String, List<String>> executed = new TreeMap<>();

    private final Map<String, List<String>> injected = new TreeMap<>();
    private final Set<String> reached = new TreeSet<>();
    private int loads;

    @BeforeAll
    static void start() throws IOException {
        Chromium.requireInstalled();
        site = dir.resolve("site");
        PayloadSite.build(dir.resolve("content"), site);
        server = new StaticSiteServer();
        server.start(site, new InetSocketAddress("127.0.0.1", 0));
        base = "http://127.0.0.1:" + server.address().getPort();
        ChromeOptions options = Chromium.options(dir.resolve("profile"));
        // an alert stays open, so the test sees it (instead of the driver dismissing it)
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        options.setPageLoadTimeout(Duration.ofSeconds(20));
        browser = Chromium.start(options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Timeout(value = 170, unit = TimeUnit.SECONDS)
    void noPayloadRunsOrBecomesMarkupOnAnyPage() throws Exception {
        long start = System.nanoTime();
        detectorsWork();
        List<String> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            files.filter(f -> f.getFileName().toString().endsWith(".html"))
                    .map(f -> site.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> !f.startsWith("_") && !f.startsWith("."))
                    .sorted()
                    .forEach(pages::add);
        }
        for (String page : pages) {
            String path = "/"
                    + (page.endsWith("index.html") ? page.substring(0, page.length() - "index.html".length()) : page);
            visit(base + path, true);
        }
        // without the site's policy: only the escaping stands between a payload and the browser
        for (String page : List.of(
                "index.html",
                "nl/index.html",
                "en/search/index.html",
                "404.html",
                "nl/" + PayloadSite.id(1) + "/index.html",
                "en/" + PayloadSite.id(2) + "/index.html")) {
            visit(site.resolve(page).toUri().toString(), false);
        }
        visit(base + "/does-not-exist/", true);
        int searches = 0;
        for (String payload : Payloads.all()) {
            String q = URLEncoder.encode(payload, UTF_8);
            visit(base + "/nl/search/?q=" + q, false);
            searches++;
        }
        for (String q : List.of("script", "onerror", "pwned", "javascript", "iframe srcdoc", "mglyph")) {
            searchByScript("nl", q);
            searchByScript("en", q);
            searches += 2;
        }
        showsPayloadsAsText();
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        int payloads = Payloads.all().size();
        int fields = PayloadSite.FIELDS.size();
        System.out.printf(
                "XssPayloadsTest: %d payloads x %d writer fields = %d combinations, %d reached a served page; "
                        + "%d html pages loaded (%d loads, 6 of them from file without the policy), %d search pages; executed: %d, injected as markup: %d (%d s)%n",
                payloads,
                fields,
                payloads * fields,
                reached.size(),
                pages.size(),
                loads,
                searches,
                executed.size(),
                injected.size(),
                seconds);
        assertEquals("", summary(executed), "payloads that ran");
        assertEquals("", summary(injected), "payloads that became markup");
        assertEquals(payloads * fields, reached.size(), "every payload reached a page in every field");
    }

    /** The first findings, short enough for a test report. */
    private static String summary(Map<String, List<String>> findings) {
        StringBuilder out = new StringBuilder();
        findings.entrySet().stream()
                .limit(15)
                .forEach(e -> out.append(e.getKey(), 0, Math.min(120, e.getKey().length()))
                        .append(" -> ")
                        .append(e.getValue().stream()
                                .limit(5)
                                .map(v -> v.length() > 100 ? v.substring(0, 100) : v)
                                .toList())
                        .append('\n'));
        if (findings.size() > 15) {
            out.append("… and ").append(findings.size() - 15).append(" more pages");
        }
        return out.toString();
    }

    /** Loads {@code url} and records anything that ran or was injected; counts the tags it shows when {@code count}. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> visit(String url, boolean count) {
        loads++;
        try {
            browser.get(url);
        } catch (UnhandledAlertException e) {
            executed.computeIfAbsent(url, k -> new ArrayList<>()).add("alert " + e.getAlertText());
        }
        dismissAlerts(url);
        Map<String, Object> state;
        try {
            state = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(INSPECT, count);
        } catch (UnhandledAlertException e) {
            dismissAlerts(url);
            state = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(INSPECT, count);
        }
        record(url, state);
        return state;
    }

    @SuppressWarnings("unchecked")
    private void record(String url, Map<String, Object> state) {
        List<String> ran = (List<String>) state.get("ran");
        if (!ran.isEmpty()) {
            executed.computeIfAbsent(url, k -> new ArrayList<>()).addAll(ran);
        }
        List<String> markup = (List<String>) state.get("injected");
        if (!markup.isEmpty()) {
            injected.computeIfAbsent(url, k -> new ArrayList<>()).addAll(markup);
        }
        reached.addAll(PayloadSite.reached((String) state.get("html")));
    }

    private void dismissAlerts(String url) {
        for (int i = 0; i < 20; i++) {
            try {
                Alert alert = browser.switchTo().alert();
                executed.computeIfAbsent(url, k -> new ArrayList<>()).add("alert " + alert.getText());
                alert.accept();
            } catch (NoAlertPresentException e) {
                return;
            }
        }
    }

    /** Types a query into the search page and lets its script render the results (snippets go in as HTML). */
    @SuppressWarnings("unchecked")
    private void searchByScript(String lang, String q) {
        String url = base + "/" + lang + "/search/#" + q;
        loads++;
        browser.get(base + "/" + lang + "/search/");
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(
                "var i = document.getElementById('search-q'); i.value = arguments[0];"
                        + "document.querySelector('.search-form').requestSubmit();",
                q);
        try {
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(d -> !d.findElements(By.cssSelector("#search-results .search-summary"))
                            .isEmpty());
        } catch (UnhandledAlertException e) {
            executed.computeIfAbsent(url, k -> new ArrayList<>()).add("alert " + e.getAlertText());
        }
        dismissAlerts(url);
        record(url, (Map<String, Object>) js.executeScript(INSPECT, false));
    }

    /** The control: the same checks on a page with unescaped payloads find them (then forgets them). */
    private void detectorsWork() throws IOException {
        Path control = dir.resolve("control.html");
        Files.writeString(
                control,
                "<!DOCTYPE html><title>Control</title><p>"
                        + String.join(" ", Payloads.all().subList(0, 4)) + "</p>" + "<p>"
                        + Payloads.all().get(18).replace("{{7*7}}", "49") + "</p>",
                UTF_8);
        visit(control.toUri().toString(), false);
        String url = control.toUri().toString();
        assertTrue(executed.getOrDefault(url, List.of()).size() >= 3, "the control page's payloads ran: " + executed);
        assertTrue(
                injected.getOrDefault(url, List.of()).size() >= 3, "the control page's markup is found: " + injected);
        executed.clear();
        injected.clear();
        loads = 0;
    }

    /** Not vacuous: the payloads are on the pages, as text. */
    private void showsPayloadsAsText() {
        String script = Payloads.all().get(0);
        browser.get(base + "/nl/" + PayloadSite.id(PayloadSite.leafletOf(1)) + "/");
        assertTrue(
                browser.findElement(By.className("leaflet-body"))
                        .getText()
                        .contains("Alinea: " + script + " " + PayloadSite.tag("body paragraph", 1)),
                "the paragraph shows the <script> text");
        assertTrue(
                browser.findElement(By.tagName("h1")).getText().startsWith(script + " " + PayloadSite.tag("title", 1)));
        String breakout = Payloads.all().get(5);
        browser.get(base + "/en/" + PayloadSite.id(PayloadSite.leafletOf(6)) + "/");
        assertTrue(browser.findElement(By.tagName("h1"))
                .getText()
                .startsWith(breakout + " " + PayloadSite.tag("title (en)", 6)));
        String body = browser.findElement(By.tagName("body")).getText();
        assertTrue(body.contains(breakout + " " + PayloadSite.tag("department hours (en)", 6)), "department hours");
        assertTrue(body.contains(script + " " + PayloadSite.tag("contact address", 1)), "contact address");
        browser.get(base + "/nl/search/?q=" + URLEncoder.encode(script, UTF_8));
        assertEquals(script, browser.findElement(By.id("search-q")).getAttribute("value"));
        assertTrue(browser.findElement(By.cssSelector("#search-results .search-summary"))
                .getText()
                .contains(script));
    }
}
