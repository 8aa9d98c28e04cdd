package nl.pil.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.SequencedSet;
import java.util.Set;
import nl.pil.cache.Fingerprint;
import nl.pil.cache.Manifest;

/**
 * What a site-wide page (home, A–Z, a department…) is made from: its template model, which a build makes anyway, summed
 * up in a {@link Fingerprint}. Making the model of the A–Z page of 20,000 leaflets costs a fraction of rendering it,
 * and its fingerprint is unchanged when a leaflet's body is edited, so the page is taken over from the previous
 * build.
 *
 * <p>Only plain data counts: texts, numbers, yes/no, dates, lists, maps (in their order, which is the page's), and the
 * interface text of a language ({@link MessageFunction}, whose files are in every page's environment). A model that
 * holds anything else has no fingerprint, and its page is rendered every time.
 */
final class ModelFingerprint {
    private ModelFingerprint() {}

    /** @param environment what every page depends on besides its model (see {@link PageInputs#environment}) */
    static Optional<String> of(String environment, String template, Map<String, Object> model) {
        // encoded into one buffer and hashed once: hashing each of the A–Z page's 200,000 small values on its own
        // cost more than rendering the page
        Encoding encoded = new Encoding();
        if (!encoded.add(model)) {
            return Optional.empty();
        }
        return Optional.of(Fingerprint.start()
                .add(environment)
                .add(template)
                .add(encoded.bytes, encoded.size)
                .hex());
    }

    /** Writes one file of a page. */
    interface FileWriter {
        void write() throws IOException;
    }

    /**
     * Takes {@code file} over from {@code previousOutput} when the previous build made it from a model with the same
     * fingerprint (and it still has the size written), or else writes it; either way {@code next} records it.
     *
     * @return whether it was taken over
     */
    static boolean takeOverOrWrite(
            String file,
            Optional<String> fingerprint,
            Manifest previous,
            Path previousOutput,
            Manifest next,
            Path out,
            FileWriter writer)
            throws IOException {
        if (fingerprint.isPresent() && previousOutput != null) {
            Optional<Manifest.Entry> kept = previous.takeOver(file, fingerprint.get(), previousOutput, out);
            if (kept.isPresent()) {
                next.put(file, kept.get());
                return true;
            }
        }
        writer.write();
        if (fingerprint.isPresent()) {
            next.put(
                    file,
                    Manifest.Entry.of(fingerprint.get())
                            .withFiles(List.of(file))
                            .withSizes(out));
        }
        return false;
    }

    /** A model as bytes: each value marked with its kind and, where it varies, its length, so no two models are alike. */
    private static final class Encoding {
        private byte[] bytes = new byte[1 << 12];
        private int size;

        /** Adds {@code value}; false when it is not data. */
        boolean add(Object value) {
            switch (value) {
                case null -> mark('n');
                case CharSequence text -> text('s', text);
                case Number number -> text('d', number.getClass().getName() + ":" + number);
                case Boolean yes -> mark(yes ? 't' : 'f');
                case Character c -> text('c', c.toString());
                case Enum<?> e -> text('e', e.getDeclaringClass().getName() + "." + e.name());
                case TemporalAccessor time -> text('w', time.getClass().getName() + ":" + time);
                case MessageFunction msg -> text('m', msg.lang());
                case Map<?, ?> map -> {
                    Iterable<? extends Map.Entry<?, ?>> entries = inPageOrder(map);
                    if (entries == null) {
                        return false;
                    }
                    mark('{');
                    number(map.size());
                    for (Map.Entry<?, ?> entry : entries) {
                        if (!add(entry.getKey()) || !add(entry.getValue())) {
                            return false;
                        }
                    }
                }
                case Set<?> set
                when !(set instanceof SequencedSet<?>) -> {
                    return false; // no order of its own: a page listing it would differ from run to run anyway
                }
                case Collection<?> list -> {
                    mark('[');
                    number(list.size());
                    for (Object item : list) {
                        if (!add(item)) {
                            return false;
                        }
                    }
                }
                default -> {
                    return false;
                }
            }
            return true;
        }

        /**
         * A map's entries in the order that counts: a map with an order of its own (a {@code LinkedHashMap}, a
         * {@code TreeMap}) in that order, which the page follows; any other (a {@code Map.of}, a {@code HashMap}) by
         * key, since templates look its values up by key, and {@code Map.of}'s order changes from one run of Java to
         * the next (a build that runs once would never take over a page whose model holds one). {@code null} when such
         * a map has keys that are not texts.
         */
        private static Iterable<? extends Map.Entry<?, ?>> inPageOrder(Map<?, ?> map) {
            if (map instanceof SequencedMap<?, ?>) {
                return map.entrySet();
            }
            List<Map.Entry<?, ?>> sorted = new ArrayList<>(map.size());
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String)) {
                    return null;
                }
                sorted.add(entry);
            }
            sorted.sort((a, b) -> ((String) a.getKey()).compareTo((String) b.getKey()));
            return sorted;
        }

        private void mark(char kind) {
            room(1);
            bytes[size++] = (byte) kind;
        }

        /** A count, seven bits to a byte. */
        private void number(int n) {
            room(5);
            while ((n & ~0x7F) != 0) {
                bytes[size++] = (byte) ((n & 0x7F) | 0x80);
                n >>>= 7;
            }
            bytes[size++] = (byte) n;
        }

        /** A text: its length in chars, then each char (ASCII as one byte, any other as a marker and two bytes). */
        private void text(char kind, CharSequence text) {
            if (text instanceof String s) {
                // most texts are ASCII: the JDK's encoder copies those in bulk, and then there is a byte per char
                byte[] ascii = s.getBytes(StandardCharsets.UTF_8);
                if (ascii.length == s.length() && noneReplaced(ascii, s)) {
                    mark('a');
                    mark(kind);
                    number(ascii.length);
                    room(ascii.length);
                    System.arraycopy(ascii, 0, bytes, size, ascii.length);
                    size += ascii.length;
                    return;
                }
            }
            mark(kind);
            int length = text.length();
            number(length);
            room(length * 3);
            for (int i = 0; i < length; i++) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    bytes[size++] = (byte) c;
                } else {
                    bytes[size++] = (byte) 0x80;
                    bytes[size++] = (byte) (c >>> 8);
                    bytes[size++] = (byte) c;
                }
            }
        }

        /** Whether the encoder left every char as it was: it writes a lone surrogate as '?', a byte like ASCII's. */
        private static boolean noneReplaced(byte[] encoded, String text) {
            for (int i = 0; i < encoded.length; i++) {
                if (encoded[i] == '?' && text.charAt(i) != '?') {
                    return false;
                }
            }
            return true;
        }

        private void room(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }
    }
}
