package nl.pil.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.pil.markdown.LeafletMarkdown;

/**
 * A snippet is whole sentences of one section: never text from two blocks (paragraph, list item, table row) or from a
 * heading glued together, whatever the leaflet and the words looked for.
 */
class SectionSnippetProperties {
    private static final WordTerms DUTCH = new WordTerms("nl", SearchAnalyzers.text("nl", null));
    private static final List<String> WORDS =
            List.of("lever", "scan", "eten", "drinken", "wond", "pijn", "arts", "uur", "onderzoek", "contrast");

    @Property(tries = 200)
    void snippetsAreWholeSentencesOfOneSection(@ForAll("leaflets") String markdown, @ForAll("queries") Set<String> q) {
        List<LeafletSection> sections = LeafletSection.of(LeafletMarkdown.parse(markdown));
        for (LeafletSection section : sections) {
            assertFalse(section.text().isBlank());
            String snippet = plain(SectionSnippet.of(section.text(), DUTCH, q));
            assertFalse(snippet.contains("\n"), "one block: " + snippet);
            // whole sentences of the section's text (which has no heading): it starts where a sentence starts and ends
            // where one ends, within one line
            List<SectionSnippet.Span> sentences = SectionSnippet.sentences(section.text());
            boolean whole = false;
            for (SectionSnippet.Span first : sentences) {
                for (SectionSnippet.Span last : sentences) {
                    if (last.end() >= first.start()
                            && section.text()
                                    .substring(first.start(), last.end())
                                    .equals(snippet)) {
                        whole = true;
                    }
                }
            }
            assertTrue(whole, () -> "not whole sentences of the section: '" + snippet + "' in\n" + section.text());
        }
    }

    @Property(tries = 50)
    void tableRowsAreCellColonCell(@ForAll("words") String a, @ForAll("words") String b) {
        List<LeafletSection> sections = LeafletSection.of(
                LeafletMarkdown.parse("## Tabel\n\n| Soort | Uitleg |\n|---|---|\n| " + a + " | " + b + " |\n"));
        assertEquals(1, sections.size());
        assertEquals("Soort: Uitleg\n" + a + ": " + b, sections.getFirst().text());
    }

    /** The snippet's text as a reader sees it: marks gone, escapes undone. */
    private static String plain(String html) {
        return html.replace("<mark>", "")
                .replace("</mark>", "")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(4).map(w -> String.join(" ", w));
    }

    @Provide
    Arbitrary<Set<String>> queries() {
        return Arbitraries.of(WORDS)
                .set()
                .ofMaxSize(3)
                .map(s -> s.stream().map(w -> w.equals("drinken") ? "drink" : w).collect(Collectors.toSet()));
    }

    @Provide
    Arbitrary<String> leaflets() {
        Arbitrary<String> sentence = Combinators.combine(words(), Arbitraries.of(".", "!", "?", "", ":"))
                .as((w, end) -> Character.toUpperCase(w.charAt(0)) + w.substring(1) + end);
        Arbitrary<String> paragraph = sentence.list().ofMinSize(1).ofMaxSize(4).map(s -> String.join(" ", s));
        Arbitrary<String> list = paragraph
                .list()
                .ofMinSize(1)
                .ofMaxSize(3)
                .map(items -> items.stream().map(i -> "- " + i).collect(Collectors.joining("\n")));
        Arbitrary<String> table = Combinators.combine(words(), words())
                .as((x, y) -> "| Soort | Uitleg |\n|---|---|\n| " + x + " | " + y + " |");
        Arbitrary<String> heading = Combinators.combine(Arbitraries.of("## ", "### "), words())
                .as((h, w) -> h + Character.toUpperCase(w.charAt(0)) + w.substring(1));
        Arbitrary<String> block = Arbitraries.oneOf(paragraph, list, table, heading);
        return block.list().ofMinSize(1).ofMaxSize(8).map(blocks -> {
            List<String> out = new ArrayList<>(blocks);
            return String.join("\n\n", out) + "\n";
        });
    }
}
