package nl.pil.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dutch hyphenation with the shipped patterns: where soft hyphens go, and where they must not. */
class HyphenatorTest {
    static Hyphenator dutch;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in =
                HyphenatorTest.class.getClassLoader().getResourceAsStream("pil/templates/hyphenation/nl.pat")) {
            assertNotNull(in, "the Dutch patterns are built into the tool");
            dutch = Hyphenator.fromPatterns(in.readAllBytes());
        }
    }

    private static String shown(String text) {
        return dutch.hyphenateText(text).replace(Hyphenator.SOFT_HYPHEN, '|');
    }

    @Test
    void longDutchWordsGetSoftHyphensAtSyllables() {
        assertEquals("con|trast|vloei|stof", shown("contrastvloeistof"));
        assertEquals("ver|pleeg|kun|dige", shown("verpleegkundige"));
        assertEquals("Ra|dio|lo|gie", shown("Radiologie"), "capitals match the lower-case patterns");
        assertEquals("De on|der|zoe|ken duren lang.", shown("De onderzoeken duren lang."), "five letters stay whole");
    }

    @Test
    void shortWordsNumbersAndAddressesStayWhole() {
        assertEquals("Eet 2 uur niets.", shown("Eet 2 uur niets."));
        assertEquals(
                "Mail radiologie@maasoever.example of kijk op www.thuisarts.nl of https://folders.example/nl/ct-scan.",
                shown(
                        "Mail radiologie@maasoever.example of kijk op www.thuisarts.nl of https://folders.example/nl/ct-scan."));
        assertEquals("(con|trast|vloei|stof)", shown("(contrastvloeistof)"), "punctuation around a word is kept");
    }

    @Test
    void breaksLeaveAtLeastTwoLettersBeforeAndThreeAfter() {
        for (String word :
                new String[] {"afspraak", "echografie", "uitzaaiingen", "behandelingen", "ziekenhuisopname"}) {
            String[] parts = dutch.hyphenateText(word).split(String.valueOf(Hyphenator.SOFT_HYPHEN));
            assertEquals(word, String.join("", parts));
            if (parts.length > 1) {
                assertEquals(true, parts[0].length() >= Hyphenator.MIN_BEFORE, word);
                assertEquals(true, parts[parts.length - 1].length() >= Hyphenator.MIN_AFTER, word);
            }
        }
    }
}
