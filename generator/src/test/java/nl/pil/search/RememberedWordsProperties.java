package nl.pil.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
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
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The index's chain, which remembers each word's terms, gives exactly the tokens of the chain that works every word
 * out again: the same terms, positions (stop words' gaps included, at the end too), offsets and types, for every kind
 * of chain, for texts analysed one after another by the same analyzer (what is remembered from one text serves the
 * next).
 */
class RememberedWordsProperties {
    private static final CharArraySet PARTS = SearchAnalyzers.compoundParts(
            List.of("lever", "biopsie", "bloed", "scan", "zich", "zelf", "onder", "zoek"));
    private static final List<String> WORDS = List.of(
            "Leverbiopsie",
            "leverbiopsie",
            "LEVERBIOPSIE",
            "bloedverdunners",
            "onderzoek",
            "zichzelf",
            "de",
            "het",
            "voor",
            "vóór",
            "CT-scan",
            "Scans",
            "patient's",
            "patients'",
            "The",
            "and",
            "U.S.",
            "3",
            "12,5",
            "٣",
            "mg/dl",
            "e-mail",
            "Ärzte",
            "Straße",
            "İstanbul",
            "ve",
            "kanseri",
            "الكبد",
            "والكبد",
            "في",
            "Café",
            "don't",
            "naïeve",
            "(lever)",
            "…",
            "\"eten\"",
            "www.pil.nl",
            "a@b.nl",
            "日本語",
            "x".repeat(300));

    @Property(tries = 300)
    void rememberedWordsGiveTheTokensOfTheWholeChain(
            @ForAll("languages") String lang, @ForAll("texts") List<String> texts) throws IOException {
        CharArraySet parts = lang.equals("nl") ? PARTS : null;
        try (Analyzer remembering = SearchAnalyzers.indexText(lang, parts);
                Analyzer plain = SearchAnalyzers.text(lang, parts)) {
            for (String text : texts) {
                for (String field : List.of(SearchFields.BODY, SearchFields.ALL)) {
                    assertEquals(tokens(plain, field, text), tokens(remembering, field, text), lang + ": " + text);
                }
            }
        }
    }

    /** Every token as one line of its attributes, and the stream's end state. */
    private static List<String> tokens(Analyzer analyzer, String field, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute position = ts.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = ts.addAttribute(PositionLengthAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                tokens.add(term + " +" + position.getPositionIncrement() + " len " + length.getPositionLength() + " "
                        + offset.startOffset() + "-" + offset.endOffset() + " " + type.type());
            }
            ts.end();
            tokens.add("end +" + position.getPositionIncrement() + " " + offset.endOffset());
        }
        return tokens;
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of("nl", "en", "ar", "tr", "de", "ja");
    }

    @Provide
    Arbitrary<List<String>> texts() {
        Arbitrary<String> gap = Arbitraries.of(" ", "  ", "\n", ", ", ". ", "-", "/", "\t", "");
        Arbitrary<String> text = Arbitraries.of(WORDS)
                .list()
                .ofMinSize(0)
                .ofMaxSize(14)
                .flatMap(words -> gap.list().ofSize(words.size()).map(gaps -> {
                    StringBuilder t = new StringBuilder();
                    for (int i = 0; i < words.size(); i++) {
                        t.append(words.get(i)).append(gaps.get(i));
                    }
                    return t.toString();
                }));
        return text.list().ofMinSize(1).ofMaxSize(4);
    }
}
