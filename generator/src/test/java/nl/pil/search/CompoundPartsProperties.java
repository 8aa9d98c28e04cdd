package nl.pil.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The compound dictionary holds its words lowercased, in a set that compares exactly: the Dutch chain splits every
 * text as it did with a set that ignores case, whatever the case of the dictionary's words and of the text.
 */
class CompoundPartsProperties {
    private static final List<String> PIECES = List.of(
            "lever", "LEVER", "Lever", "biopsie", "Biopsie", "bloed", "scan", "SCAN", "vaten", "İnfuus", "infuus",
            "ärzte", "ÄRZTE", "straße", "ΣΟΦΙΑ", "σοφια", "naïef", "NAÏEF", "x", "de");

    @Provide
    Arbitrary<List<String>> dictionaries() {
        return Arbitraries.of(PIECES).list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> word =
                Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(3).map(p -> String.join("", p));
        return word.list().ofMaxSize(12).map(words -> String.join(" ", words));
    }

    @Property(tries = 500)
    void splitsAsASetThatIgnoresCase(@ForAll("dictionaries") List<String> words, @ForAll("texts") String text)
            throws IOException {
        CharArraySet ignoringCase = new CharArraySet(words.size(), true);
        for (String w : words) {
            if (w.length() >= SearchAnalyzers.MIN_COMPOUND_PART) {
                ignoringCase.add(w);
            }
        }
        assertEquals(
                tokens(SearchAnalyzers.text("nl", ignoringCase), text),
                tokens(SearchAnalyzers.text("nl", SearchAnalyzers.compoundParts(words)), text),
                () -> words + " / " + text);
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (analyzer;
                TokenStream ts = analyzer.tokenStream(SearchFields.BODY, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                tokens.add(term + "@" + offset.startOffset() + "-" + offset.endOffset() + "+"
                        + increment.getPositionIncrement());
            }
            ts.end();
        }
        return tokens;
    }
}
