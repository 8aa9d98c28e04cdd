package nl.pil.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class LeafletFileTest {
    @Test
    void splitsFrontMatterFromTheBody() throws LeafletFile.Unsplittable {
        LeafletFile.Parts parts =
                LeafletFile.split("---\ntype: exam\ntitle: CT\n...  \n## Voorbereiding\n\nNiet eten.\n");
        assertEquals(List.of("type: exam", "title: CT"), parts.frontMatter());
        assertEquals("type: exam\ntitle: CT", parts.yaml());
        assertEquals("## Voorbereiding\n\nNiet eten.", parts.body());
        assertEquals(5, parts.bodyFirstLine());
    }

    @Test
    void saysWhyATextCannotBeSplit() {
        assertEquals(
                LeafletFile.Problem.NO_FRONT_MATTER,
                assertThrows(LeafletFile.Unsplittable.class, () -> LeafletFile.split("type: exam\n---\n"))
                        .problem());
        assertEquals(
                LeafletFile.Problem.NO_FRONT_MATTER,
                assertThrows(LeafletFile.Unsplittable.class, () -> LeafletFile.split(""))
                        .problem());
        assertEquals(
                LeafletFile.Problem.NOT_CLOSED,
                assertThrows(LeafletFile.Unsplittable.class, () -> LeafletFile.split("---\ntype: exam\ntitle: CT\n"))
                        .problem());
    }

    @Property(tries = 200)
    void joinedPartsSplitBackIntoThemselves(
            @ForAll("lines") List<String> frontMatter, @ForAll("lines") List<String> body)
            throws LeafletFile.Unsplittable {
        String text = LeafletFile.join(frontMatter, String.join("\n", body));
        LeafletFile.Parts parts = LeafletFile.split(text);
        assertEquals(frontMatter, parts.frontMatter());
        // the body up to line ends at its end, which the loader never kept either
        assertEquals(
                String.join("\n", body).replaceAll("\n+$", ""), parts.body().replaceAll("\n+$", ""));
        assertEquals(frontMatter.size() + 3, parts.bodyFirstLine());
    }

    /** The shortcut for texts with only {@code \n} line ends gives what splitting every line gives. */
    @Property(tries = 2000)
    void splitsAsSplittingEveryLineWould(@ForAll("texts") String text) {
        Object expected;
        try {
            expected = reference(text);
        } catch (LeafletFile.Unsplittable e) {
            expected = e.problem();
        }
        Object actual;
        try {
            actual = LeafletFile.split(text);
        } catch (LeafletFile.Unsplittable e) {
            actual = e.problem();
        }
        assertEquals(expected, actual, () -> text.replace("\n", "⏎"));
        // the body alone, for a file whose front matter is known, is the same body at the same line
        Object body;
        try {
            LeafletFile.Parts parts = LeafletFile.splitBody(text);
            body = List.of(parts.body(), parts.bodyFirstLine());
        } catch (LeafletFile.Unsplittable e) {
            body = e.problem();
        }
        Object expectedBody =
                actual instanceof LeafletFile.Parts parts ? List.of(parts.body(), parts.bodyFirstLine()) : actual;
        assertEquals(expectedBody, body, () -> text.replace("\n", "⏎"));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(
                        "---", "...", "--- ", "---\t", "----", "-- -", "-.-", ".. ", "a", "", " ", "\n", "\n", "\n",
                        "\r", "é")
                .list()
                .ofMaxSize(12)
                .map(parts -> String.join("", parts));
    }

    /** How texts were split before: every line, then the body's lines joined again. */
    private static LeafletFile.Parts reference(String text) throws LeafletFile.Unsplittable {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty()
                || !lines.getFirst().matches("(---|\\.\\.\\.)[ \\t]*")
                || !lines.getFirst().startsWith("---")) {
            throw new LeafletFile.Unsplittable(LeafletFile.Problem.NO_FRONT_MATTER);
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).matches("(---|\\.\\.\\.)[ \\t]*")) {
                return new LeafletFile.Parts(
                        lines.subList(1, i), String.join("\n", lines.subList(i + 1, lines.size())), i + 2);
            }
        }
        throw new LeafletFile.Unsplittable(LeafletFile.Problem.NOT_CLOSED);
    }

    @Provide
    Arbitrary<List<String>> lines() {
        return Arbitraries.oneOf(
                        Arbitraries.of(
                                "type: exam",
                                "title: \"CT: scan\"",
                                "# comment",
                                "",
                                "- item",
                                "--",
                                "----x",
                                "a ... b"),
                        Arbitraries.strings()
                                .withCharRange(' ', '~')
                                .ofMaxLength(20)
                                .filter(s -> !s.matches("(---|\\.\\.\\.)[ \\t]*")))
                .list()
                .ofMaxSize(6);
    }
}
