package nl.pil.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.pil.model.SourcePosition;
import nl.pil.model.Translation;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * The running text of a leaflet cut into sentences and words, for the plain-language rules: paragraphs and table cells
 * (not headings), each ending at least one sentence. A sentence ends at {@code .}, {@code !} or {@code ?} before a
 * space or the end of the block, except after an abbreviation ("dr.", "bijv.", "o.a.", "e.g."); a dot between digits
 * ("8.30") ends nothing.
 */
final class Prose {
    private Prose() {}

    /** One word: letters or digits, with what sticks to it (dashes, apostrophes, dots inside) but no outer punctuation. */
    record Word(String text, int offset, String lower) {
        Word(String text, int offset) {
            this(text, offset, text.toLowerCase(Locale.ROOT));
        }

        /** The number of letters, what {@code long-words} measures. */
        int letters() {
            int letters = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                // a letter outside the BMP is a surrogate pair: counted once, at its high half
                if (Character.isLetter(c)
                        || (Character.isHighSurrogate(c) && Character.isLetter(text.codePointAt(i)))) {
                    letters++;
                }
            }
            return letters;
        }

        /** Whether it has a letter at all (a number has none). */
        boolean hasLetter() {
            for (int i = 0; i < text.length(); i++) {
                if (Character.isLetter(text.codePointAt(i))) {
                    return true;
                }
            }
            return false;
        }

        /** A web or e-mail address: one word of one syllable, never too long. */
        boolean isAddress() {
            // most words have none of the characters an address needs: no pattern to run
            return (text.indexOf('@') >= 0 || text.indexOf('/') >= 0 || text.indexOf('.') >= 0)
                    && ADDRESS.matcher(text).find();
        }

        /** Digits, letters in capitals or mixed with digits (RAD-012, MRI, 8.30): read as a code, not as a word. */
        boolean isCode() {
            boolean lower = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isDigit(c)) {
                    return true;
                }
                lower |= Character.isLowerCase(c);
            }
            return text.length() > 1 && !lower && text.equals(text.toUpperCase(Locale.ROOT));
        }
    }

    /** One sentence of a block; {@code offset} and {@code end} are offsets in the block's text. */
    record Sentence(BlockText block, int offset, int end, List<Word> words) {
        String text() {
            return block.text().substring(offset, end).strip();
        }

        /** Where its first word starts. */
        SourcePosition position() {
            return block.positionAt(words.isEmpty() ? offset : words.getFirst().offset());
        }
    }

    private static final Pattern ADDRESS = Pattern.compile("@|://|^www\\.|\\.(nl|com|org|be|eu|example)(/|$)");
    /** Abbreviations written as initials with dots: "d.w.z", "a.u.b". */
    private static final Pattern INITIALS = Pattern.compile("(\\p{L}\\.)+\\p{L}");

    private static final Set<String> ABBREVIATIONS = Set.of(
            "dr", "drs", "ir", "mr", "mrs", "ms", "prof", "dhr", "mevr", "bijv", "bv", "enz", "etc", "ca", "nr", "tel",
            "zgn", "evt", "incl", "excl", "max", "min", "resp", "vs", "st", "jr", "sr", "e.g", "i.e", "o.a", "d.w.z",
            "a.u.b", "m.b.v", "i.p.v", "t.z.t", "e.d", "z.s.m", "t.o.v");

    /** The blocks of running text (paragraphs and table cells) of a translation, in reading order. */
    static List<BlockText> blocks(Translation t) {
        return BlockText.of(t).stream()
                .filter(b -> !(b.block() instanceof Heading))
                .toList();
    }

    /** The {@code ##} heading a block belongs to, or {@code null} before the first. */
    static Heading sectionOf(Node block) {
        Node top = block;
        while (top.getParent() != null && !(top.getParent() instanceof Document)) {
            top = top.getParent();
        }
        for (Node n = top; n != null; n = n.getPrevious()) {
            if (n instanceof Heading h && h.getLevel() <= 2 && n != block) {
                return h;
            }
        }
        return null;
    }

    static List<Word> words(String text) {
        return TextMemo.remember(text, Prose::split);
    }

    private static List<Word> split(String text) {
        List<Word> words = new ArrayList<>();
        for (int start = nextToken(text, 0); start < text.length(); ) {
            int end = tokenEnd(text, start);
            int from = start;
            int to = end;
            while (from < to && !isLetterOrDigit(text.codePointAt(from))) {
                from += Character.charCount(text.codePointAt(from));
            }
            while (to > from && !isLetterOrDigit(text.codePointBefore(to))) {
                to -= Character.charCount(text.codePointBefore(to));
            }
            if (from < to) {
                words.add(new Word(text.substring(from, to), from));
            }
            start = nextToken(text, end);
        }
        return List.copyOf(words);
    }

    // a token is what the regex \S+ matches: a run of anything but the six characters \s stands for (a scan is
    // many times cheaper than the regex, on every block of every leaflet)
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B';
    }

    /** Where the next token starts at or after {@code from}; the text's length when there is none. */
    private static int nextToken(String text, int from) {
        int i = from;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int tokenEnd(String text, int start) {
        int i = start;
        while (i < text.length() && !isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** What {@code \\p{L}} and {@code \\p{N}} match: a word's edges are trimmed down to these. */
    private static boolean isLetterOrDigit(int codePoint) {
        return Character.isLetter(codePoint) || isNumber(codePoint);
    }

    private static boolean isNumber(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    static List<Sentence> sentences(BlockText block) {
        return TextMemo.remember(block, Prose::readSentences);
    }

    private static List<Sentence> readSentences(BlockText block) {
        String text = block.text();
        List<Sentence> sentences = new ArrayList<>();
        List<Word> words = words(text);
        int start = 0;
        List<Word> current = new ArrayList<>();
        int w = 0;
        for (int from = nextToken(text, 0); from < text.length(); from = nextToken(text, from)) {
            int end = tokenEnd(text, from);
            // the words of this token
            while (w < words.size() && words.get(w).offset() < end) {
                current.add(words.get(w++));
            }
            if (!current.isEmpty() && mayEndSentence(text.charAt(end - 1)) && endsSentence(text.substring(from, end))) {
                sentences.add(new Sentence(block, start, end, List.copyOf(current)));
                current.clear();
                start = end;
            }
            from = end;
        }
        if (!current.isEmpty()) {
            sentences.add(new Sentence(block, start, text.length(), List.copyOf(current)));
        }
        return List.copyOf(sentences);
    }

    /** What a token that ends a sentence ends with: its mark, or a quote, bracket or emphasis after it. */
    private static boolean mayEndSentence(char last) {
        return "\"'”’)»*_.!?؟".indexOf(last) >= 0;
    }

    static boolean endsSentence(String token) {
        int end = token.length();
        while (end > 0 && "\"'”’)»*_".indexOf(token.charAt(end - 1)) >= 0) {
            end--;
        }
        String t = token.substring(0, end);
        if (t.endsWith("!") || t.endsWith("?") || t.endsWith("؟")) {
            return true;
        }
        if (!t.endsWith(".") || t.endsWith("..") && !t.endsWith("...")) {
            return t.endsWith("...");
        }
        int start = 0;
        while (start < t.length() - 1 && !isLetterOrDigit(t.codePointAt(start))) {
            start += Character.charCount(t.codePointAt(start));
        }
        String word = t.substring(Math.min(start, t.length() - 1), t.length() - 1);
        String lower = word.toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(lower)
                || (lower.indexOf('.') > 0 && INITIALS.matcher(lower).matches())) {
            return false;
        }
        return !word.isEmpty() || t.length() > 1;
    }
}
