package nl.pil.check;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What the rules of one check read again and again (each file's running text, its sentences and words), worked out
 * once per check: a dozen rules walk the same text. The checker makes one memo for its rules, which run in parallel
 * and each {@link #use} it; outside that (a rule tested on its own, the health page) nothing is kept and everything
 * is worked out when asked.
 */
final class TextMemo {
    private static final ThreadLocal<TextMemo> CURRENT = new ThreadLocal<>();

    // by identity: the same parsed file, the same block; keys live only as long as the check
    private final Map<Identity, Object> values = new ConcurrentHashMap<>();

    private record Identity(Object key) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity that && that.key == key;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(key);
        }
    }

    TextMemo() {}

    /** Runs {@code work} on this thread with this memo. */
    void use(Runnable work) {
        TextMemo previous = CURRENT.get();
        CURRENT.set(this);
        try {
            work.run();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** {@code compute(key)}, remembered for the rest of the check (when one runs on this thread). */
    @SuppressWarnings("unchecked")
    static <K, V> V remember(K key, Function<K, V> compute) {
        TextMemo memo = CURRENT.get();
        if (memo == null) {
            return compute.apply(key);
        }
        Identity id = new Identity(key);
        Object known = memo.values.get(id);
        if (known == null) {
            // worked out outside any lock: two rules asking at once may both work it out, and one answer is kept
            known = compute.apply(key);
            Object earlier = memo.values.putIfAbsent(id, known);
            if (earlier != null) {
                known = earlier;
            }
        }
        return (V) known;
    }
}
