package nl.pil.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import nl.pil.model.Languages;
import org.apache.lucene.analysis.compound.hyphenation.Hyphenation;
import org.apache.lucene.analysis.compound.hyphenation.HyphenationTree;
import org.xml.sax.InputSource;

/**
 * Liang's TeX hyphenation patterns ({@code hyphenation/<lang>.pat} in the templates) through Lucene's
 * {@link HyphenationTree}, a maintained implementation of the pattern algorithm (from Apache FOP). The PDF handouts
 * break lines with it; the check stage counts syllables with it. Upper-case letters match the lower-case patterns.
 */
public final class HyphenationPatterns {
    /** Where the patterns built into the tool are on the class path (the project's {@code templates/} folder). */
    public static final String BUILT_IN = "pil/templates/hyphenation/";

    private static final Map<String, Optional<HyphenationPatterns>> BUILT_IN_CACHE = new ConcurrentHashMap<>();

    private final HyphenationTree tree;

    private HyphenationPatterns(HyphenationTree tree) {
        this.tree = tree;
    }

    /**
     * @param patterns the pattern file: one TeX pattern per line ({@code .ach1te}, {@code a3ë}); lines starting with
     *                 {@code %} are comments
     */
    public static HyphenationPatterns parse(byte[] patterns) throws IOException {
        String text = new String(patterns, StandardCharsets.UTF_8);
        Set<Integer> letters = new TreeSet<>();
        StringBuilder list = new StringBuilder();
        for (String line : text.lines().map(String::strip).toList()) {
            if (line.isEmpty() || line.startsWith("%")) {
                continue;
            }
            line.codePoints().filter(Character::isLetter).forEach(letters::add);
            list.append(line).append('\n');
        }
        // character classes: each letter with its upper case, so "Onderzoek" matches the lower-case patterns
        StringBuilder classes = new StringBuilder();
        for (int letter : letters) {
            classes.appendCodePoint(letter);
            int upper = Character.toUpperCase(letter);
            if (upper != letter) {
                classes.appendCodePoint(upper);
            }
            classes.append(' ');
        }
        String xml = "<hyphenation-info><classes>" + escape(classes.toString()) + "</classes><patterns>"
                + escape(list.toString()) + "</patterns></hyphenation-info>";
        HyphenationTree tree = new HyphenationTree();
        tree.loadPatterns(new InputSource(new StringReader(xml)));
        return new HyphenationPatterns(tree);
    }

    /**
     * The patterns built into the tool for {@code lang} ({@code nl}, or {@code nl-BE} as {@code nl}), read once per
     * process; empty for a language without patterns.
     */
    public static Optional<HyphenationPatterns> builtIn(String lang) {
        return BUILT_IN_CACHE.computeIfAbsent(Languages.base(lang), l -> {
            try (InputStream in =
                    HyphenationPatterns.class.getClassLoader().getResourceAsStream(BUILT_IN + l + ".pat")) {
                return in == null ? Optional.empty() : Optional.of(parse(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * The offsets inside {@code word} where it may be broken, ascending, each leaving at least {@code minBefore}
     * letters before and {@code minAfter} after it; empty when the patterns allow none.
     */
    public int[] points(String word, int minBefore, int minAfter) {
        Hyphenation h = tree.hyphenate(word, minBefore, minAfter);
        if (h == null) {
            return new int[0];
        }
        return Arrays.stream(h.getHyphenationPoints())
                .filter(p -> p > 0 && p < word.length())
                .toArray();
    }
}
