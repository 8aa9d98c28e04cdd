package nl.pil.site;

import java.util.LinkedHashMap;
import java.util.Map;

/** Query-string parameters, decoded strictly as UTF-8 ({@code +} is a space); the first value of a name wins. */
final class QueryString {
    static final int MAX_PARAMETERS = 20;

    private QueryString() {}

    /** @throws IllegalArgumentException for malformed percent-encoding or invalid UTF-8 */
    static Map<String, String> parse(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        String[] pairs = raw.split("&", MAX_PARAMETERS + 1);
        for (int i = 0; i < Math.min(pairs.length, MAX_PARAMETERS); i++) {
            String pair = pairs[i];
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            params.putIfAbsent(name, value);
        }
        return params;
    }

    private static String decode(String raw) {
        return RequestPath.decode(raw.replace('+', ' ').replace(" ", "%20"));
    }
}
