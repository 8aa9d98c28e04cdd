package nl.pil.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * The gzipped bytes of the text files served most, so that a page is compressed once per version, not once per
 * request (compressing a large page costs far more than sending it). A version is the file's path, size and
 * modification time: a rebuilt page is a new entry, and the old one ages out. Bounded by {@link #MAX_BYTES} in all and
 * {@link #MAX_FILE} per file (larger files are streamed and compressed as they go); least recently used leaves first.
 */
final class GzipCache {
    static final long MAX_FILE = 2L << 20;
    static final long MAX_BYTES = 32L << 20;

    private final Map<String, byte[]> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    /** Whether a file of {@code size} bytes is kept here rather than streamed. */
    static boolean fits(long size) {
        return size <= MAX_FILE;
    }

    /** The gzipped form of this version of the file, compressed from {@code in} when it is not known yet. */
    byte[] get(String path, long size, long stamp, InputStream in) throws IOException {
        String key = path + '\u0000' + size + '\u0000' + stamp;
        synchronized (this) {
            byte[] known = entries.get(key);
            if (known != null) {
                return known;
            }
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream((int) Math.max(64, size / 3));
        try (GZIPOutputStream gzip = new GZIPOutputStream(buffer, 8192)) {
            in.transferTo(gzip);
        }
        byte[] compressed = buffer.toByteArray();
        synchronized (this) {
            if (entries.put(key, compressed) == null) {
                bytes += compressed.length;
            }
            var oldest = entries.entrySet().iterator();
            while (bytes > MAX_BYTES && oldest.hasNext()) {
                bytes -= oldest.next().getValue().length;
                oldest.remove();
            }
        }
        return compressed;
    }
}
