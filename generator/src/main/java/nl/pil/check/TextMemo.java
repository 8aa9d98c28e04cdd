package nl.pil.check;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the rules of one check read again and again (each file's running text, its sentences and words), worked out
 * once per check: a dozen rules walk the same text. The checker opens a memo around its rules; outside one (a rule
 * tested on its own, the health page) nothing is kept and everything is worked out when asked.
 */
final class TextMemo {
    private static final ThreadLocal<TextMemo> CURRENT = new ThreadLocal<>();

    // by identity: the same parsed file, the same block; keys live only as long as the check
    private final Map<Object, Object> values = new IdentityHashMap<>();

    private TextMemo() {}

    /** Runs {@code work} with a memo that is dropped when it ends. */
    static void during(Runnable work) {
        TextMemo previous = CURRENT.get();
        CURRENT.set(new TextMemo());
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
        Object known = memo.values.get(key);
        if (known == null) {
            known = compute.apply(key);
            memo.values.put(key, known);
        }
        return (V) known;
    }

    static <V> V remember(Object key, Supplier<V> compute) {
        return remember(key, k -> compute.get());
    }
}
