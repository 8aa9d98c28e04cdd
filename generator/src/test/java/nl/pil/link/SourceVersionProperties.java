package nl.pil.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The source version is stamped into translations ({@code translated-from}); if its normalisation ever changed,
 * every translation would turn "outdated" at once. These properties keep it equal to the regex it replaced.
 */
class SourceVersionProperties {

    @Property(tries = 2000)
    void collapsesWhitespaceExactlyLikeTheRegex(@ForAll("texts") String text) {
        assertEquals(text.replaceAll("\\s+", " "), SourceVersion.collapseWhitespace(text));
    }

    @Provide
    Arbitrary<String> texts() {
        // mostly whitespace of every kind \s knows, and some it does not (no-break space, line separator)
        return Arbitraries.strings()
                .withChars(' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2028', 'a', 'é', '1')
                .ofMaxLength(40);
    }
}
