package nl.pil.site;

import com.ibm.icu.util.ULocale;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import freemarker.template.utility.StringUtil;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The home page with a suggestion for the reader's browser language (Accept-Language): a prominent link to
 * that language, never a redirect, so a patient reading on someone else's phone still chooses for themselves.
 */
final class HomePage implements HttpHandler {
    static final String MARKER = "<!--pil:language-suggestion-->";

    private final StaticFiles files;
    private final SearchIndex index;
    private final HttpHandler next;

    /** @param files the site's files: the home page is read through them, so never from outside the site folder */
    HomePage(StaticFiles files, SearchIndex index, HttpHandler next) {
        this.files = files;
        this.index = index;
        this.next = next;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String accept = exchange.getRequestHeaders().getFirst("Accept-Language");
        if (!exchange.getRequestMethod().equals("GET")
                || !(path.equals("/") || path.equals("/index.html"))
                || accept == null
                || !(files.resolve(new RequestPath(List.of("index.html"), false)) instanceof StaticFiles.Found found)) {
            next.handle(exchange); // the static files answer (a missing or outside home page is a 404 there)
            return;
        }
        String html = Files.readString(found.file(), StandardCharsets.UTF_8);
        String suggestion = suggestion(accept).orElse("");
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.getResponseHeaders().set("Vary", "Accept-Language");
        exchange.getResponseHeaders().set("Content-Security-Policy", StaticFiles.CONTENT_SECURITY_POLICY);
        SafeHandler.send(exchange, 200, html.replace(MARKER, suggestion).getBytes(StandardCharsets.UTF_8));
    }

    private Optional<String> suggestion(String acceptLanguage) throws IOException {
        SearchIndex.Snapshot snapshot = index.acquire();
        if (snapshot == null) {
            return Optional.empty();
        }
        try {
            List<String> languages = new ArrayList<>(snapshot.searcher().languages());
            String best = bestMatch(acceptLanguage, languages);
            if (best == null || best.equals(snapshot.searcher().sourceLanguage())) {
                return Optional.empty(); // the home page is already in the source language
            }
            String dir = ULocale.forLanguageTag(best).isRightToLeft() ? "rtl" : "ltr";
            String text = snapshot.texts(best).get("home.suggest");
            return Optional.of("<p class=\"language-suggestion\" lang=\"" + best + "\" dir=\"" + dir + "\"><a href=\""
                    + best + "/\" hreflang=\"" + best + "\">" + StringUtil.XHTMLEnc(text) + "</a></p>");
        } finally {
            index.release(snapshot);
        }
    }

    /** The site language the browser prefers most, or null; a malformed header counts as no preference. */
    static String bestMatch(String acceptLanguage, List<String> languages) {
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(
                    acceptLanguage.length() > 500 ? acceptLanguage.substring(0, 500) : acceptLanguage);
            for (Locale.LanguageRange range : ranges) {
                String wanted = range.getRange().toLowerCase(Locale.ROOT);
                for (String lang : languages) {
                    String l = lang.toLowerCase(Locale.ROOT);
                    if (wanted.equals(l) || wanted.startsWith(l + "-") || l.startsWith(wanted + "-")) {
                        return lang;
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }
}
