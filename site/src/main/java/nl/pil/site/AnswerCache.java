package nl.pil.site;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The answers of one opened index to the searches asked most, as the bytes sent (and their gzipped form once a client
 * asked for it). Patients ask the same few things again and again ("mri", "nuchter", a leaflet's code) and the
 * suggestions see every prefix of them; answering those from here skips the search threads, Lucene and JSON, and costs
 * about what a static page does. An index never changes once opened and a rebuilt site is a new index with a new
 * cache, so an answer here is always the answer the index would give now, {@code tookMs} included: it is the time the
 * search took when it was made. Bounded by bytes (least recently used leave first); {@code -Dpil.search.cacheBytes=0}
 * turns it off. Only complete answers are kept: never errors, never a search cut short by its time budget.
 */
final class AnswerCache {
    static final String BYTES = "pil.search.cacheBytes";
    static final long DEFAULT_BYTES = 16L << 20;
    /** An answer larger than this (a long page of results) is made each time rather than crowd out many small ones. */
    static final int MAX_ANSWER = 256 << 10;

    private static final int ENTRY_OVERHEAD = 96; // the key, the entry and the arrays' headers, roughly

    /** One answer: its bytes (JSON, or a page), and their gzipped form once a client that accepts gzip asked for it. */
    static final class Answer {
        private final byte[] json;
        private volatile byte[] gzipped;

        Answer(byte[] json) {
            this.json = json;
        }

        byte[] json() {
            return json;
        }

        /** The gzipped JSON, compressed on the first request that wants it. */
        byte[] gzipped() throws IOException {
            byte[] g = gzipped;
            if (g == null) {
                g = SafeHandler.gzip(json);
                gzipped = g; // two requests at once may both compress: the same bytes, one is kept
            }
            return g;
        }
    }

    private final long maxBytes;
    private final Map<String, Answer> entries = new LinkedHashMap<>(256, 0.75f, true);
    private final ReentrantLock lock = new ReentrantLock(); // not synchronized: callers are virtual threads
    private long bytes;
    private final AtomicLong hits = new AtomicLong();

    AnswerCache(long maxBytes) {
        this.maxBytes = Math.max(0, maxBytes);
    }

    /** With {@code -Dpil.search.cacheBytes} when it is set to a number, else {@link #DEFAULT_BYTES}. */
    static long configuredBytes() {
        String value = System.getProperty(BYTES);
        if (value == null) {
            return DEFAULT_BYTES;
        }
        try {
            return Math.max(0, Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            System.err.println("pil: ignoring -D" + BYTES + "=" + value + " (not a number)");
            return DEFAULT_BYTES;
        }
    }

    /**
     * What identifies an answer: the endpoint and the parameters that shape it, as sent (the answer echoes the query as
     * written). Other parameters (a script's cache buster) do not make another answer.
     */
    static String key(boolean suggest, Map<String, String> params) {
        StringBuilder key = new StringBuilder(64).append(suggest ? 's' : 'q');
        for (String name : new String[] {"q", "lang", "type", "department", "offset", "limit"}) {
            String value = params.get(name);
            // each value with its length (-1: absent): no two sets of parameters make the same key
            key.append(value == null ? -1 : value.length()).append(':').append(value == null ? "" : value);
        }
        return key.toString();
    }

    Answer get(String key) {
        if (maxBytes == 0) {
            return null;
        }
        lock.lock();
        try {
            Answer known = entries.get(key);
            if (known != null) {
                hits.incrementAndGet();
            }
            return known;
        } finally {
            lock.unlock();
        }
    }

    /** Keeps {@code json} as the answer for {@code key} (when it fits) and returns the entry to send from. */
    Answer put(String key, byte[] json) {
        Answer answer = new Answer(json);
        long size = size(key, json);
        if (json.length > MAX_ANSWER || size > maxBytes) {
            return answer;
        }
        lock.lock();
        try {
            Answer previous = entries.put(key, answer);
            if (previous != null) {
                bytes -= size(key, previous.json);
            }
            bytes += size;
            var oldest = entries.entrySet().iterator();
            while (bytes > maxBytes && oldest.hasNext()) {
                var evicted = oldest.next();
                oldest.remove();
                bytes -= size(evicted.getKey(), evicted.getValue().json);
            }
        } finally {
            lock.unlock();
        }
        return answer;
    }

    private static long size(String key, byte[] json) {
        // the gzipped form is counted in advance at a third of the JSON, what search answers compress to
        return ENTRY_OVERHEAD + 2L * key.length() + json.length + json.length / 3;
    }

    /** Answers sent from here so far. */
    long hits() {
        return hits.get();
    }

    /** The bytes the kept answers take, roughly (for tests and the bound). */
    long bytes() {
        lock.lock();
        try {
            return bytes;
        } finally {
            lock.unlock();
        }
    }

    int size() {
        lock.lock();
        try {
            return entries.size();
        } finally {
            lock.unlock();
        }
    }
}
