package nl.pil.compile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import nl.pil.ContentFixture;
import nl.pil.RandomLeaflets;
import nl.pil.model.Diagnostic;
import nl.pil.publish.Publisher;
import nl.pil.search.LeafletSearcher;
import nl.pil.search.SearchRequest;

/**
 * The long fuzz run, outside the normal suite (surefire runs {@code *Test} and {@code *Properties} only):
 * {@code scripts/fuzz.sh [tries]} runs it with jqwik's default number of tries set on the command line. Each property
 * counts an internal failure (an exception, a build refused after a clean check) or a hang (a time limit) as a failure.
 */
class GateFuzz {
    private Path dir;
    private static Path searchDir;
    private static LeafletSearcher searcher;

    @BeforeContainer
    static void buildSearchSite() throws IOException {
        searchDir = Files.createTempDirectory("pil-fuzz-search");
        ContentFixture f = new ContentFixture(searchDir)
                .leaflet(
                        "liver",
                        "condition",
                        "Levermetastasen",
                        "",
                        "## Behandeling\n\nKanker in de lever; röntgenfoto en leverpunctie.\n")
                .leaflet(
                        "ct",
                        "exam",
                        "CT-scan",
                        "prepare-days: 1",
                        "## Voorbereiding\n\nU mag 4 uur van tevoren niet eten.\n");
        assertTrue(f.build().published());
        searcher = LeafletSearcher.open(f.output());
    }

    @AfterContainer
    static void closeSearchSite() throws IOException {
        searcher.close();
        Publisher.deleteTree(searchDir);
    }

    @AfterTry
    void cleanUp() throws IOException {
        if (dir != null) {
            Publisher.deleteTree(dir);
            dir = null;
        }
    }

    @Property
    void markdownBodies(
            @ForAll(supplier = RandomLeaflets.ThreeBodies.class) List<String> bodies,
            @ForAll(supplier = RandomLeaflets.Titles.class) String title,
            @ForAll boolean faithfulTranslation)
            throws IOException {
        dir = Files.createTempDirectory("pil-fuzz");
        Statistics.label("outcome")
                .collect(
                        CheckGatesBuildProperties.assertGate(dir, bodies, title, faithfulTranslation)
                                ? "built"
                                : "refused by check");
        // not vacuous: most random leaflets pass the check and are really built
        Statistics.label("outcome").coverage(c -> c.check("built").percentage(p -> p >= 30));
    }

    @Property
    void frontMatter(
            @ForAll("frontMatterLines") List<String> lines,
            @ForAll(supplier = RandomLeaflets.ThreeBodies.class) List<String> bodies)
            throws IOException {
        dir = Files.createTempDirectory("pil-fuzz");
        ContentFixture f = new ContentFixture(dir)
                .write("ct/nl.md", "---\n" + String.join("\n", lines) + "\n---\n" + bodies.getFirst());
        BuildResult check = f.check();
        for (Diagnostic d : check.diagnostics()) {
            assertTrue(d.line() >= 1 && d.column() >= 1 && !d.message().isBlank(), d::toString);
        }
        if (!check.hasErrors()) {
            BuildResult build = f.withPdf().build();
            assertTrue(build.published(), () -> "check accepted, build refused: " + f.headlines(build));
        }
        Statistics.label("outcome").collect(check.hasErrors() ? "refused by check" : "built");
    }

    @Property
    void searchQueries(@ForAll("queries") String query) throws IOException {
        long start = System.nanoTime();
        searcher.search(new SearchRequest(query, "nl", null, null, 10), ContentFixture.UNHURRIED);
        searcher.suggest(query, "nl", 5);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 5_000, () -> "query took " + millis + " ms: " + query);
    }

    @Provide
    Arbitrary<List<String>> frontMatterLines() {
        Arbitrary<String> key = Arbitraries.oneOf(
                Arbitraries.of(
                        "type",
                        "title",
                        "summary",
                        "code",
                        "department",
                        "reviewed",
                        "review-due",
                        "authors",
                        "reviewers",
                        "related",
                        "keywords",
                        "prepare-days",
                        "pdf-format"),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(8));
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.of(
                        "exam",
                        "condition",
                        "CT",
                        "RAD-1",
                        "radiology",
                        "2026-01-10",
                        "2027-01-10",
                        "[A, B]",
                        "[ct, mri]",
                        "3",
                        "-1",
                        "null",
                        "~",
                        "\"null\"",
                        "true",
                        "{nl: x}",
                        "[",
                        "{",
                        "'",
                        "\"",
                        "|",
                        ">",
                        "&a",
                        "*a",
                        "!!str x",
                        "[[[[[]]]]]",
                        "2026-13-45",
                        "1e9",
                        "0x10",
                        ".inf",
                        "'<!--'",
                        "\"\\u0000\"",
                        "\"\\e[31m\""),
                RandomLeaflets.titles(),
                Arbitraries.strings().all().ofMaxLength(40));
        Arbitrary<String> line = Combinators.combine(key, Arbitraries.of(": ", ":", " : ", ":\n  - "), value)
                .as((k, s, v) -> k + s + v);
        Arbitrary<String> valid = Arbitraries.just(List.of(
                        "type: exam",
                        "title: CT",
                        "summary: S",
                        "code: RAD-1",
                        "department: radiology",
                        "reviewed: 2026-01-10",
                        "review-due: 2027-01-10",
                        "authors: [A]"))
                .flatMap(base -> line.list()
                        .ofMaxSize(3)
                        .map(extra -> String.join("\n", base) + "\n" + String.join("\n", extra)));
        return Arbitraries.oneOf(line.list().ofMaxSize(12), valid.map(List::of));
    }

    @Provide
    Arbitrary<String> queries() {
        Arbitrary<String> words = Arbitraries.of(
                "lever",
                "kanker",
                "röntgen",
                "eten",
                "*",
                "?",
                "~",
                "~2",
                "^",
                "\\",
                ":",
                "AND",
                "OR",
                "NOT",
                "-",
                "+",
                "\"",
                "(",
                ")",
                "[",
                "]",
                "{",
                "}",
                "/",
                "<mark>",
                "&",
                "a*",
                "*a",
                "le?er",
                "levermetastasen~");
        Arbitrary<String> unknown =
                Arbitraries.strings().withCharRange('a', 'z').ofLength(15);
        return Arbitraries.oneOf(
                words.list().ofMaxSize(30).map(l -> String.join(" ", l)),
                unknown.list().ofMinSize(1).ofMaxSize(40).map(l -> String.join(" ", l)),
                Arbitraries.strings().all().ofMaxLength(2000));
    }
}
