package nl.pil.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.pil.model.SourcePosition;
import org.commonmark.node.Paragraph;
import org.junit.jupiter.api.Test;

/** The formulas, syllables and sentences behind the readability rule, on texts whose scores are worked out by hand. */
class ReadabilityTest {
    private static List<Prose.Sentence> sentences(String text) {
        return Prose.sentences(new BlockText(
                text, new Paragraph(), List.of(new BlockText.Piece(0, new SourcePosition("x.md", 1, 1))), List.of()));
    }

    @Test
    void dutchSyllablesFollowTheHyphenationPatterns() {
        // pieces between the patterns' break points; a piece with two vowel groups counts two (o-pe-ra-tie, e-ten)
        assertEquals(4, Syllables.dutch("contrastvloeistof")); // con-trast-vloei-stof
        assertEquals(5, Syllables.dutch("verpleegkundige")); // ver-pleeg-kun-di-ge
        assertEquals(4, Syllables.dutch("operatie")); // ope|ra|tie from the patterns, "ope" has two vowel groups
        assertEquals(2, Syllables.dutch("eten")); // no break point: vowel groups e, e
        assertEquals(1, Syllables.dutch("niets"));
        assertEquals(5, Syllables.dutch("geëvalueerd")); // ge-ë-va-lu-eerd: the diaeresis starts a syllable
        assertEquals(1, Syllables.dutch("bij")); // ij is one vowel
    }

    @Test
    void englishSyllablesByTheHeuristic() {
        assertEquals(1, Syllables.english("make")); // silent final e
        assertEquals(2, Syllables.english("table")); // -le after a consonant is a syllable
        assertEquals(1, Syllables.english("used")); // -ed after s is silent
        assertEquals(2, Syllables.english("needed")); // -ed after d is not
        assertEquals(1, Syllables.english("times"));
        assertEquals(2, Syllables.english("boxes"));
        assertEquals(3, Syllables.english("hospital"));
        assertEquals(1, Syllables.english("the"));
    }

    @Test
    void sentencesEndAtStopsButNotAtAbbreviationsOrDecimals() {
        List<Prose.Sentence> s =
                sentences("Kom om 8.30 uur bij dr. Jansen, bijv. op maandag. Neem o.a. uw pas mee! Klaar?");
        assertEquals(3, s.size());
        assertEquals(
                "Kom om 8.30 uur bij dr. Jansen, bijv. op maandag.", s.get(0).text());
        assertEquals(10, s.get(0).words().size()); // "8.30", "dr" and "bijv" are words
    }

    @Test
    void fleschDoumaOfAKnownDutchText() {
        // "De kat zit op de mat. Het is een warme dag." 11 words, 2 sentences, 12 syllables (war-me: 2)
        // 206.84 − 0.77 × (12 / 11 × 100) − 0.93 × (11 / 2) = 206.84 − 84.00 − 5.115 = 117.725
        Readability.Score score = Readability.of(sentences("De kat zit op de mat. Het is een warme dag."), "nl")
                .orElseThrow();
        assertEquals(11, score.words());
        assertEquals(2, score.sentenceCount());
        assertEquals(12, score.syllables());
        assertEquals(117.725, score.value(), 0.001);
    }

    @Test
    void fleschDoumaOfAHardDutchSentence() {
        // "Verpleegkundigen beoordelen postoperatieve complicaties." 4 words, 1 sentence;
        // ver-pleeg-kun-di-gen 5, be-oor-de-len 4, post-ope-ra-tie-ve 6 (ope: 2), com-pli-ca-ties 4 = 19 syllables
        // 206.84 − 0.77 × (19 / 4 × 100) − 0.93 × 4 = 206.84 − 365.75 − 3.72 = −162.63
        Readability.Score score = Readability.of(
                        sentences("Verpleegkundigen beoordelen postoperatieve complicaties."), "nl")
                .orElseThrow();
        assertEquals(19, score.syllables());
        assertEquals(-162.63, score.value(), 0.001);
        assertEquals("very difficult", score.band());
    }

    @Test
    void fleschReadingEaseOfAKnownEnglishText() {
        // "The cat sat on the mat. It is a nice day." 11 words, 2 sentences, 11 syllables (nice: silent e)
        // 206.835 − 1.015 × (11 / 2) − 84.6 × (11 / 11) = 206.835 − 5.5825 − 84.6 = 116.6525
        Readability.Score score = Readability.of(sentences("The cat sat on the mat. It is a nice day."), "en")
                .orElseThrow();
        assertEquals(11, score.syllables());
        assertEquals(116.6525, score.value(), 0.0001);
    }

    @Test
    void languagesWithoutACalibratedFormulaAreNotMeasured() {
        assertTrue(Readability.of(sentences("هذا نص قصير جدا."), "ar").isEmpty());
        assertTrue(Readability.formula("tr").isEmpty());
        assertEquals(
                Readability.Formula.FLESCH_DOUMA, Readability.formula("nl-BE").orElseThrow());
    }
}
