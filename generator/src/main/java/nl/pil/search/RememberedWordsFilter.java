package nl.pil.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * A language's word filters (lowercasing, compound parts, folding, stop words, stemming) applied to each word once:
 * the terms of a word seen before are given again instead of being worked out again. Every one of those filters looks
 * at one word at a time, so a word's terms do not depend on the words around it; a leaflet site uses a few thousand
 * words over and over, and stemming them was the largest part of building the search index. The same tokens as the
 * filters over the whole stream (terms, positions, offsets, types), held to that by {@code RememberedWordsProperties}.
 *
 * <p>A stop word's position is passed on to the next word, and to {@link #end()}, as {@code StopFilter} does.
 */
final class RememberedWordsFilter extends TokenFilter {
    /** Words remembered by one stream, at most; past it the memory starts again (a site's vocabulary fits). */
    static final int MAX_WORDS = 50_000;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);

    private final OneWord word = new OneWord();
    private final TokenStream filters;
    private final CharArrayMap<Terms> known = new CharArrayMap<>(1024, false);

    /** The terms being given out, and which is next; the start of the word they come from. */
    private Terms giving;

    private int next;
    private int wordStart;
    /** Positions of stop words not yet passed on. */
    private int skipped;

    /**
     * @param filters the word filters, applied to the stream they are given (here: a stream of one word at a time)
     */
    RememberedWordsFilter(TokenStream words, UnaryOperator<TokenStream> filters) {
        super(words);
        this.filters = filters.apply(word);
    }

    /** One token the filters make of a word, its offsets counted from the word's start. */
    private record Token(char[] term, int position, int length, int start, int end, String type) {}

    /** The tokens the filters make of one word, and the type the tokenizer gave the word. */
    private record Terms(String inputType, Token[] tokens) {}

    @Override
    public boolean incrementToken() throws IOException {
        if (giving != null && next < giving.tokens().length) {
            give(0);
            return true;
        }
        giving = null;
        while (input.incrementToken()) {
            int increment = position.getPositionIncrement();
            Terms terms = termsOfWord();
            if (terms.tokens().length == 0) {
                skipped += increment;
                continue;
            }
            giving = terms;
            next = 0;
            wordStart = offset.startOffset();
            give(skipped + increment - 1);
            skipped = 0;
            return true;
        }
        return false;
    }

    /** Sets the attributes to the next token of the word; {@code extra} positions before it. */
    private void give(int extra) {
        Token t = giving.tokens()[next++];
        term.copyBuffer(t.term(), 0, t.term().length);
        position.setPositionIncrement(t.position() + extra);
        length.setPositionLength(t.length());
        offset.setOffset(wordStart + t.start(), wordStart + t.end());
        type.setType(t.type());
    }

    /** The terms of the word the attributes hold now: remembered, or worked out (and remembered). */
    private Terms termsOfWord() throws IOException {
        int span = offset.endOffset() - offset.startOffset();
        boolean plain = span == term.length(); // the usual case: offsets that are the word's own length
        if (plain) {
            Terms terms = known.get(term.buffer(), 0, term.length());
            if (terms != null && terms.inputType().equals(type.type())) {
                return terms;
            }
        }
        Terms terms = workOut(span);
        if (plain) {
            if (known.size() >= MAX_WORDS) {
                known.clear();
            }
            known.put(Arrays.copyOf(term.buffer(), term.length()), terms);
        }
        return terms;
    }

    private Terms workOut(int span) throws IOException {
        word.set(term.buffer(), term.length(), span, type.type());
        CharTermAttribute outTerm = filters.getAttribute(CharTermAttribute.class);
        OffsetAttribute outOffset = filters.getAttribute(OffsetAttribute.class);
        PositionIncrementAttribute outPosition = filters.getAttribute(PositionIncrementAttribute.class);
        PositionLengthAttribute outLength = filters.addAttribute(PositionLengthAttribute.class);
        TypeAttribute outType = filters.getAttribute(TypeAttribute.class);
        List<Token> tokens = new ArrayList<>(2);
        filters.reset();
        while (filters.incrementToken()) {
            tokens.add(new Token(
                    Arrays.copyOf(outTerm.buffer(), outTerm.length()),
                    outPosition.getPositionIncrement(),
                    outLength.getPositionLength(),
                    outOffset.startOffset(),
                    outOffset.endOffset(),
                    outType.type()));
        }
        filters.end();
        filters.close();
        return new Terms(type.type(), tokens.toArray(Token[]::new));
    }

    @Override
    public void end() throws IOException {
        super.end();
        position.setPositionIncrement(position.getPositionIncrement() + skipped);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        giving = null;
        next = 0;
        skipped = 0;
    }

    /** A stream of one word, as the tokenizer gave it: what the filters are applied to. */
    private static final class OneWord extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
        private final TypeAttribute type = addAttribute(TypeAttribute.class);
        private char[] text = new char[0];
        private int textLength;
        private int span;
        private String wordType;
        private boolean given;

        void set(char[] buffer, int length, int span, String wordType) {
            if (text.length < length) {
                text = new char[length];
            }
            System.arraycopy(buffer, 0, text, 0, length);
            this.textLength = length;
            this.span = span;
            this.wordType = wordType;
        }

        @Override
        public boolean incrementToken() {
            if (given) {
                return false;
            }
            clearAttributes();
            term.copyBuffer(text, 0, textLength);
            offset.setOffset(0, span);
            position.setPositionIncrement(1);
            type.setType(wordType);
            given = true;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            offset.setOffset(span, span);
        }

        @Override
        public void reset() {
            given = false;
        }
    }
}
