package nl.pil.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import nl.pil.compile.BuildOptions;
import nl.pil.compile.BuildResult;
import nl.pil.compile.Compiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the small site in {@code src/test/resources/golden/content} and compares every page with the
 * reviewed copy in {@code golden/expected}. After an intended change to templates or rendering, run
 * {@code mvn -pl generator test -Dtest=GoldenSiteTest -Dpil.golden.update=true}, then review the diff.
 */
class GoldenSiteTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    Path out;

    @Test
    void renderedSiteMatchesTheReviewedCopy() throws IOException { // pages only: PDFs are tested in PdfOutputTest
        Path site = out.resolve("site");
        BuildResult result = new Compiler(new BuildOptions(
                        GOLDEN.resolve("content"),
                        List.of(),
                        site,
                        LocalDate.of(2026, 11, 23),
                        java.util.Set.of("html", "index")))
                .build();
        assertEquals(List.of(), result.diagnostics());
        List<Path> pages = files(site);
        Path expected = GOLDEN.resolve("expected");
        if (Boolean.getBoolean("pil.golden.update")) {
            nl.pil.publish.Publisher.deleteTree(expected);
            for (Path page : pages) {
                Path target = expected.resolve(site.relativize(page).toString());
                Files.createDirectories(target.getParent());
                Files.copy(page, target);
            }
        }
        List<String> actualNames = pages.stream()
                .map(p -> site.relativize(p).toString().replace('\\', '/'))
                .toList();
        List<String> expectedNames = files(expected).stream()
                .map(p -> expected.relativize(p).toString().replace('\\', '/'))
                .toList();
        assertEquals(expectedNames, actualNames, "the same files are produced");
        for (String name : actualNames) {
            assertEquals(
                    Files.readString(expected.resolve(name), StandardCharsets.UTF_8),
                    Files.readString(site.resolve(name), StandardCharsets.UTF_8),
                    name);
        }
        assertTrue(actualNames.contains("nl/echo/index.html"));
    }

    /**
     * Pages and feeds. Theme assets are checked elsewhere and would make every CSS tweak a golden update;
     * the search index is binary and is tested by the search tests.
     */
    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !root.relativize(p).startsWith("assets")
                            && !root.relativize(p).startsWith("_search")
                            && !root.relativize(p).startsWith(".pil"))
                    .sorted()
                    .toList();
        }
    }
}
