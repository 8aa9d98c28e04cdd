package nl.pil.render.pdf;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.compound.hyphenation.Hyphenation;
import org.apache.lucene.analysis.compound.hyphenation.HyphenationTree;
import org.xml.sax.InputSource;

/**
 * Hyphenates text with Liang's TeX patterns ({@code hyphenation/<lang>.pat} in the templates) through Lucene's
 * {@link HyphenationTree}, a maintained implementation of the pattern algorithm (from Apache FOP). The layout
 * engine calls {@link #hyphenateText} for text styled {@code hyphens: auto}; it returns the text with soft
 * hyphens (U+00AD) at the allowed break points, and the engine prints a hyphen only where it breaks a line.
 */
public final class Hyphenator implements com.openhtmltopdf.extend.Hyphenator {
    public static final char SOFT_HYPHEN = '\u00AD';
    /** Shorter words are never broken. */
    static final int MIN_WORD = 6;

    static final int MIN_BEFORE = 2;
    static final int MIN_AFTER = 3;
    private static final Pattern WORD = Pattern.compile("\\p{L}{" + MIN_WORD + ",}");
    /** Tokens (between spaces) that are addresses: a break there would change what a reader types. */
    private static final Pattern ADDRESS = Pattern.compile("\\S*(@|://|www\\.|\\p{L}\\.\\p{L})\\S*");

    private final HyphenationTree tree;

    private Hyphenator(HyphenationTree tree) {
        this.tree = tree;
    }

    /**
     * @param patterns the pattern file: one TeX pattern per line ({@code .ach1te}, {@code a3ë}); lines starting
     *                 with {@code %} are comments
     */
    public static Hyphenator fromPatterns(byte[] patterns) throws IOException {
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
        return new Hyphenator(tree);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Soft hyphens at every allowed break point of every word of at least {@value #MIN_WORD} letters. */
    @Override
    public String hyphenateText(String text) {
        if (text == null || text.length() < MIN_WORD) {
            return text;
        }
        Matcher m = WORD.matcher(text);
        Matcher address = ADDRESS.matcher(text);
        StringBuilder out = null;
        int last = 0;
        int skipUntil = -1;
        while (m.find()) {
            if (m.start() < skipUntil) {
                continue;
            }
            int end = tokenEnd(text, m.end());
            if (address.region(tokenStart(text, m.start()), end).matches()) {
                skipUntil = end;
                continue;
            }
            String word = m.group();
            Hyphenation h = tree.hyphenate(word, MIN_BEFORE, MIN_AFTER);
            if (h == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16);
            }
            out.append(text, last, m.start());
            int from = 0;
            for (int point : h.getHyphenationPoints()) {
                if (point <= 0 || point >= word.length()) {
                    continue;
                }
                out.append(word, from, point).append(SOFT_HYPHEN);
                from = point;
            }
            out.append(word, from, word.length());
            last = m.end();
        }
        if (out == null) {
            return text;
        }
        return out.append(text, last, text.length()).toString();
    }

    private static int tokenEnd(String text, int index) {
        int i = index;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int tokenStart(String text, int index) {
        int i = index;
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
