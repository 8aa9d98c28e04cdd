package nl.pil.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The structured data of a rendered page, for tests that read it as JSON. */
final class JsonLd {
    private static final Pattern SCRIPT =
            Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

    private JsonLd() {}

    /** The page's JSON-LD; fails the test when the page has none. */
    static JsonNode of(String html) throws IOException {
        Matcher m = SCRIPT.matcher(html);
        assertTrue(m.find(), html);
        return new ObjectMapper().readTree(m.group(1));
    }
}
