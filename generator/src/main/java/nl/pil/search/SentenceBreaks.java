package nl.pil.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Sentence boundaries for snippets: after {@code .}, {@code !} or {@code ?} followed by white space, and after every
 * line break (a heading, list item or table row is never glued to the next). Found by looking only around the
 * offset asked about: the JDK's rule-based sentence iterator, asked once per match, was most of a snippet's cost on
 * long leaflets.
 */
final class SentenceBreaks extends BreakIterator {
    private String text = "";
    private int current;

    @Override
    public void setText(String newText) {
        text = newText;
        current = 0;
    }

    @Override
    public void setText(CharacterIterator newText) {
        StringBuilder s = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            s.append(c);
        }
        setText(s.toString());
    }

    @Override
    public CharacterIterator getText() {
        return new StringCharacterIterator(text);
    }

    /** Whether a sentence starts at {@code i} (0 &lt; i &lt; length). */
    private boolean startsAt(int i) {
        char before = text.charAt(i - 1);
        return before == '\n'
                || ((before == '.' || before == '!' || before == '?') && Character.isWhitespace(text.charAt(i)));
    }

    @Override
    public int first() {
        current = 0;
        return 0;
    }

    @Override
    public int last() {
        current = text.length();
        return current;
    }

    @Override
    public int next(int n) {
        int result = current;
        for (; n > 0 && result != DONE; n--) {
            result = next();
        }
        for (; n < 0 && result != DONE; n++) {
            result = previous();
        }
        return result;
    }

    @Override
    public int next() {
        return current >= text.length() ? DONE : following(current);
    }

    @Override
    public int previous() {
        return current <= 0 ? DONE : preceding(current);
    }

    @Override
    public int following(int offset) {
        int n = text.length();
        if (offset >= n) {
            current = n;
            return DONE;
        }
        int i = Math.max(offset + 1, 1);
        while (i < n && !startsAt(i)) {
            i++;
        }
        current = Math.min(i, n);
        return current;
    }

    @Override
    public int preceding(int offset) {
        if (offset <= 0) {
            current = 0;
            return DONE;
        }
        int i = Math.min(offset, text.length()) - 1;
        while (i > 0 && !startsAt(i)) {
            i--;
        }
        current = Math.max(i, 0);
        return current;
    }

    @Override
    public int current() {
        return current;
    }
}
