package nl.pil.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceBreaksTest {
    static final String TEXT =
            "## Voorbereiding\nU mag 6 uur niet eten. Drinken mag wel! Vragen?\n- punt één\n- punt 1.5 mg";

    static List<String> sentences(BreakIterator b) {
        List<String> out = new ArrayList<>();
        int start = b.first();
        for (int end = b.next(); end != BreakIterator.DONE; start = end, end = b.next()) {
            out.add(TEXT.substring(start, end));
        }
        return out;
    }

    @Test
    void sentencesEndAtPunctuationBeforeSpaceAndAtEveryLineBreak() {
        BreakIterator b = new SentenceBreaks();
        b.setText(TEXT);
        assertEquals(
                List.of(
                        "## Voorbereiding\n",
                        "U mag 6 uur niet eten.",
                        " Drinken mag wel!",
                        " Vragen?",
                        "\n",
                        "- punt één\n",
                        "- punt 1.5 mg"),
                sentences(b));
    }

    @Test
    void precedingAndFollowingFindTheSentenceAroundAnOffset() {
        BreakIterator b = new SentenceBreaks();
        b.setText(TEXT);
        int eten = TEXT.indexOf("eten");
        assertEquals(TEXT.indexOf("U mag"), b.preceding(eten));
        assertEquals(TEXT.indexOf(" Drinken"), b.following(eten));
        assertEquals(BreakIterator.DONE, b.preceding(0));
        assertEquals(BreakIterator.DONE, b.following(TEXT.length()));
        assertEquals(TEXT.length(), b.following(TEXT.length() - 1));
        assertEquals(TEXT.indexOf("- punt 1.5"), b.preceding(TEXT.length()));
    }
}
