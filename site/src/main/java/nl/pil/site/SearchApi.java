package nl.pil.site;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ibm.icu.util.ULocale;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.pil.i18n.Messages;
import nl.pil.model.Bundle;
import nl.pil.model.LeafletType;
import nl.pil.search.LeafletSearcher;
import nl.pil.search.SearchRequest;
import nl.pil.search.SearchResponse;

/**
 * {@code GET /api/search?q=…&lang=nl[&type=exam][&department=…][&offset=0][&limit=10]} and {@code GET /api/suggest?q=…&lang=…}.
 * Every answer is JSON; bad input gets a 400 with a message that says what to change, never a 500.
 */
final class SearchApi implements HttpHandler {
    static final int MAX_QUERY_CHARS = 1000;
    private static final Pattern DEPARTMENT = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    // one pool of buffers for every answer: requests run on virtual threads, so Jackson's default (a buffer set per
    // thread) allocated 16 KB of buffers per answer, a third of what a search allocates
    private static final ObjectMapper JSON = new ObjectMapper(new JsonFactoryBuilder()
            .characterEscapes(new HtmlSafeEscapes())
            .recyclerPool(JsonRecyclerPools.sharedConcurrentDequePool())
            .build());

    /**
     * Writes {@code <}, {@code >}, {@code &}, {@code '}, U+2028 and U+2029 as JSON's Unicode escapes (backslash, u and
     * four hex digits): the answers echo queries and writers' titles, and this way no answer holds markup (or a
     * JavaScript line break) in raw form, however a browser or proxy might come to treat it. A JSON reader gets the same
     * strings, the snippets' {@code <mark>} included.
     */
    static final class HtmlSafeEscapes extends CharacterEscapes {
        private static final int[] ASCII = standardAsciiEscapesForJSON();
        private static final SerializedString LINE_SEPARATOR = new SerializedString("\\u2028");
        private static final SerializedString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

        static {
            for (char c : new char[] {'<', '>', '&', '\''}) {
                ASCII[c] = ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ASCII;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 ? LINE_SEPARATOR : ch == 0x2029 ? PARAGRAPH_SEPARATOR : null;
        }
    }

    private final SearchIndex index;
    private final SearchLimiter limiter;

    SearchApi(SearchIndex index, SearchLimiter limiter) {
        this.index = index;
        this.limiter = limiter;
    }

    /** What a search answers: a status and its JSON body, and whether the search ran out of time (not to be kept). */
    private record Answer(int status, ObjectNode body, boolean partial) {}

    /** A request the service refuses, with the reason shown to the caller. */
    static final class BadRequest extends Exception {
        BadRequest(String message) {
            super(message, null, false, false);
        }
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            sendError(exchange, 405, "only GET and HEAD are allowed");
            return;
        }
        String path = exchange.getRequestURI().getRawPath();
        boolean suggest = path.equals("/api/suggest");
        if (!suggest && !path.equals("/api/search")) {
            sendError(exchange, 404, "unknown API; use /api/search or /api/suggest");
            return;
        }
        Map<String, String> params;
        try {
            params = parameters(exchange);
        } catch (BadRequest e) {
            sendError(exchange, 400, e.getMessage());
            return;
        }
        SearchIndex.Snapshot snapshot = index.acquire();
        if (snapshot == null) {
            exchange.getResponseHeaders().set("Retry-After", "5");
            send(exchange, 503, error(503, "the search index is not available; build the site first"));
            return;
        }
        try {
            String key = AnswerCache.key(suggest, params);
            AnswerCache.Answer known = snapshot.answers().get(key);
            if (known != null) {
                sendJson(exchange, 200, known);
                return;
            }
            Answer answer;
            try {
                answer = limiter.call(() -> answer(snapshot, suggest, params));
            } catch (SearchLimiter.Busy e) {
                exchange.getResponseHeaders().set("Retry-After", "1");
                sendError(exchange, 503, "the search service is busy; try again in a moment");
                return;
            }
            byte[] json = JSON.writeValueAsBytes(answer.body());
            if (answer.status() == 200 && !answer.partial()) {
                sendJson(exchange, 200, snapshot.answers().put(key, json));
            } else {
                sendJson(exchange, answer.status(), new AnswerCache.Answer(json));
            }
        } finally {
            index.release(snapshot);
        }
    }

    /** Runs on a search thread (see {@link SearchLimiter}). */
    private Answer answer(SearchIndex.Snapshot snapshot, boolean suggest, Map<String, String> params)
            throws IOException {
        try {
            if (suggest) {
                return new Answer(200, suggest(snapshot, params), false);
            }
            SearchRequest request = request(snapshot.searcher(), params);
            SearchResponse response = snapshot.searcher().search(request, limiter.budget());
            return new Answer(200, toJson(response, snapshot.texts(request.lang())), response.partial());
        } catch (BadRequest e) {
            return new Answer(400, error(400, e.getMessage()), false);
        }
    }

    static Map<String, String> parameters(HttpExchange exchange) throws BadRequest {
        try {
            return QueryString.parse(exchange.getRequestURI().getRawQuery());
        } catch (IllegalArgumentException e) {
            throw new BadRequest("the query string is not valid: " + e.getMessage() + " (send UTF-8, percent-encoded)");
        }
    }

    static SearchRequest request(LeafletSearcher searcher, Map<String, String> params) throws BadRequest {
        String q = params.get("q");
        if (q == null) {
            throw new BadRequest("missing parameter 'q' (what to search for)");
        }
        if (q.length() > MAX_QUERY_CHARS) {
            throw new BadRequest(
                    "the query is too long (" + q.length() + " characters; at most " + MAX_QUERY_CHARS + ")");
        }
        String lang = language(searcher, params);
        String type = params.get("type");
        if (type != null && type.isEmpty()) {
            type = null;
        }
        if (type != null && LeafletType.fromKey(type).isEmpty() && !type.equals(Bundle.KIND)) {
            throw new BadRequest(
                    "unknown type '" + shorten(type) + "'; use one of " + LeafletType.keys() + ", " + Bundle.KIND);
        }
        String department = params.get("department");
        if (department != null && department.isEmpty()) {
            department = null;
        }
        if (department != null && !DEPARTMENT.matcher(department).matches()) {
            throw new BadRequest("'department' must be a department id such as 'radiology'");
        }
        int limit = 10;
        if (params.containsKey("limit")) {
            try {
                limit = Integer.parseInt(params.get("limit"));
            } catch (NumberFormatException e) {
                throw new BadRequest("'limit' must be a number from 1 to " + SearchRequest.MAX_LIMIT);
            }
            if (limit < 1 || limit > SearchRequest.MAX_LIMIT) {
                throw new BadRequest("'limit' must be a number from 1 to " + SearchRequest.MAX_LIMIT);
            }
        }
        int offset = 0;
        if (params.containsKey("offset")) {
            try {
                offset = Integer.parseInt(params.get("offset"));
            } catch (NumberFormatException e) {
                offset = -1;
            }
            if (offset < 0 || offset > SearchRequest.MAX_OFFSET) {
                throw new BadRequest("'offset' must be a number from 0 to " + SearchRequest.MAX_OFFSET);
            }
        }
        return new SearchRequest(q, lang, type, department, offset, limit);
    }

    static String language(LeafletSearcher searcher, Map<String, String> params) throws BadRequest {
        String lang = params.getOrDefault("lang", "");
        if (lang.isEmpty()) {
            return searcher.sourceLanguage();
        }
        if (!searcher.languages().contains(lang)) {
            throw new BadRequest("unknown language '" + shorten(lang) + "'; this site has "
                    + String.join(", ", searcher.languages()));
        }
        return lang;
    }

    static ObjectNode toJson(SearchResponse response, Messages texts) {
        ObjectNode root = JSON.createObjectNode();
        root.put("query", response.query());
        root.put("lang", response.lang());
        root.put("total", response.total());
        root.put("offset", response.offset());
        if (response.nextOffset() >= 0) {
            root.put("nextOffset", response.nextOffset()); // the "more results" page
        }
        root.put("related", response.related());
        root.put("tookMs", response.tookMs());
        if (response.partial()) {
            root.put("partial", true); // the search ran out of its budget: these are the best it found in time
        }
        ArrayNode results = root.putArray("results");
        for (SearchResponse.Hit hit : response.results()) {
            ObjectNode h = results.addObject();
            h.put("id", hit.id());
            h.put("lang", hit.lang());
            h.put("type", hit.type());
            h.put("typeLabel", texts.get("type." + hit.type()));
            h.put("title", hit.title());
            h.put("url", hit.url());
            h.put("snippet", hit.snippet());
            if (hit.section() != null) {
                // the part of the leaflet that answers: its heading (null for the text before the first) and address
                ObjectNode section = h.putObject("section");
                section.put("heading", hit.section().heading());
                section.put("anchor", hit.section().anchor());
                section.put("url", hit.section().url());
            }
            h.put("score", Math.round(hit.score() * 1000) / 1000.0);
            h.put("fallback", hit.fallback());
            if (hit.fallback()) {
                h.put(
                        "fallbackText",
                        texts.format(
                                "search.otherLanguage", Map.of("language", languageName(hit.lang(), response.lang()))));
            }
        }
        ObjectNode facets = root.putObject("facets");
        response.facets().forEach((dimension, counts) -> {
            ObjectNode d = facets.putObject(dimension);
            counts.forEach(d::put);
        });
        root.put("suggestion", response.suggestion());
        ObjectNode t = root.putObject("texts");
        t.put("summary", summary(response, texts));
        t.put("didYouMean", texts.get("search.didYouMean"));
        t.put("more", texts.get("search.more"));
        return root;
    }

    /** "17 leaflets found for …", or when none has every key word, the notice that these are related ones. */
    static String summary(SearchResponse response, Messages texts) {
        return texts.format(
                response.related() ? "search.related" : "search.summary",
                Map.of("count", response.total(), "query", response.query()));
    }

    private ObjectNode suggest(SearchIndex.Snapshot snapshot, Map<String, String> params)
            throws BadRequest, IOException {
        String q = params.getOrDefault("q", "");
        if (q.length() > MAX_QUERY_CHARS) {
            throw new BadRequest("the query is too long (at most " + MAX_QUERY_CHARS + " characters)");
        }
        String lang = language(snapshot.searcher(), params);
        List<SearchResponse.Hit> hits = snapshot.searcher().suggest(q, lang, 8);
        ObjectNode root = JSON.createObjectNode();
        root.put("query", q);
        root.put("lang", lang);
        ArrayNode list = root.putArray("suggestions");
        for (SearchResponse.Hit hit : hits) {
            list.addObject().put("id", hit.id()).put("title", hit.title()).put("url", hit.url());
        }
        return root;
    }

    /** The name of {@code lang} in the reader's language, e.g. "Nederlands" → "het Nederlands" is left to the text. */
    static String languageName(String lang, String inLanguage) {
        return ULocale.forLanguageTag(lang).getDisplayLanguage(ULocale.forLanguageTag(inLanguage));
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    static void send(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        sendJson(exchange, status, new AnswerCache.Answer(JSON.writeValueAsBytes(body)));
    }

    private static void sendJson(HttpExchange exchange, int status, AnswerCache.Answer answer) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        SafeHandler.sendCompressible(exchange, status, answer);
    }

    static void sendError(HttpExchange exchange, int status, String message) throws IOException {
        send(exchange, status, error(status, message));
    }

    private static ObjectNode error(int status, String message) {
        ObjectNode body = JSON.createObjectNode();
        body.put("error", message);
        body.put("status", status);
        return body;
    }
}
