package nl.pil.site;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import nl.pil.i18n.Messages;
import nl.pil.search.IndexLayout;
import nl.pil.search.LeafletSearcher;

/**
 * The search index of the served site. A rebuilt site (swapped in by the publisher) is noticed on the next
 * request and opened; searches still running on the old index finish there, and the old index is closed
 * when the last of them is done. Nothing is ever written.
 */
final class SearchIndex implements AutoCloseable {
    private static final long RECHECK_NANOS = 250_000_000L;

    private final Path siteFolder;
    private Snapshot current;
    private Object currentKey;
    private long checkedAt;
    /** A lock, not {@code synchronized}: opening an index reads files, and callers may be virtual threads (JDK 21 pins those in monitors). */
    private final ReentrantLock lock = new ReentrantLock();

    /** An opened index, the interface texts its answers are written in, and the answers it gave most recently. */
    record Snapshot(LeafletSearcher searcher, Map<String, Messages> texts, AnswerCache answers) {
        Messages texts(String lang) {
            return texts.getOrDefault(lang, Messages.of(lang, Map.of()));
        }
    }

    SearchIndex(Path siteFolder) {
        this.siteFolder = siteFolder;
    }

    /**
     * The current index with a reference taken, or {@code null} when the site has none; pass it to
     * {@link #release(Snapshot)} when done.
     */
    Snapshot acquire() throws IOException {
        lock.lock();
        try {
            long now = System.nanoTime();
            if (current == null || now - checkedAt > RECHECK_NANOS) {
                checkedAt = now;
                refresh();
            }
            if (current == null || !current.searcher().acquire()) {
                return null;
            }
            return current;
        } finally {
            lock.unlock();
        }
    }

    void release(Snapshot snapshot) throws IOException {
        if (snapshot != null) {
            snapshot.searcher().release();
        }
    }

    private void refresh() throws IOException {
        Path meta = IndexLayout.meta(siteFolder);
        Object key;
        try {
            BasicFileAttributes attributes = Files.readAttributes(meta, BasicFileAttributes.class);
            // a new build is a new file (new inode), even within the same second; and an index of other content has
            // another build id (a hash of the content, not of the time), however the file came to be where it is
            key = Objects.requireNonNullElse(attributes.fileKey(), "") + "@"
                    + attributes.lastModifiedTime().toMillis() + "@" + buildId(meta);
        } catch (NoSuchFileException e) {
            return; // mid-swap or no index: keep serving the one we have
        }
        if (key.equals(currentKey)) {
            return;
        }
        LeafletSearcher opened;
        try {
            opened = LeafletSearcher.open(siteFolder);
        } catch (NoSuchFileException e) {
            return;
        }
        // before patients get it: the first searches on a cold index are the slow ones
        opened.warmUp();
        Map<String, Messages> texts = new LinkedHashMap<>();
        for (String lang : opened.languages()) {
            texts.put(lang, Messages.of(lang, readTexts(lang)));
        }
        Snapshot previous = current;
        current = new Snapshot(opened, texts, new AnswerCache(AnswerCache.configuredBytes()));
        currentKey = key;
        if (previous != null) {
            previous.searcher().release();
        }
    }

    /** The {@code build} of {@code meta.json}; the whole text when it cannot be read as JSON (e.g. half written). */
    private static String buildId(Path meta) throws IOException {
        String text = Files.readString(meta, StandardCharsets.UTF_8);
        try {
            return new ObjectMapper().readTree(text).path("build").asText(text);
        } catch (JacksonException e) {
            return text;
        }
    }

    /** The search texts of a language as the build wrote them; usable also when the site has no index. */
    Messages texts(String lang) throws IOException {
        return Messages.of(lang, readTexts(lang));
    }

    private Map<String, String> readTexts(String lang) throws IOException {
        Path file = IndexLayout.texts(siteFolder, lang);
        Map<String, String> texts = new LinkedHashMap<>();
        if (Files.isRegularFile(file)) {
            Properties p = new Properties();
            try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
                p.load(reader);
            }
            p.stringPropertyNames().forEach(k -> texts.put(k, p.getProperty(k)));
        }
        return texts;
    }

    @Override
    public void close() throws IOException {
        lock.lock();
        try {
            if (current != null) {
                current.searcher().release();
                current = null;
            }
        } finally {
            lock.unlock();
        }
    }
}
