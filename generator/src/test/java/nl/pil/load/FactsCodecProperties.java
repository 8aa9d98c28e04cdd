package nl.pil.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import nl.pil.model.LeafletType;
import nl.pil.model.PageFormat;
import nl.pil.model.Reference;
import nl.pil.model.Severity;

/**
 * A file's facts as kept in {@code .pil/parse.json} read back as they were written, whatever their texts (any
 * characters, longer than 64 KB, absent); a text cut short never reads as facts.
 */
class FactsCodecProperties {
    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE) // the edge cases of 27 fields combined are many
    void factsReadBackAsWritten(@ForAll("facts") ParsedBodies.Facts facts) {
        assertEquals(facts, FactsCodec.decode(FactsCodec.encode(facts)));
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE) // the edge cases of 27 fields combined are many
    void aTextCutShortDoesNotRead(
            @ForAll("facts") ParsedBodies.Facts facts, @ForAll @IntRange(min = 1, max = 1_000) int cut) {
        byte[] bytes = java.util.Base64.getDecoder().decode(FactsCodec.encode(facts));
        int keep = Math.max(0, bytes.length - cut);
        String shorter = java.util.Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(bytes, keep));
        assertThrows(RuntimeException.class, () -> FactsCodec.decode(shorter));
    }

    @Example
    void aTextOver64KilobytesReadsBack() {
        String summary = "Lees dit één dag vóór het onderzoek. ".repeat(2_000); // 74 KB of UTF-8
        ParsedBodies.Facts facts =
                new ParsedBodies.Facts(List.of(), List.of(), List.of(summary), List.of(), summary, null);
        assertEquals(facts, FactsCodec.decode(FactsCodec.encode(facts)));
    }

    private static Arbitrary<String> text() {
        return Arbitraries.strings().ofMaxLength(40); // any characters, surrogate pairs and controls too
    }

    private static Arbitrary<String> maybe() {
        return Arbitraries.oneOf(text(), Arbitraries.just(null));
    }

    private static Arbitrary<List<String>> texts() {
        return Arbitraries.strings().ofMaxLength(12).list().ofMaxSize(4);
    }

    private static Arbitrary<Integer> number() {
        return Arbitraries.integers().between(-1, 100_000);
    }

    private static Arbitrary<ParsedBodies.Problem> problem() {
        return Combinators.combine(Arbitraries.of(Severity.class), number(), number(), text(), maybe())
                .as(ParsedBodies.Problem::new);
    }

    private static Arbitrary<ParsedBodies.Head> head() {
        Arbitrary<List<Object>> positions = Combinators.combine(
                        Arbitraries.strings().ofMaxLength(10), number(), number())
                .as((key, line, column) -> List.<Object>of(key, line, column))
                .list()
                .ofMaxSize(5)
                .map(triples -> {
                    List<Object> flat = new ArrayList<>();
                    triples.forEach(flat::addAll);
                    return flat;
                });
        Arbitrary<List<Object>> first = Combinators.combine(
                        Arbitraries.of(LeafletType.class).injectNull(0.2),
                        maybe(),
                        maybe(),
                        maybe(),
                        texts(),
                        maybe(),
                        maybe(),
                        texts())
                .as((a, b, c, d, e, f, g, h) -> java.util.Arrays.asList(a, b, c, d, e, f, g, h));
        Arbitrary<List<Object>> second = Combinators.combine(
                        texts(),
                        texts(),
                        texts(),
                        Arbitraries.integers().between(0, 30).injectNull(0.5),
                        Arbitraries.of(PageFormat.class).injectNull(0.5),
                        maybe(),
                        maybe(),
                        positions)
                .as((a, b, c, d, e, f, g, h) -> java.util.Arrays.asList(a, b, c, d, e, f, g, h));
        Arbitrary<List<Object>> third = Combinators.combine(
                        maybe(), texts(), maybe(), texts(), texts(), texts(), maybe(), maybe())
                .as((a, b, c, d, e, f, g, h) -> java.util.Arrays.asList(a, b, c, d, e, f, g, h));
        Arbitrary<List<Object>> fourth = Combinators.combine(
                        maybe(), maybe(), problem().list().ofMaxSize(3))
                .as((a, b, c) -> java.util.Arrays.asList(a, b, c));
        return Combinators.combine(first, second, third, fourth).as(FactsCodecProperties::head);
    }

    @SuppressWarnings("unchecked")
    private static ParsedBodies.Head head(List<Object> a, List<Object> b, List<Object> c, List<Object> d) {
        return new ParsedBodies.Head(
                (LeafletType) a.get(0),
                (String) a.get(1),
                (String) a.get(2),
                (String) a.get(3),
                (List<String>) a.get(4),
                (String) a.get(5),
                (String) a.get(6),
                (List<String>) a.get(7),
                (List<String>) b.get(0),
                (List<String>) b.get(1),
                (List<String>) b.get(2),
                (Integer) b.get(3),
                (PageFormat) b.get(4),
                (String) b.get(5),
                (String) b.get(6),
                (List<Object>) b.get(7),
                (String) c.get(0),
                (List<String>) c.get(1),
                (String) c.get(2),
                (List<String>) c.get(3),
                (List<String>) c.get(4),
                (List<String>) c.get(5),
                (String) c.get(6),
                (String) c.get(7),
                (String) d.get(0),
                (String) d.get(1),
                (List<ParsedBodies.Problem>) d.get(2));
    }

    @Provide
    Arbitrary<ParsedBodies.Facts> facts() {
        Arbitrary<ParsedBodies.Ref> ref = Combinators.combine(
                        Arbitraries.of(Reference.Kind.class), text(), number(), number())
                .as(ParsedBodies.Ref::new);
        Arbitrary<ParsedBodies.Section> section =
                Combinators.combine(text(), maybe(), text(), number(), number()).as(ParsedBodies.Section::new);
        return Combinators.combine(
                        ref.list().ofMaxSize(4),
                        section.list().ofMaxSize(3),
                        texts(),
                        problem().list().ofMaxSize(3),
                        maybe(),
                        head().injectNull(0.2))
                .as(ParsedBodies.Facts::new);
    }
}
