package nl.pil.compile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.pil.ContentFixture;
import nl.pil.output.Output;
import nl.pil.output.Progress;
import nl.pil.render.RenderContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outputs of the render stage share only the build's {@link RenderContext}: run in any order, they write the same
 * site, file by file, also when a build takes pages and handouts over from the previous one.
 */
class OutputOrderTest {
    private static final long[] SEEDS = {1, 7, 42, 2026};

    @TempDir
    Path dir;

    private ContentFixture content() {
        // A5 with print copies and booklets: which handout files a page gets and their sizes show on the web page
        return new ContentFixture(dir)
                .withPdf()
                .write("site.yaml", ContentFixture.SITE_YAML + "pdf: {format: A5, bleed: true, booklet: true}\n")
                .leaflet(
                        "ct",
                        "exam",
                        "CT-scan",
                        "related: [echo]",
                        "Een CT-scan. Zie de [MRI-scan](mri).\n\n[[mri]]\n\n## Voorbereiding\n\n"
                                + "Niet eten.\n\n".repeat(40))
                .translation("ct", "en", "CT scan", "", "A CT scan.\n")
                .leaflet("mri", "exam", "MRI-scan", "", "Een MRI-scan.\n")
                .leaflet("echo", "exam", "Echo", "", "Een echo, zie [de CT-scan](ct).\n");
    }

    /** Builds into {@code out} with the outputs in the order {@code seed} shuffles them to ({@code null}: the usual one). */
    private static List<String> build(ContentFixture f, Path out, Long seed) throws IOException {
        BuildOptions options = new BuildOptions(f.root(), List.of(), out, ContentFixture.TODAY, BuildOptions.FORMATS);
        List<String> order = new ArrayList<>();
        Compiler compiler = new Compiler(
                options,
                Progress.NONE,
                null,
                outputs -> {
                    List<Output<RenderContext>> shuffled = new ArrayList<>(outputs);
                    if (seed != null) {
                        Collections.shuffle(shuffled, new Random(seed));
                    }
                    return shuffled;
                },
                null);
        compiler.outputs().forEach(o -> order.add(o.name()));
        BuildResult result = compiler.build();
        assertTrue(result.published(), result.diagnostics()::toString);
        return order;
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(p).toString().replace('\\', '/');
                if (!name.equals(".pil/published")) { // the publisher's mark: when the site was swapped in
                    files.put(name, Files.readAllBytes(p));
                }
            }
        }
        return files;
    }

    /** Every file of the two sites is the same, byte for byte (but the publisher's mark of when it was swapped in). */
    static void assertSameSite(Path expected, Path actual, String what) throws IOException {
        Map<String, byte[]> want = files(expected);
        Map<String, byte[]> got = files(actual);
        assertEquals(want.keySet(), got.keySet(), what + ": the same files");
        want.forEach((name, bytes) -> assertArrayEquals(bytes, got.get(name), what + ": " + name));
    }

    @Test
    void outputsInAnyOrderWriteTheSameSiteFileByFile() throws IOException {
        ContentFixture f = content();
        Path usual = dir.resolve("usual");
        List<String> usualOrder = build(f, usual, null);
        assertTrue(files(usual).keySet().stream().anyMatch(n -> n.endsWith("-booklet.pdf")), "booklets are made");
        List<List<String>> orders = new ArrayList<>();
        for (long seed : SEEDS) {
            Path shuffled = dir.resolve("shuffled-" + seed);
            orders.add(build(f, shuffled, seed));
            assertSameSite(usual, shuffled, "order " + orders.getLast());
        }
        assertTrue(
                orders.stream().anyMatch(o -> o.indexOf("html") < o.indexOf("pdf")),
                "some order has the web pages first: " + orders);
        assertNotEquals(List.of(), usualOrder);
    }

    @Test
    void outputsInAnyOrderTakeOverTheSameFromThePreviousBuild() throws IOException {
        ContentFixture f = content();
        Path usual = dir.resolve("usual");
        build(f, usual, null);
        List<Path> shuffled = new ArrayList<>();
        for (long seed : SEEDS) {
            Path out = dir.resolve("shuffled-" + seed);
            build(f, out, seed);
            shuffled.add(out);
        }
        // one leaflet's body and another's title: its own pages and handouts, and the pages that show its card, change
        f.leaflet("echo", "exam", "Echo", "", "Een echo, zie [de CT-scan](ct). Nu langer.\n")
                .leaflet("mri", "exam", "MRI-onderzoek", "", "Een MRI-scan.\n");
        build(f, usual, null);
        for (int i = 0; i < SEEDS.length; i++) {
            build(f, shuffled.get(i), SEEDS[SEEDS.length - 1 - i]);
            assertSameSite(usual, shuffled.get(i), "rebuilt with seed " + SEEDS[SEEDS.length - 1 - i]);
        }
    }
}
