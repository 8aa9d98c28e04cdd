package nl.pil.cache;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The in-memory side of the cache, for a process that builds again and again ({@code pil watch}): per key, a value
 * and the {@link Fingerprint} of what it was made from. What it holds (e.g. a syntax tree) would cost about as much
 * to write to disk and read back as to make again, so it is not kept in a {@link Manifest}. Safe for several threads.
 */
public final class Memo<V> {
    /** A value and the fingerprint of what it was made from. */
    public record Kept<V>(String fingerprint, V value) {}

    private final Map<String, Kept<V>> kept = new ConcurrentHashMap<>();
    private final AtomicInteger hits = new AtomicInteger();

    /** The value kept for {@code key} if it was made from the same inputs. */
    public Optional<V> get(String key, String fingerprint) {
        Kept<V> known = kept.get(key);
        if (known == null || !known.fingerprint().equals(fingerprint)) {
            return Optional.empty();
        }
        hits.incrementAndGet();
        return Optional.of(known.value());
    }

    /**
     * The value last kept for {@code key}, whatever it was made from: for a caller that knows by other means (a
     * watcher's list of changed files) that the inputs did not change.
     */
    public Optional<Kept<V>> last(String key) {
        Kept<V> known = kept.get(key);
        if (known != null) {
            hits.incrementAndGet();
        }
        return Optional.ofNullable(known);
    }

    /** Forgets {@code key}. */
    public void forget(String key) {
        kept.remove(key);
    }

    public void put(String key, String fingerprint, V value) {
        kept.put(key, new Kept<>(fingerprint, value));
    }

    /** Forgets every key but {@code keys} (e.g. files deleted since), so the memo does not grow without end. */
    public void retainOnly(Set<String> keys) {
        kept.keySet().retainAll(keys);
    }

    /** How many times {@link #get} found a value, since this memo was made. */
    public int hits() {
        return hits.get();
    }
}
