package nl.pil.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import nl.pil.ContentFixture;
import nl.pil.compile.BuildResult;
import nl.pil.model.Content;
import nl.pil.model.Diagnostic;
import nl.pil.model.Diagnostics;
import nl.pil.model.FrontMatter;
import nl.pil.publish.Publisher;

/**
 * Whatever a writer puts in front matter, the loader answers with diagnostics, never with an exception.
 * Seeds are reported by jqwik on failure, so a failing case can be replayed.
 */
class RandomFrontMatterProperties {
    private Path dir;

    @AfterTry
    void cleanUp() throws IOException {
        if (dir != null) {
            Publisher.deleteTree(dir);
        }
    }

    @Property(tries = 300)
    void randomFrontMatterNeverCrashesTheLoader(@ForAll("frontMatter") String yaml, @ForAll("bodies") String body)
            throws IOException {
        dir = Files.createTempDirectory("pil-prop");
        ContentFixture f = new ContentFixture(dir).write("leaflet/nl.md", "---\n" + yaml + "\n---\n" + body);
        BuildResult result = f.check();
        int lines = (yaml + "\n" + body).split("\n", -1).length + 2;
        for (Diagnostic d : result.diagnostics()) {
            assertTrue(d.line() >= 1 && d.line() <= lines + 1, () -> "position inside the file: " + d);
            assertTrue(d.column() >= 1, d::toString);
            assertFalse(d.message().isBlank());
        }
        if (!result.hasErrors()) {
            assertEquals(1, result.leaflets(), "a file without errors is a leaflet");
        }
    }

    /**
     * The front matter a build keeps in {@code .pil/parse.json} and the next build takes instead of reading the YAML
     * again is exactly what reading it gives: every value, where each key was written, and every problem reported.
     */
    @Property(tries = 300)
    void keptFrontMatterIsWhatReadingItGives(
            @ForAll("frontMatter") String source, @ForAll("frontMatter") String translation) throws IOException {
        dir = Files.createTempDirectory("pil-prop");
        ContentFixture f = new ContentFixture(dir)
                .write("leaflet/nl.md", "---\n" + source + "\n---\nTekst.\n")
                .write("leaflet/en.md", "---\n" + translation + "\n---\nText.\n");
        Path out = dir.resolve("out");
        ParsedBodies first = new ParsedBodies();
        Diagnostics read = new Diagnostics();
        Optional<Content> fresh = new ContentLoader(f.root(), dir, null, first).load(read);
        first.write(out);

        ParsedBodies second = new ParsedBodies(out);
        Diagnostics kept = new Diagnostics();
        Optional<Content> again = new ContentLoader(f.root(), dir, null, second).load(kept);
        assertEquals(read.sorted(), kept.sorted());
        assertEquals(fresh.map(RandomFrontMatterProperties::metas), again.map(RandomFrontMatterProperties::metas));
        assertEquals(second.reused(), second.headsReused(), "every file whose body was known had its head kept");
    }

    private static Map<String, FrontMatter> metas(Content content) {
        Map<String, FrontMatter> metas = new TreeMap<>();
        content.leaflets().forEach(l -> l.translations().values().forEach(t -> metas.put(t.displayPath(), t.meta())));
        return metas;
    }

    @Property(tries = 100)
    void randomBytesNeverCrashTheLoader(@ForAll byte[] bytes) throws IOException {
        dir = Files.createTempDirectory("pil-prop");
        ContentFixture f = new ContentFixture(dir).writeBytes("leaflet/nl.md", bytes);
        BuildResult result = f.check();
        assertTrue(result.hasErrors() || result.leaflets() == 1);
    }

    @Provide
    Arbitrary<String> frontMatter() {
        Arbitrary<String> line =
                Combinators.combine(keys(), separators(), values()).as((k, s, v) -> k + s + v);
        return line.list().ofMaxSize(16).map(lines -> String.join("\n", lines));
    }

    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.of(
                "",
                "Tekst\n",
                "[[ct-scan]]\n",
                "[x](unknown)\n",
                "> [!NOTE]\n> a\n",
                "<b>\n",
                "# T\n#### U\n",
                "![](missing.png)\n",
                "| a |\n|---|\n| b |\n",
                "[[]]\n",
                "[[UPPER]]\n",
                "---\n",
                "\u0000\u202e\n");
    }

    private static Arbitrary<String> keys() {
        Arbitrary<String> known = Arbitraries.of(FrontMatterReader.KEYS);
        Arbitrary<String> random = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(8);
        Arbitrary<String> tricky = Arbitraries.of(
                "",
                "- item",
                "? complex",
                "&anchor type",
                "*alias",
                "!!binary x",
                "  indented",
                "\ttab",
                "\"quoted key\"",
                "title",
                "title");
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, known), net.jqwik.api.Tuple.of(2, random), net.jqwik.api.Tuple.of(2, tricky));
    }

    private static Arbitrary<String> separators() {
        return Arbitraries.of(": ", ":", " : ", ":\n  - ", ":\n  x: ", " ");
    }

    private static Arbitrary<String> values() {
        return Arbitraries.oneOf(
                Arbitraries.of(List.of(
                        "exam",
                        "condition",
                        "treatment",
                        "aftercare",
                        "general",
                        "exma",
                        "2026-01-01",
                        "2026-13-45",
                        "2026-05",
                        "A5",
                        "3",
                        "-1",
                        "999999999999",
                        "1.5",
                        "yes",
                        "null",
                        "~",
                        "[]",
                        "{}",
                        "[a, b",
                        "{a: 1}",
                        "[nl, en]",
                        "\"unterminated",
                        "'single'",
                        "''",
                        "\"  \"",
                        "|",
                        ">",
                        "&a [x]",
                        "*a",
                        "!!int x",
                        "@at",
                        "`tick`",
                        "%dir",
                        "RAD-012",
                        "radiology",
                        "[ct-scan, mri]",
                        "[[1]]",
                        "[{a: b}]",
                        "\u00e9\u00eb\u00ef",
                        "\u0627\u0644\u0639\u0631\u0628\u064a\u0629")),
                Arbitraries.strings().withCharRange(' ', '\u024f').ofMaxLength(30),
                Arbitraries.integers().between(-5, 200).map(String::valueOf));
    }
}
