package nl.pil.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import nl.pil.cache.Fingerprint;

/**
 * The source version is stamped into translations ({@code translated-from}); if its normalisation ever changed,
 * every translation would turn "outdated" at once. These properties keep it equal to the regex it replaced.
 */
class SourceVersionProperties {

    @Property(tries = 3000)
    void isTheShaOfTheTextWithItsWhitespaceCollapsedByTheRegex(@ForAll("texts") String text) {
        byte[] definition =
                Fingerprint.sha256(text.strip().replaceAll("\\s+", " ").getBytes(StandardCharsets.UTF_8));
        assertArrayEquals(
                definition,
                SourceVersion.normalisedSha256(text),
                () -> "for " + text.chars().mapToObj(Integer::toHexString).toList());
    }

    @Provide
    Arbitrary<String> texts() {
        // mostly whitespace of every kind \s knows, and some it does not (no-break space, line separator, the
        // separators strip() takes but \s does not); letters of one, two, three and four UTF-8 bytes, and halves of a
        // surrogate pair alone; long enough to cross the 8 KB buffer now and then
        Arbitrary<String> small = Arbitraries.strings()
                .withChars(
                        ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2028', '\u001C', '\u001F', 'a', 'é', 'ا',
                        '€', '1', '\uD83D', '\uDE00')
                .ofMaxLength(60);
        Arbitrary<String> large = Arbitraries.strings()
                .withChars(' ', '\n', 'a', 'é', '€', '\uD83D', '\uDE00')
                .ofMinLength(2000)
                .ofMaxLength(12000);
        return Arbitraries.frequencyOf(Tuple.of(9, small), Tuple.of(1, large));
    }
}
