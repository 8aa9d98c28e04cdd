package nl.pil.render;

import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import nl.pil.cache.Fingerprint;

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
        Fingerprint fingerprint = Fingerprint.start().add(environment).add(template);
        return add(fingerprint, model) ? Optional.of(fingerprint.hex()) : Optional.empty();
    }

    /** Adds {@code value}, marked with its kind so that no two values give the same bytes; false when it is not data. */
    private static boolean add(Fingerprint fingerprint, Object value) {
        switch (value) {
            case null -> fingerprint.add("n");
            case CharSequence text -> fingerprint.add("s").add(text.toString());
            case Number number -> fingerprint.add("d").add(number.getClass().getName() + ":" + number);
            case Boolean yes -> fingerprint.add(yes ? "t" : "f");
            case Character c -> fingerprint.add("c").add(c.toString());
            case Enum<?> e -> fingerprint.add("e").add(e.getDeclaringClass().getName() + "." + e.name());
            case TemporalAccessor time ->
                fingerprint.add("w").add(time.getClass().getName() + ":" + time);
            case MessageFunction msg -> fingerprint.add("m").add(msg.lang());
            case Map<?, ?> map -> {
                fingerprint.add("{").add(Integer.toString(map.size()));
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    if (!add(fingerprint, entry.getKey()) || !add(fingerprint, entry.getValue())) {
                        return false;
                    }
                }
            }
            case Collection<?> list -> {
                fingerprint.add("[").add(Integer.toString(list.size()));
                for (Object item : list) {
                    if (!add(fingerprint, item)) {
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
}
