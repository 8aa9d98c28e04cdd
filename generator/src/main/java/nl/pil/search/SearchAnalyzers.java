package nl.pil.search;

import java.io.IOException;
import java.io.StringReader;
import java.text.ParseException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import nl.pil.model.Languages;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.TurkishStemmer;

/**
 * The analysis chain of each language, shared by the index writer (build) and the searcher (service), so both
 * see the same terms. Dutch: lowercase, stop words, compound splitting ("levermetastasen" → lever + metastasen,
 * with a dictionary made from the content's own words), diacritic folding ("vóór" = "voor"), stop words, Snowball stemming.
 * English: possessives, folding, stop words, Porter. Arabic: normaliser and light stemmer. Turkish: its own
 * lowercasing and Snowball stemmer. Any other language: ICU word breaking and folding.
 * Synonyms (lay ↔ medical words) are applied at query time only, so editing them needs no re-index.
 */
public final class SearchAnalyzers {
    /** Bump when a chain changes: an index built with another version must be rebuilt. */
    public static final int VERSION = 2;

    static final int MIN_COMPOUND_WORD = 8;
    static final int MIN_COMPOUND_PART = 4;

    private SearchAnalyzers() {}

    /** Analyzer for the text fields of documents in {@code lang}. */
    public static Analyzer text(String lang, CharArraySet compoundParts) {
        return chain(lang, compoundParts, null, true, false);
    }

    /**
     * {@link #text}'s chain for writing an index: the same tokens, each word's terms worked out once per stream
     * ({@link RememberedWordsFilter}). Not for the search service: it would remember every word strangers send it.
     */
    static Analyzer indexText(String lang, CharArraySet compoundParts) {
        return chain(lang, compoundParts, null, true, true);
    }

    /** Analyzer for queries in {@code lang}: the text chain plus synonyms. */
    public static Analyzer query(String lang, CharArraySet compoundParts, SynonymMap synonyms) {
        return chain(lang, compoundParts, synonyms, true, false);
    }

    /**
     * The words of a text as {@link #text}'s chain cuts it, before any filter: every filter of the chains works on one
     * word at a time, so a word's terms do not depend on the words around it ({@link WordTerms} relies on this).
     */
    static Analyzer tokens(String lang) {
        String base = Languages.base(lang);
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(tokenizer(base));
            }
        };
    }

    /** How a language's text is cut into words: Unicode's rules, or ICU's for scripts without spaces. */
    private static Tokenizer tokenizer(String base) {
        return switch (base) {
            case "nl", "en", "ar", "tr" -> new StandardTokenizer();
            default -> new ICUTokenizer();
        };
    }

    /** Lowercased, unstemmed words: the vocabulary for spelling suggestions and title completion. */
    public static Analyzer words() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }
        };
    }

    /**
     * Words of a question that do not say what it is about ("mag ik … ?", "how long does …"), beside the chain's
     * stop words: a leaflet need not contain them to match, and they do not score. Lowercase, unstemmed.
     */
    public static CharArraySet questionWords(String lang) {
        List<String> words = switch (Languages.base(lang)) {
            case "nl" ->
                List.of(
                        "mag", "mogen", "moet", "moeten", "kan", "kun", "kunt", "kunnen", "wanneer", "hoe", "lang",
                        "wat", "waarom", "welke", "waar", "hoeveel", "wel", "weer", "ik", "mijn", "u", "uw", "je",
                        "jij", "we", "wij", "ga", "gaat", "gaan", "krijg", "krijgt", "doe", "doet", "het", "de", "een",
                        "voor", "na", "tijdens", "bij", "met", "van", "over", "of", "en", "is", "zijn", "word", "wordt",
                        "er");
            case "en" ->
                List.of(
                        "i", "me", "my", "you", "your", "we", "our", "can", "could", "may", "might", "should", "must",
                        "will", "would", "how", "long", "when", "what", "why", "which", "where", "do", "does", "did",
                        "need", "get", "have", "has", "before", "after", "during", "the", "a", "an", "of", "for", "to",
                        "is", "are", "be", "it", "and", "or", "there", "from", "am");
            default -> List.of();
        };
        return CharArraySet.unmodifiableSet(new CharArraySet(words, false));
    }

    /** Per-field wrapper: text fields use {@code text}, the word fields {@link #words()}. */
    public static Analyzer perField(Analyzer text) {
        Analyzer words = words();
        return new PerFieldAnalyzerWrapper(text, Map.of(SearchFields.SPELL, words, SearchFields.SUGGEST, words));
    }

    private static Analyzer chain(
            String lang, CharArraySet compoundParts, SynonymMap synonyms, boolean stopWords, boolean remember) {
        String base = Languages.base(lang);
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = tokenizer(base);
                UnaryOperator<TokenStream> filters = in -> wordFilters(base, in, compoundParts, stopWords);
                TokenStream ts = remember ? new RememberedWordsFilter(source, filters) : filters.apply(source);
                if (synonyms != null && synonyms.fst != null) {
                    ts = new SynonymGraphFilter(ts, synonyms, true);
                }
                return new TokenStreamComponents(source, ts);
            }
        };
    }

    /** The filters of a language's chain after its tokenizer: each works on one word at a time. */
    private static TokenStream wordFilters(String base, TokenStream in, CharArraySet compoundParts, boolean stopWords) {
        TokenStream ts;
        switch (base) {
            case "nl" -> {
                ts = new LowerCaseFilter(in);
                if (compoundParts != null && !compoundParts.isEmpty()) {
                    ts = new DictionaryCompoundWordTokenFilter(
                            ts,
                            compoundParts,
                            MIN_COMPOUND_WORD,
                            MIN_COMPOUND_PART,
                            30,
                            true,
                            false); // longest parts, not overlapping
                }
                ts = new ASCIIFoldingFilter(ts);
                // after folding, so "vóór" is the stop word "voor" too
                ts = stopWords ? new StopFilter(ts, DutchAnalyzer.getDefaultStopSet()) : ts;
                ts = new SnowballFilter(ts, new DutchStemmer());
            }
            case "en" -> {
                ts = new EnglishPossessiveFilter(in);
                ts = new LowerCaseFilter(ts);
                ts = stopWords ? new StopFilter(ts, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) : ts;
                ts = new ASCIIFoldingFilter(ts);
                ts = new PorterStemFilter(ts);
            }
            case "ar" -> {
                ts = new LowerCaseFilter(in);
                ts = new DecimalDigitFilter(ts);
                ts = stopWords ? new StopFilter(ts, ArabicAnalyzer.getDefaultStopSet()) : ts;
                ts = new ArabicNormalizationFilter(ts);
                ts = new ArabicStemFilter(ts);
            }
            case "tr" -> {
                ts = new TurkishLowerCaseFilter(in);
                ts = stopWords ? new StopFilter(ts, TurkishAnalyzer.getDefaultStopSet()) : ts;
                ts = new SnowballFilter(ts, new TurkishStemmer());
            }
            default -> ts = new ICUFoldingFilter(in);
        }
        return ts;
    }

    /**
     * Reads synonyms in Solr's format ("uitzaaiingen, metastasen" or "a => b"), analysed by the language's
     * chain without compound splitting, so "uitzaaiing" and "uitzaaiingen" both hit the rule.
     */
    public static SynonymMap synonyms(String lang, String rules) throws IOException, ParseException {
        // without stop words: the parser needs every word of a rule to keep its position
        SolrSynonymParser parser = new SolrSynonymParser(true, true, chain(lang, null, null, false, false));
        parser.parse(new StringReader(rules));
        return parser.build();
    }

    /** The dictionary for compound splitting: the given words, lowercased, of at least {@link #MIN_COMPOUND_PART} letters. */
    public static CharArraySet compoundParts(Collection<String> words) {
        // case-sensitive, of lowercased words: what the filter looks up is lowercased already (LowerCaseFilter comes
        // first), and a set that ignores case lowercases every character of every piece of every word it is asked
        // about again (an eighth of indexing Dutch text)
        CharArraySet set = new CharArraySet(words.size(), false);
        for (String w : words) {
            if (w.length() >= MIN_COMPOUND_PART) {
                set.add(lowerCase(w));
            }
        }
        return set;
    }

    /** Lowercased code point by code point, as {@link LowerCaseFilter} does (and a set that ignores case did). */
    static String lowerCase(String word) {
        StringBuilder lower = new StringBuilder(word.length());
        word.codePoints().forEach(c -> lower.appendCodePoint(Character.toLowerCase(c)));
        return lower.toString();
    }

    /** Whether {@code lang} splits compounds (only Dutch does, for now). */
    public static boolean splitsCompounds(String lang) {
        return lang.equals("nl") || lang.startsWith("nl-");
    }
}
