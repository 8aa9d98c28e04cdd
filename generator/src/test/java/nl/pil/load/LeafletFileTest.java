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
