package nl.pil.check;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What the rules of one check read again and again (each file's running text, its sentences and words), worked out
 * once: a dozen rules walk the same text. The checker makes one memo per check and a {@link #child} of it per leaflet,
 * which all of that leaflet's rules {@link #use} on one thread and which is let go when they are done (the text of a
 * large site is never held all at once); what every leaflet shares (a site's word list) is kept by the check's memo.
 * Outside a check (a rule tested on its own, the health page) nothing is kept and everything is worked out when asked.
 */
final class TextMemo {
    private static final ThreadLocal<TextMemo> CURRENT = new ThreadLocal<>();

    /** The check's memo, for what all leaflets share; null for the check's memo itself. */
    private final TextMemo check;

    // by identity: the same parsed file, the same block; keys live only as long as the memo. A child is used by one
    // thread at a time; the check's memo by all of them.
    private final Map<Identity, Object> values;

    // what is worked out is part of the key (the class of the code that works it out: one per place that asks), so
    // that two things worked out from the same object never meet
    private record Identity(Object key, Class<?> what) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity that && that.key == key && that.what == what;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(key) * 31 + what.hashCode();
        }
    }

    TextMemo() {
        this(null);
    }

    private TextMemo(TextMemo check) {
        this.check = check;
        this.values = check == null ? new ConcurrentHashMap<>() : new HashMap<>();
    }

    /** A memo for one leaflet's rules, run on one thread, that asks this one for what the whole check shares. */
    TextMemo child() {
        return new TextMemo(this);
    }

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

    /** {@code compute(key)}, remembered while the memo this thread uses lasts (when it uses one). */
    static <K, V> V remember(K key, Function<K, V> compute) {
        TextMemo memo = CURRENT.get();
        return memo == null ? compute.apply(key) : memo.get(key, compute);
    }

    /** {@code compute(key)}, remembered for the rest of the check: for what every leaflet's rules share. */
    static <K, V> V rememberForCheck(K key, Function<K, V> compute) {
        TextMemo memo = CURRENT.get();
        if (memo == null) {
            return compute.apply(key);
        }
        return (memo.check == null ? memo : memo.check).get(key, compute);
    }

    @SuppressWarnings("unchecked")
    private <K, V> V get(K key, Function<K, V> compute) {
        Identity id = new Identity(key, compute.getClass());
        Object known = values.get(id);
        if (known == null) {
            // worked out outside any lock: two threads asking the check's memo at once may both work it out, and one
            // answer is kept
            known = compute.apply(key);
            Object earlier = values.putIfAbsent(id, known);
            if (earlier != null) {
                known = earlier;
            }
        }
        return (V) known;
    }
}
