package nl.pil.markdown.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.pil.markdown.LeafletCard;
import org.commonmark.node.Block;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/** Parses a line that is only {@code [[id]]} into a {@link LeafletCard} block. */
public final class CardBlockParser extends AbstractBlockParser {
    // Any text between the brackets is taken, so a bad id gets a diagnostic instead of silently becoming text.
    private static final Pattern CARD = Pattern.compile("\\[\\[\\s*([^\\[\\]\\s]+)\\s*]]\\s*");

    private final LeafletCard card;

    private CardBlockParser(String id) {
        card = new LeafletCard(id);
    }

    @Override
    public Block getBlock() {
        return card;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        return BlockContinue.none();
    }

    public static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            Matcher m = CARD.matcher(line.subSequence(state.getNextNonSpaceIndex(), line.length()));
            if (!m.matches()) {
                return BlockStart.none();
            }
            return BlockStart.of(new CardBlockParser(m.group(1))).atIndex(line.length());
        }
    }
}
