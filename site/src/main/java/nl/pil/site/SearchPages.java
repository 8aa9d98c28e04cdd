package nl.pil.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import freemarker.template.utility.StringUtil;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.pil.i18n.Messages;
import nl.pil.search.SearchRequest;
import nl.pil.search.SearchResponse;

/**
 * The search pages without JavaScript: {@code /<lang>/search/?q=…} is the built search page with the results
 * filled in by the server; {@code /search?q=…[&lang=…]} redirects there. Everything else goes to the static files.
 */
final class SearchPages implements HttpHandler {
    static final String MARKER = "<!--pil:search-results-->";
    private static final Pattern SEARCH_PAGE = Pattern.compile("/([a-z]{2,3}(?:-[A-Z]{2})?)/search/");

    private final Path siteFolder;
    private final SearchIndex index;
    private final StaticFiles files;
    private final SearchLimiter limiter;

    /** @param files the site's files: the search page is read through them, so never from outside the site folder */
    SearchPages(Path siteFolder, SearchIndex index, StaticFiles files, SearchLimiter limiter) {
        this.siteFolder = siteFolder;
        this.index = index;
        this.files = files;
        this.limiter = limiter;
    }

    /** The results part of the page and its status. */
    private record Results(int status, String html) {}

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String method = exchange.getRequestMethod();
        boolean readable = method.equals("GET") || method.equals("HEAD");
        if (readable && (path.equals("/search") || path.equals("/search/"))) {
            redirect(exchange);
            return;
        }
        Matcher page = SEARCH_PAGE.matcher(path);
        String rawQuery = exchange.getRequestURI().getRawQuery();
        if (!readable || !page.matches() || rawQuery == null || !rawQuery.contains("q=")) {
            files.handle(exchange);
            return;
        }
        if (!(files.resolve(new RequestPath(List.of(page.group(1), "search", "index.html"), false))
                instanceof StaticFiles.Found found)) {
            files.handle(exchange);
            return;
        }
        String html = Files.readString(found.file(), StandardCharsets.UTF_8);
        String lang = page.group(1);
        String shownQuery = "";
        Results results;
        try {
            Map<String, String> params = SearchApi.parameters(exchange);
            params.put("lang", lang);
            shownQuery = params.getOrDefault("q", "");
            results = limiter.call(() -> results(lang, params));
        } catch (SearchApi.BadRequest e) {
            results = new Results(400, "<p class=\"search-summary\">" + StringUtil.XHTMLEnc(e.getMessage()) + "</p>");
        } catch (SearchLimiter.Busy e) {
            results = unavailable(lang);
        }
        if (results.status() == 503) {
            exchange.getResponseHeaders().set("Retry-After", "1");
        }
        int status = results.status();
        String value = shownQuery.length() > SearchRequest.MAX_QUERY_CHARS
                ? shownQuery.substring(0, SearchRequest.MAX_QUERY_CHARS)
                : shownQuery;
        html = html.replace(MARKER, results.html())
                .replace("id=\"search-q\"", "id=\"search-q\" value=\"" + StringUtil.XHTMLEnc(value) + "\"");
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("Content-Security-Policy", StaticFiles.CONTENT_SECURITY_POLICY);
        SafeHandler.sendCompressible(exchange, status, html.getBytes(StandardCharsets.UTF_8));
    }

    /** Runs on a search thread (see {@link SearchLimiter}). */
    private Results results(String lang, Map<String, String> params) throws IOException {
        SearchIndex.Snapshot snapshot = index.acquire();
        try {
            if (snapshot == null) {
                return unavailable(lang);
            }
            SearchRequest request = SearchApi.request(snapshot.searcher(), params);
            return new Results(
                    200,
                    render(
                            snapshot.searcher().search(request, limiter.budget()),
                            snapshot.texts(request.lang()),
                            request.type()));
        } catch (SearchApi.BadRequest e) {
            return new Results(400, "<p class=\"search-summary\">" + StringUtil.XHTMLEnc(e.getMessage()) + "</p>");
        } finally {
            index.release(snapshot);
        }
    }

    private Results unavailable(String lang) throws IOException {
        return new Results(
                503,
                "<p class=\"search-summary\">"
                        + StringUtil.XHTMLEnc(index.texts(lang).get("search.unavailable")) + "</p>");
    }

    /** Results as HTML: every text escaped; snippets come escaped from the searcher with only {@code <mark>}. */
    static String render(SearchResponse response, Messages texts, String type) {
        StringBuilder html = new StringBuilder();
        html.append(response.related() ? "<p class=\"search-summary search-related\">" : "<p class=\"search-summary\">")
                .append(StringUtil.XHTMLEnc(SearchApi.summary(response, texts)))
                .append("</p>\n");
        if (response.suggestion() != null) {
            html.append("<p class=\"search-suggestion\">")
                    .append(StringUtil.XHTMLEnc(texts.get("search.didYouMean")))
                    .append(" <a href=\"?q=")
                    .append(StringUtil.XHTMLEnc(URLEncoder.encode(response.suggestion(), StandardCharsets.UTF_8)))
                    .append("\">")
                    .append(StringUtil.XHTMLEnc(response.suggestion()))
                    .append("</a></p>\n");
        }
        html.append(response.offset() > 0 ? "<ol start=\"" + (response.offset() + 1) + "\">\n" : "<ol>\n");
        for (SearchResponse.Hit hit : response.results()) {
            html.append(hit.fallback() ? "<li lang=\"" + StringUtil.XHTMLEnc(hit.lang()) + "\">" : "<li>")
                    .append("<h2><a href=\"")
                    .append(StringUtil.XHTMLEnc(hit.url()))
                    .append("\" hreflang=\"")
                    .append(StringUtil.XHTMLEnc(hit.lang()))
                    .append("\">")
                    .append(StringUtil.XHTMLEnc(hit.title()))
                    .append("</a></h2>")
                    .append("<p class=\"result-meta\">")
                    .append(StringUtil.XHTMLEnc(texts.get("type." + hit.type())));
            if (hit.fallback()) {
                html.append(" · ")
                        .append(StringUtil.XHTMLEnc(texts.format(
                                "search.otherLanguage",
                                Map.of("language", SearchApi.languageName(hit.lang(), response.lang())))));
            }
            html.append("</p>");
            if (hit.section() != null && hit.section().heading() != null) {
                // the section that answers, linked to its place on the page
                html.append("<p class=\"result-section\"><a href=\"")
                        .append(StringUtil.XHTMLEnc(hit.section().url()))
                        .append("\" hreflang=\"")
                        .append(StringUtil.XHTMLEnc(hit.lang()))
                        .append("\">")
                        .append(StringUtil.XHTMLEnc(hit.section().heading()))
                        .append("</a></p>");
            }
            html.append("<p class=\"snippet\">").append(hit.snippet()).append("</p></li>\n");
        }
        html.append("</ol>\n");
        if (response.nextOffset() >= 0) {
            StringBuilder next =
                    new StringBuilder("?q=").append(URLEncoder.encode(response.query(), StandardCharsets.UTF_8));
            if (type != null) {
                next.append("&type=").append(URLEncoder.encode(type, StandardCharsets.UTF_8));
            }
            next.append("&offset=").append(response.nextOffset());
            html.append("<p class=\"search-more\"><a href=\"")
                    .append(StringUtil.XHTMLEnc(next.toString()))
                    .append("\">")
                    .append(StringUtil.XHTMLEnc(texts.get("search.more")))
                    .append("</a></p>\n");
        }
        return html.toString();
    }

    private void redirect(HttpExchange exchange) throws IOException {
        String lang;
        Map<String, String> params;
        try {
            params = SearchApi.parameters(exchange);
        } catch (SearchApi.BadRequest e) {
            SafeHandler.sendText(exchange, 400, "Bad request: " + e.getMessage());
            return;
        }
        lang = params.getOrDefault("lang", "");
        if (!lang.matches("[a-z]{2,3}(-[A-Z]{2})?")
                || !Files.isDirectory(siteFolder.resolve(lang).resolve("search"))) {
            lang = defaultLanguage();
        }
        String query = exchange.getRequestURI().getRawQuery();
        exchange.getResponseHeaders().set("Location", "/" + lang + "/search/" + (query == null ? "" : "?" + query));
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        SafeHandler.send(exchange, 302, new byte[0]);
    }

    private String defaultLanguage() throws IOException {
        SearchIndex.Snapshot snapshot = index.acquire();
        try {
            return snapshot == null ? "nl" : snapshot.searcher().sourceLanguage();
        } finally {
            index.release(snapshot);
        }
    }
}
