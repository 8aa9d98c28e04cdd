package nl.pil.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.parser.Parser;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/** Parses a line that is only {@code [[id]]} into a {@link LeafletCard} block. */
public final class CardExtension implements Parser.ParserExtension {
    // Any text between the brackets is taken, so a bad id gets a diagnostic instead of silently becoming text.
    private static final Pattern CARD = Pattern.compile("\\[\\[\\s*([^\\[\\]\\s]+)\\s*]]\\s*");

    public static CardExtension create() {
        return new CardExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new Factory());
    }

    private static final class Factory extends AbstractBlockParserFactory {
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
            return BlockStart.of(new CardParser(m.group(1))).atIndex(line.length());
        }
    }

    private static final class CardParser extends AbstractBlockParser {
        private final LeafletCard card;

        CardParser(String id) {
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
    }
}
