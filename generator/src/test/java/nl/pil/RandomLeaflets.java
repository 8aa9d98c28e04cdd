package nl.pil;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random leaflet bodies and titles made of every construct a writer can type: CommonMark blocks and inlines (inline
 * code, nesting, tables, HTML, entities, reference links), Pil's cards, leaflet links and call-outs, and text that
 * is hard for a renderer (control characters, right-to-left, combining marks, astral characters, very long words).
 * Shared by the suite's property test and the longer fuzz run.
 */
public final class RandomLeaflets {
    /** Leaflet ids a body may link to; {@code ct} and {@code mri} exist in the generated sites, {@code missing} not. */
    public static final List<String> IDS = List.of("ct", "mri", "missing");

    /** Mostly leaflets that exist: a link to a missing one is an error, and the gate is only tested when check passes. */
    private static Arbitrary<String> ids() {
        return Arbitraries.frequencyOf(
                Tuple.of(60, Arbitraries.of("ct", "mri")), Tuple.of(1, Arbitraries.just("missing")));
    }

    private RandomLeaflets() {}

    public static Arbitrary<String> words() {
        Arbitrary<String> plain = Arbitraries.of(
                "patiënt",
                "onderzoek",
                "nuchter",
                "röntgen",
                "CT-scan",
                "lever",
                "één",
                "café",
                "word",
                "x",
                "10",
                "1.",
                "2)",
                "-",
                "+",
                "*",
                "_",
                "__",
                "**",
                "`",
                "``",
                "~",
                "|",
                "\\",
                "\\|",
                "[",
                "]",
                "(",
                ")",
                "<",
                ">",
                "&",
                "&amp;",
                "&#0;",
                "&#x110000;",
                "&nbsp;",
                "!",
                "#",
                "##",
                "=",
                "\"",
                "'",
                ":",
                "<!--",
                "-->",
                "</script>",
                "<b>",
                "<img src=x onerror=alert(1)>",
                "javascript:alert(1)",
                "https://example.org/a?b=c&d",
                "www.example.org",
                "info@example.org",
                "TODO");
        Arbitrary<String> hard = Arbitraries.of(
                "\u0001",
                "\u0008",
                "\u000b",
                "\u000c",
                "\u001b[31m",
                "\u007f",
                "\u0085",
                "\u00a0",
                "\u200b",
                "\u200d",
                "\u200e",
                "\u200f",
                "\u202e",
                "\u2066",
                "\u2028",
                "\u2029",
                "\ufeff",
                "\ufffd",
                "\uffff",
                "مرحبا",
                "الْكَبِد",
                "לא",
                "漢字",
                "😀",
                "👩‍⚕️",
                "e\u0301",
                "ﷺ",
                "𝔸",
                "\ud800");
        Arbitrary<String> random = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> longWord = Arbitraries.integers().between(40, 298).map(n -> "x".repeat(n));
        // broken card and alert syntax in running text: the check refuses it, so rare enough that most leaflets get
        // built
        Arbitrary<String> refused = Arbitraries.of("[[", "]]", "[!NOTE]");
        return Arbitraries.frequencyOf(
                Tuple.of(56, plain),
                Tuple.of(12, hard),
                Tuple.of(8, random),
                Tuple.of(4, longWord),
                Tuple.of(1, refused));
    }

    public static Arbitrary<String> inline() {
        Arbitrary<String> word = words();
        Arbitrary<String> span = Arbitraries.lazyOf(
                () -> word,
                () -> word.map(w -> "*" + w + "*"),
                () -> word.map(w -> "**" + w + "**"),
                () -> word.map(w -> "_" + w + "_"),
                () -> word.map(w -> "`" + w + "`"),
                () -> word.map(w -> "`` " + w + " ` ``"),
                () -> word.map(w -> "~~" + w + "~~"),
                () -> Combinators.combine(word, ids()).as((w, id) -> "[" + w + "](" + id + ")"),
                () -> Combinators.combine(word, ids()).as((w, id) -> "[" + w + "](" + id + "#voorbereiding)"),
                () -> word.map(w -> "[" + w + "](https://example.org/" + w.length() + ")"),
                () -> word.map(w -> "[" + w + "](formulier.pdf)"),
                () -> word.map(w -> "![" + w + "](foto.png)"),
                () -> word.map(w -> "[" + w + "][ref]"),
                () -> Arbitraries.of(
                        "<https://example.org>", "<info@example.org>", "<b>vet</b>", "  \n", "\\\n", "\\*", "&copy;"));
        return span.list().ofMinSize(1).ofMaxSize(14).map(l -> String.join(" ", l));
    }

    public static Arbitrary<String> block(int depth) {
        Arbitrary<String> text = inline();
        if (depth > 3) {
            return text.map(t -> t + "\n");
        }
        Arbitrary<String> inner = Arbitraries.lazy(() -> block(depth + 1));
        return Arbitraries.frequencyOf(
                Tuple.of(6, text.map(t -> t + "\n")),
                Tuple.of(
                        2,
                        Combinators.combine(Arbitraries.integers().between(1, 6), text)
                                .as((l, t) -> "#".repeat(l) + " " + t + "\n")),
                Tuple.of(2, inner.list().ofMinSize(1).ofMaxSize(4).map(items -> list("- ", items))),
                Tuple.of(1, inner.list().ofMinSize(1).ofMaxSize(4).map(items -> list("1. ", items))),
                Tuple.of(2, inner.map(b -> quote("", b))),
                Tuple.of(
                        2,
                        Combinators.combine(
                                        Arbitraries.of(
                                                "NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION", "note", "OOPS"),
                                        inner)
                                .as((kind, b) -> quote("[!" + kind + "]\n", b))),
                Tuple.of(2, ids().map(id -> "[[" + id + "]]\n")),
                Tuple.of(2, table(text)),
                Tuple.of(1, text.map(t -> "```" + "\n" + t + "\n```\n")),
                Tuple.of(1, text.map(t -> "~~~ js\n" + t + "\n~~~\n")),
                Tuple.of(1, text.map(t -> "    " + t + "\n")),
                Tuple.of(
                        1,
                        Arbitraries.of(
                                "---\n",
                                "***\n",
                                "<div onclick=alert(1)>\n\nx\n\n</div>\n",
                                "<script>alert(1)</script>\n",
                                "[ref]: https://example.org \"titel\"\n",
                                "```\nnot closed\n",
                                "> \n",
                                "-\n",
                                "1.\n")));
    }

    private static String list(String marker, List<String> items) {
        StringBuilder out = new StringBuilder();
        String indent = " ".repeat(marker.length());
        for (String item : items) {
            String[] lines = item.split("\n", -1);
            out.append(marker).append(lines[0]).append('\n');
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isEmpty()) {
                    out.append(indent).append(lines[i]).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static String quote(String first, String block) {
        StringBuilder out = new StringBuilder();
        for (String line : (first + block).split("\n")) {
            out.append("> ").append(line).append('\n');
        }
        return out.toString();
    }

    private static Arbitrary<String> table(Arbitrary<String> text) {
        return Arbitraries.integers().between(1, 5).flatMap(cols -> {
            Arbitrary<String> cell = text.map(t -> t.replace("|", "\\|").replace("\n", " "));
            Arbitrary<String> row = cell.list().ofSize(cols).map(cells -> "| " + String.join(" | ", cells) + " |\n");
            return row.list()
                    .ofMinSize(1)
                    .ofMaxSize(8)
                    .map(rows -> rows.getFirst() + "|" + "---|".repeat(cols) + "\n"
                            + String.join("", rows.subList(1, rows.size())));
        });
    }

    /** A whole body: a few blocks separated by blank lines. */
    public static Arbitrary<String> bodies() {
        return block(0).list().ofMinSize(0).ofMaxSize(8).map(blocks -> String.join("\n", blocks));
    }

    /** Three bodies, for the sites of the gate property and the fuzz run: {@code @ForAll(supplier = ThreeBodies.class)}. */
    public static final class ThreeBodies implements net.jqwik.api.ArbitrarySupplier<List<String>> {
        @Override
        public Arbitrary<List<String>> get() {
            return bodies().list().ofSize(3);
        }
    }

    /** {@code @ForAll(supplier = Titles.class)}. */
    public static final class Titles implements net.jqwik.api.ArbitrarySupplier<String> {
        @Override
        public Arbitrary<String> get() {
            return titles();
        }
    }

    /** Titles and summaries: one line of inline text, YAML-quoted. */
    public static Arbitrary<String> titles() {
        return inline().map(t ->
                "\"" + t.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"");
    }
}
