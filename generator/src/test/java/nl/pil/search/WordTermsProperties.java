package nl.pil.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

/**
 * The text chain applied word by word (and remembered) finds the same terms at the same places as the chain over the
 * whole text, in every kind of chain: Dutch with compound parts and stop words, English possessives, Arabic, Turkish,
 * and a language on ICU's word breaking.
 */
class WordTermsProperties {
    private static final CharArraySet PARTS =
            SearchAnalyzers.compoundParts(List.of("lever", "biopsie", "bloed", "scan"));
    private static final List<String> WORDS = List.of(
            "Leverbiopsie",
            "bloedverdunners",
            "de",
            "voor",
            "vóór",
            "CT-scan",
            "ct-scan",
            "Scans",
            "patient's",
            "patients'",
            "U.S.",
            "3",
            "12,5",
            "mg/dl",
            "e-mail",
            "hospital's",
            "Ärzte",
            "Straße",
            "İstanbul",
            "kanseri",
            "الكبد",
            "والكبد",
            "Café",
            "x-ray",
            "don't",
            "naïeve",
            "coloscopie",
            "(lever)",
            "scan.",
            "Ja!",
            "…",
            "—",
            "\"eten\"",
            "'drinken'",
            "www.pil.nl",
            "a@b.nl");

    @Property(tries = 300)
    void wordByWordIsTheWholeChain(@ForAll("languages") String lang, @ForAll("texts") String text) throws IOException {
        Analyzer chain = SearchAnalyzers.text(lang, lang.equals("nl") ? PARTS : null);
        List<WordTerms.Found> whole = whole(chain, text);
        Set<String> terms = new HashSet<>();
        whole.forEach(f -> terms.add(f.term()));
        WordTerms words = new WordTerms(lang, chain);
        assertEquals(whole, words.find(text, terms), text);
        assertEquals(whole, words.find(text, terms), "remembered: " + text);
    }

    private static List<WordTerms.Found> whole(Analyzer chain, String text) throws IOException {
        List<WordTerms.Found> found = new ArrayList<>();
        try (TokenStream ts = chain.tokenStream(SearchFields.SECTION_TEXT, new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                found.add(new WordTerms.Found(offset.startOffset(), offset.endOffset(), term.toString()));
            }
            ts.end();
        }
        return found;
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of("nl", "en", "ar", "tr", "de");
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> gap = Arbitraries.of(" ", "  ", "\n", ", ", ". ", "-", "/", "\t");
        return Arbitraries.of(WORDS)
                .list()
                .ofMinSize(1)
                .ofMaxSize(12)
                .flatMap(words -> gap.list().ofSize(words.size()).map(gaps -> {
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < words.size(); i++) {
                        text.append(words.get(i)).append(gaps.get(i));
                    }
                    return text.toString();
                }));
    }
}
