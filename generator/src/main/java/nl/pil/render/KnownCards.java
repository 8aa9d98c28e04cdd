package nl.pil.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import nl.pil.model.Translation;

/**
 * The fingerprints of the cards a process's builds made, by leaflet and language, for a process that builds again and
 * again ({@code pil watch}): a card is made from the leaflet file it shows, the source-language file that one inherits
 * front matter from, {@code site.yaml} and the interface text, and a build whose loader kept those files (the same
 * objects: unchanged files are not read again) gets the same card. Making and hashing the cards of 20,000 leaflets in
 * two languages cost a tenth of a rebuild after one save.
 */
public final class KnownCards {
    private record Known(Translation shown, Translation source, String inputs, String fingerprint) {}

    private final Map<String, Known> byCard = new ConcurrentHashMap<>();

    /**
     * The fingerprint of the card of {@code id} in {@code lang}, made by {@code make} unless the last one was made from
     * the same files and inputs.
     *
     * @param shown  the file the card shows (in {@code lang}, or in the source language where it is not translated)
     * @param source the leaflet's source-language file, which {@code shown} inherits front matter from
     * @param inputs what every card depends on besides: {@code site.yaml} and the interface text
     */
    String fingerprint(
            String id, String lang, Translation shown, Translation source, String inputs, Supplier<String> make) {
        String key = id + "\n" + lang;
        Known known = byCard.get(key);
        if (known != null && known.shown == shown && known.source == source && known.inputs.equals(inputs)) {
            return known.fingerprint;
        }
        String fingerprint = make.get();
        byCard.put(key, new Known(shown, source, inputs, fingerprint));
        return fingerprint;
    }
}
