package nl.pil.site;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import nl.pil.publish.Publisher;

/**
 * Serves the files of a built site: maps the request path to a file inside the site folder (never outside
 * it), and adds content type, caching and security headers; textual files are gzipped when the client
 * accepts it, and a single byte range ({@code Range: bytes=…}) is answered with 206.
 *
 * <p>Only the pages Pil generates run in the site's origin (see {@link #kind}): a writer's attachment that a
 * browser could run script from (HTML, SVG, XML, JavaScript outside {@code /assets/}, any unknown type) is sent
 * as a download ({@code Content-Disposition: attachment}) with a sandboxing policy, so opening it can neither
 * run script as the site nor read its pages.
 *
 * <p>The folder is resolved again on every request, because the publisher replaces it as a whole.
 */
final class StaticFiles implements HttpHandler {

    /** A file type: its {@code Content-Type}, and whether it is text (so worth compressing). */
    record Type(String contentType, boolean text) {}

    static final Type OCTET_STREAM = new Type("application/octet-stream", false);

    private static final Map<String, Type> TYPES = Map.ofEntries(
            Map.entry("html", new Type("text/html; charset=utf-8", true)),
            Map.entry("css", new Type("text/css; charset=utf-8", true)),
            Map.entry("js", new Type("text/javascript; charset=utf-8", true)),
            Map.entry("json", new Type("application/json; charset=utf-8", true)),
            Map.entry("xml", new Type("application/xml; charset=utf-8", true)),
            Map.entry("txt", new Type("text/plain; charset=utf-8", true)),
            Map.entry("svg", new Type("image/svg+xml; charset=utf-8", true)),
            Map.entry("png", new Type("image/png", false)),
            Map.entry("jpg", new Type("image/jpeg", false)),
            Map.entry("jpeg", new Type("image/jpeg", false)),
            Map.entry("gif", new Type("image/gif", false)),
            Map.entry("webp", new Type("image/webp", false)),
            Map.entry("pdf", new Type("application/pdf", false)),
            Map.entry("woff2", new Type("font/woff2", false)),
            Map.entry("ico", new Type("image/x-icon", false)));

    /**
     * For HTML. Scripts only from the site itself and never inline; JSON-LD blocks are data, not script, so
     * CSP does not block them.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'self'";

    /**
     * For everything that is not a page of Pil's: no script, no loads, and (sandbox) a unique origin should a
     * browser render it anyway. Also the default of every response, errors and the search API included.
     */
    static final String SANDBOX_POLICY = "default-src 'none'; sandbox";

    /**
     * For PDF handouts and attachments: not framed by other sites, and nothing else. Chromium applies a PDF's policy
     * to the page of its built-in viewer, which needs inline styles and a plugin: {@code default-src 'none'} (or a
     * sandbox) leaves patients a blank or cut-off viewer. A PDF's own scripts run in the viewer's sandbox, not here.
     */
    static final String PDF_POLICY = "frame-ancestors 'self'";

    /** How a file is served. */
    enum Kind {
        /** A page Pil generated: HTML in the site's origin, under {@link #CONTENT_SECURITY_POLICY}. */
        PAGE,
        /** A file that cannot run script (or Pil's own script or sitemap): shown in place. */
        INLINE,
        /** A file a browser could run script from: a download, sandboxed. */
        ATTACHMENT
    }

    /** Types a browser may run script from when opened (beside HTML): never inline unless Pil made them. */
    private static final Set<String> ACTIVE =
            Set.of("svg", "svgz", "xml", "xsl", "xslt", "xht", "xhtml", "htm", "html", "js", "mjs", "shtml");

    /** Textual files up to this size go out as they are: compressing them gains next to nothing. */
    static final long GZIP_THRESHOLD = 1024;

    /** A larger 404.html is not sent (plain text instead): it is read into memory on every miss. */
    private static final long MAX_NOT_FOUND_PAGE = 1 << 20;

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    private final Path siteFolder;
    private final GzipCache gzipped = new GzipCache();

    StaticFiles(Path siteFolder) {
        this.siteFolder = siteFolder.toAbsolutePath().normalize();
    }

    /** What a request path leads to. */
    sealed interface Target {}

    /** @param relative the file's real path relative to the real site folder */
    record Found(Path file, Path relative, BasicFileAttributes attributes) implements Target {}

    /** A folder asked for without its trailing slash. */
    record AddSlash() implements Target {}

    record Missing() implements Target {}

    /** The site folder itself is absent (for a moment, while it is being replaced; or deleted). */
    record NoSite() implements Target {}

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            SafeHandler.sendText(exchange, 405, "Method not allowed");
            return;
        }
        RequestPath path;
        try {
            path = RequestPath.parse(exchange.getRequestURI().getRawPath());
        } catch (IllegalArgumentException e) {
            SafeHandler.sendText(exchange, 400, "Bad request: " + e.getMessage());
            return;
        }
        Target target = resolve(path);
        if (target instanceof NoSite && recovered()) {
            target = resolve(path);
        }
        switch (target) {
            case Found found -> sendFile(exchange, found);
            case AddSlash addSlash -> redirectToFolder(exchange);
            case Missing missing -> notFound(exchange);
            case NoSite noSite -> {
                exchange.getResponseHeaders().set("Retry-After", "1");
                SafeHandler.sendText(exchange, 503, "The site is not available at the moment");
            }
        }
    }

    /**
     * Whether a build killed between its two renames left the site beside the missing folder and it is back now
     * ({@link nl.pil.publish.Publisher#recoverIfIdle}: never waits for a build that is publishing).
     */
    private boolean recovered() {
        try {
            return Publisher.recoverIfIdle(siteFolder);
        } catch (IOException | RuntimeException e) {
            return false; // answered as a missing site; the next request or build tries again
        }
    }

    /** Maps a checked request path to a regular file inside the (real) site folder. */
    Target resolve(RequestPath path) {
        Path root;
        try {
            root = siteFolder.toRealPath();
        } catch (IOException e) {
            return new NoSite();
        }
        if (path.segments().stream().anyMatch(StaticFiles::hidden)) {
            return new Missing();
        }
        Path candidate = root;
        try {
            for (String segment : path.segments()) {
                candidate = candidate.resolve(segment);
            }
            if (path.directory()) {
                candidate = candidate.resolve("index.html");
            }
        } catch (InvalidPathException e) {
            return new Missing();
        }
        if (!candidate.normalize().startsWith(root)) {
            return new Missing();
        }
        Path real;
        BasicFileAttributes attributes;
        try {
            real = candidate.toRealPath(); // follows symlinks; fails for missing files, loops, names too long
            attributes = Files.readAttributes(real, BasicFileAttributes.class);
        } catch (IOException e) {
            return new Missing();
        }
        if (!real.startsWith(root) || real.equals(root)) {
            return new Missing(); // a symlink leading out of the site
        }
        for (Path name : root.relativize(real)) {
            if (hidden(name.toString())) {
                return new Missing(); // a symlink into a hidden folder
            }
        }
        if (attributes.isDirectory()) {
            return path.directory() ? new Missing() : new AddSlash();
        }
        return attributes.isRegularFile() ? new Found(real, root.relativize(real), attributes) : new Missing();
    }

    /** Whether {@code found} is a page Pil generated (see {@link #kind}). */
    boolean isPage(Found found) {
        return kind(found.relative()) == Kind.PAGE;
    }

    /**
     * How the file at {@code relative} (to the site folder) is served. Pil's pages are the {@code index.html}
     * files of the home page, the language folders and their leaflet, search, A–Z and departments folders (at most
     * two folders deep), the department and care-path pages ({@code nl/departments/radiology/},
     * {@code nl/bundles/liver-care-path/}) and {@code /404.html}; anything
     * else deeper is a writer's attachment (one in a leaflet's subfolder).
     * Pil's script and style are under {@code /assets/}; its sitemap is {@code /sitemap.xml}.
     */
    static Kind kind(Path relative) {
        String name = relative.getFileName().toString();
        String extension = extension(relative);
        int depth = relative.getNameCount();
        if (name.equals("index.html") && depth <= 3 || relative.toString().equals("404.html")) {
            return Kind.PAGE;
        }
        // a department's page, nl/departments/radiology/, or a care-path packet's, nl/bundles/liver-care-path/: no
        // leaflet may be called "departments" or "bundles", so no writer's attachment can sit there
        if (name.equals("index.html")
                && depth == 4
                && (relative.getName(1).toString().equals("departments")
                        || relative.getName(1).toString().equals("bundles"))) {
            return Kind.PAGE;
        }
        if ((extension.equals("js") || extension.equals("css"))
                && depth > 1
                && relative.getName(0).toString().equals("assets")) {
            return Kind.INLINE;
        }
        if (relative.toString().equals("sitemap.xml")) {
            return Kind.INLINE;
        }
        if (ACTIVE.contains(extension) || !TYPES.containsKey(extension)) {
            return Kind.ATTACHMENT;
        }
        return Kind.INLINE;
    }

    private static boolean hidden(String segment) {
        // "_search" holds the index, served only through the search API
        return segment.startsWith(".") || segment.equals("_search");
    }

    private void sendFile(HttpExchange exchange, Found found) throws IOException {
        InputStream in;
        try {
            in = Files.newInputStream(found.file());
        } catch (IOException e) {
            notFound(exchange); // gone or unreadable since it was resolved
            return;
        }
        try (in) {
            String extension = extension(found.file());
            Type type = TYPES.getOrDefault(extension, OCTET_STREAM);
            long size = found.attributes().size();
            Instant modified = found.attributes().lastModifiedTime().toInstant();
            boolean compressible = type.text() && size > GZIP_THRESHOLD;
            boolean gzip =
                    compressible && acceptsGzip(exchange.getRequestHeaders().get("Accept-Encoding"));
            long stamp = found.attributes().lastModifiedTime().to(TimeUnit.MICROSECONDS);
            String etag = "\"" + Long.toHexString(size) + "-" + Long.toHexString(stamp) + (gzip ? "-gz" : "") + "\"";

            Headers headers = exchange.getResponseHeaders();
            headers.set("Content-Type", type.contentType());
            headers.set("ETag", etag);
            headers.set("Last-Modified", httpDate(modified));
            headers.set("Accept-Ranges", "bytes");
            Kind kind = kind(found.relative());
            if (kind == Kind.PAGE) {
                headers.set("Cache-Control", "no-cache");
                headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            } else {
                headers.set("Cache-Control", "public, max-age=3600");
                headers.set("Content-Security-Policy", extension.equals("pdf") ? PDF_POLICY : SANDBOX_POLICY);
            }
            if (kind == Kind.ATTACHMENT) {
                headers.set("Content-Disposition", "attachment");
            }
            if (compressible) {
                headers.set("Vary", "Accept-Encoding");
            }
            if (notModified(exchange.getRequestHeaders(), etag, modified)) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            boolean head = SafeHandler.isHead(exchange);
            String identityTag = "\"" + Long.toHexString(size) + "-" + Long.toHexString(stamp) + "\"";
            ByteRange range = ifRange(exchange.getRequestHeaders().getFirst("If-Range"), identityTag, modified)
                    ? ByteRange.parse(exchange.getRequestHeaders().getFirst("Range"), size)
                    : null;
            if (range == ByteRange.UNSATISFIABLE) {
                headers.set("Content-Range", "bytes */" + size);
                headers.remove("Content-Disposition");
                SafeHandler.sendText(exchange, 416, "Range not satisfiable: the file has " + size + " bytes");
                return;
            }
            if (range != null) {
                // a part of the file as it is stored (never compressed: ranges count the file's own bytes)
                headers.set("ETag", identityTag);
                headers.set("Content-Range", "bytes " + range.first() + "-" + range.last() + "/" + size);
                if (head) {
                    headers.set("Content-Length", Long.toString(range.length()));
                    exchange.sendResponseHeaders(206, -1);
                    return;
                }
                in.skipNBytes(range.first());
                exchange.sendResponseHeaders(206, range.length());
                try (OutputStream out = exchange.getResponseBody()) {
                    copy(in, out, range.length());
                }
                return;
            }
            if (gzip && GzipCache.fits(size)) {
                headers.set("Content-Encoding", "gzip");
                byte[] compressed = gzipped.get(found.file().toString(), size, stamp, in);
                headers.set("Content-Length", Long.toString(compressed.length));
                if (head) {
                    exchange.sendResponseHeaders(200, -1);
                    return;
                }
                exchange.sendResponseHeaders(200, compressed.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(compressed);
                }
            } else if (gzip) {
                headers.set("Content-Encoding", "gzip");
                if (head) {
                    // like GET, which streams the compressed body chunked: no length known up front
                    exchange.sendResponseHeaders(200, -1);
                    return;
                }
                exchange.sendResponseHeaders(200, 0); // chunked
                try (OutputStream out = new GZIPOutputStream(exchange.getResponseBody(), 8192)) {
                    copy(in, out, size);
                }
            } else {
                if (head) {
                    headers.set("Content-Length", Long.toString(size));
                    exchange.sendResponseHeaders(200, -1);
                    return;
                }
                exchange.sendResponseHeaders(200, size == 0 ? -1 : size);
                try (OutputStream out = exchange.getResponseBody()) {
                    copy(in, out, size);
                }
            }
        }
    }

    /** A single byte range to send, first and last byte included. */
    record ByteRange(long first, long last) {
        /** A range that starts past the end of the file (or a suffix of nothing): 416. */
        static final ByteRange UNSATISFIABLE = new ByteRange(-1, -1);

        long length() {
            return last - first + 1;
        }

        /**
         * The range a {@code Range} header asks of a file of {@code size} bytes: {@code bytes=a-b}, {@code bytes=a-}
         * or {@code bytes=-n}; {@link #UNSATISFIABLE}; or {@code null} to send the whole file, for no header, a
         * malformed one (which HTTP says to ignore), another unit, or several ranges (which a server may answer
         * with the whole file).
         */
        static ByteRange parse(String header, long size) {
            if (header == null) {
                return null;
            }
            String value = header.strip();
            if (!value.regionMatches(true, 0, "bytes=", 0, 6)) {
                return null;
            }
            String spec = value.substring(6).strip();
            int dash = spec.indexOf('-');
            if (spec.contains(",") || dash < 0) {
                return null;
            }
            String from = spec.substring(0, dash).strip();
            String to = spec.substring(dash + 1).strip();
            if (from.isEmpty() && to.isEmpty() || !digits(from) || !digits(to)) {
                return null;
            }
            if (from.isEmpty()) {
                long suffix = number(to);
                if (suffix == 0 || size == 0) {
                    return UNSATISFIABLE;
                }
                return new ByteRange(Math.max(0, size - suffix), size - 1);
            }
            long first = number(from);
            long last = to.isEmpty() ? Long.MAX_VALUE : number(to);
            if (last < first) {
                return null; // invalid: ignored
            }
            if (first >= size) {
                return UNSATISFIABLE;
            }
            return new ByteRange(first, Math.min(last, size - 1));
        }

        private static boolean digits(String s) {
            return s.chars().allMatch(c -> c >= '0' && c <= '9');
        }

        /** The number, or {@code Long.MAX_VALUE} when it is larger (past the end of any file). */
        private static long number(String digits) {
            try {
                return Long.parseLong(digits);
            } catch (NumberFormatException e) {
                return Long.MAX_VALUE;
            }
        }
    }

    /**
     * Whether a range may be sent under {@code If-Range} (absent, or naming the current file): its entity tag,
     * compared strongly, or its exact {@code Last-Modified} date. Otherwise the whole file goes out.
     */
    static boolean ifRange(String ifRange, String identityTag, Instant modified) {
        if (ifRange == null) {
            return true;
        }
        String value = ifRange.strip();
        if (value.startsWith("\"") || value.startsWith("W/")) {
            return value.equals(identityTag);
        }
        return value.equals(httpDate(modified));
    }

    /** Copies exactly {@code size} bytes: the length already announced. */
    private static void copy(InputStream in, OutputStream out, long size) throws IOException {
        byte[] buffer = new byte[16384];
        long left = size;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new IOException("file got shorter while being sent");
            }
            out.write(buffer, 0, n);
            left -= n;
        }
    }

    private void redirectToFolder(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        // the raw path passed RequestPath.parse: no "//" (so no other host) and no control characters
        String location = exchange.getRequestURI().getRawPath() + "/" + (query == null ? "" : "?" + query);
        exchange.getResponseHeaders().set("Location", location);
        SafeHandler.sendText(exchange, 301, "Moved to " + location);
    }

    /** 404 with the site's own {@code 404.html} when there is one, else a short plain text. */
    private void notFound(HttpExchange exchange) throws IOException {
        byte[] page = notFoundPage();
        if (page == null) {
            SafeHandler.sendText(exchange, 404, "Not found");
            return;
        }
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", TYPES.get("html").contentType());
        headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.set("Cache-Control", "no-cache");
        SafeHandler.send(exchange, 404, page);
    }

    private byte[] notFoundPage() {
        if (resolve(new RequestPath(List.of("404.html"), false)) instanceof Found found
                && found.attributes().size() <= MAX_NOT_FOUND_PAGE) {
            try {
                return Files.readAllBytes(found.file());
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String httpDate(Instant instant) {
        return HTTP_DATE.format(instant.atZone(ZoneOffset.UTC));
    }

    /**
     * Whether the client's copy is current: by {@code If-None-Match} when sent (weak comparison, {@code *}
     * matches anything), else by {@code If-Modified-Since} (whole seconds, as HTTP dates have).
     */
    static boolean notModified(Headers request, String etag, Instant modified) {
        List<String> noneMatch = request.get("If-None-Match");
        if (noneMatch != null) {
            String ours = weakless(etag);
            for (String header : noneMatch) {
                for (String tag : header.split(",")) {
                    String theirs = weakless(tag.trim());
                    if (theirs.equals("*") || theirs.equals(ours)) {
                        return true;
                    }
                }
            }
            return false;
        }
        String since = request.getFirst("If-Modified-Since");
        if (since == null) {
            return false;
        }
        try {
            Instant date = ZonedDateTime.parse(since.trim(), HTTP_DATE).toInstant();
            return modified.getEpochSecond() <= date.getEpochSecond();
        } catch (DateTimeParseException e) {
            return false; // ignore a date we cannot read
        }
    }

    private static String weakless(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /** Whether {@code Accept-Encoding} allows gzip: listed (or {@code *}) with a quality above zero. */
    static boolean acceptsGzip(List<String> acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        Double gzip = null;
        Double any = null;
        for (String header : acceptEncoding) {
            for (String entry : header.split(",")) {
                String[] fields = entry.split(";");
                String coding = fields[0].trim().toLowerCase(Locale.ROOT);
                double quality = 1;
                for (int i = 1; i < fields.length; i++) {
                    String parameter = fields[i].trim();
                    if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
                        try {
                            quality = Double.parseDouble(parameter.substring(2).trim());
                        } catch (NumberFormatException e) {
                            quality = 0;
                        }
                    }
                }
                if (coding.equals("gzip") || coding.equals("x-gzip")) {
                    gzip = quality;
                } else if (coding.equals("*")) {
                    any = quality;
                }
            }
        }
        double quality = gzip != null ? gzip : any != null ? any : 0;
        return quality > 0;
    }
}
