package nl.pil.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The shortcut the limits take for long words must say what counting every character says. */
class LongWordProperties {
    @Property(tries = 3000)
    void aWordLongerThanTheLimitIsFoundAsByCounting(@ForAll("texts") String text, @ForAll @IntRange(max = 12) int max) {
        assertEquals(MarkdownLimits.longestWord(text) > max, MarkdownLimits.hasWordLongerThan(text, max), text);
    }

    @Provide
    Arbitrary<String> texts() {
        // spaces and the other white space (tab, line end, no-break space is not white space to Java)
        return Arbitraries.strings()
                .withChars('a', 'b', ' ', ' ', '\t', '\n', '\u2003', '\u00A0')
                .ofMaxLength(40);
    }
}
