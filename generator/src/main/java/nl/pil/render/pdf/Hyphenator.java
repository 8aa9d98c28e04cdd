package nl.pil.render.pdf;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.pil.text.HyphenationPatterns;

/**
 * Hyphenates text with Liang's TeX patterns ({@code hyphenation/<lang>.pat} in the templates) through
 * {@link HyphenationPatterns} (shared with the check stage, which counts syllables with them). The layout
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

    private final HyphenationPatterns patterns;

    private Hyphenator(HyphenationPatterns patterns) {
        this.patterns = patterns;
    }

    /**
     * @param patterns the pattern file: one TeX pattern per line ({@code .ach1te}, {@code a3ë}); lines starting
     *                 with {@code %} are comments
     */
    public static Hyphenator fromPatterns(byte[] patterns) throws IOException {
        return new Hyphenator(HyphenationPatterns.parse(patterns));
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
            int[] points = patterns.points(word, MIN_BEFORE, MIN_AFTER);
            if (points.length == 0) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16);
            }
            out.append(text, last, m.start());
            int from = 0;
            for (int point : points) {
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
