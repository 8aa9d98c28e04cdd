package nl.pil.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import nl.pil.markdown.LeafletMarkdown;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;

class KeptTreesTest {
    private final AtomicInteger parses = new AtomicInteger();
    private final Function<String, Node> parse = text -> {
        parses.incrementAndGet();
        return LeafletMarkdown.parse(text);
    };

    private ParsedBody loaded(String text, KeptTrees kept) {
        return ParsedBody.parsed(parse.apply(text), text, parse, kept);
    }

    @Test
    void theOldestTreesAreLetGoOnceTheirMarkdownPassesTheLimitAndParsedAgainWhenRead() {
        // "## Kop\n\nTekst één.\n" is 21 bytes in UTF-8 (é takes two): three fit in 64, a fourth does not
        String text = "## Kop\n\nTekst één.\n";
        assertEquals(21, text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        KeptTrees kept = new KeptTrees(64);
        List<ParsedBody> bodies = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            bodies.add(loaded(text, kept));
        }
        assertTrue(bodies.stream().allMatch(ParsedBody::parsed), "three fit");
        assertEquals(0, kept.letGo());
        bodies.add(loaded(text, kept));
        assertFalse(bodies.get(0).parsed(), "the oldest is let go");
        assertTrue(bodies.get(1).parsed() && bodies.get(3).parsed());
        assertEquals(1, kept.letGo());

        int before = parses.get();
        Node again = bodies.get(0).node();
        assertEquals(before + 1, parses.get(), "read again: parsed again");
        assertSame(again, bodies.get(0).node(), "and then held");
        assertEquals(LeafletMarkdown.plainText(bodies.get(3).node()), LeafletMarkdown.plainText(again));
        assertFalse(bodies.get(1).parsed(), "which let the next oldest go");
        assertEquals(text, bodies.get(0).text(), "the Markdown is kept whole");
    }

    @Test
    void theNewestTreeIsHeldWhateverItsSize() {
        KeptTrees kept = new KeptTrees(0);
        ParsedBody first = loaded("Een.\n", kept);
        Node tree = first.node();
        ParsedBody second = loaded("Twee.\n", kept);
        assertTrue(second.parsed());
        assertFalse(first.parsed());
        assertNotSame(tree, first.node(), "parsed again");
        assertFalse(second.parsed(), "which let the other go");
    }

    @Test
    void aBodyParsedOnlyWhenReadIsNotHeldBeforeThat() {
        KeptTrees kept = new KeptTrees(1_000);
        ParsedBody later = ParsedBody.later("Later.\n", parse, kept);
        assertFalse(later.parsed());
        assertEquals(0, parses.get());
        assertEquals("Later.", LeafletMarkdown.plainText(later.node()).strip());
        assertEquals(1, parses.get());
        assertTrue(later.parsed());
    }
}
