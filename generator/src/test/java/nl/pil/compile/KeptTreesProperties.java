package nl.pil.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.statistics.Statistics;
import nl.pil.ContentFixture;
import nl.pil.RandomLeaflets;
import nl.pil.model.Diagnostic;
import nl.pil.model.KeptTrees;
import nl.pil.output.Progress;
import nl.pil.publish.Publisher;

/**
 * A build that lets every syntax tree go as soon as the next one is parsed (and parses it again wherever it is read:
 * in the check, the web pages, the search index, the handouts) reports the same problems and writes the same site,
 * file by file, as one that holds every tree, for random leaflets made of every Markdown construct.
 */
class KeptTreesProperties {
    private Path dir;

    @AfterTry
    void cleanUp() throws IOException {
        if (dir != null) {
            Publisher.deleteTree(dir);
        }
    }

    /** Every CommonMark construct and Pil's own, nested: a site that is certainly built, so its files are compared. */
    private static final String EVERY_CONSTRUCT = """
            Een **CT-scan** met `code`, *nadruk*, een [link](https://example.org "titel") en <https://example.org>.

            > [!WARNING]
            > Neem uw **medicijnlijst** mee naar het onderzoek.

            1. Eerste stap
               - een lijst in een lijst, met `code`
                 > een citaat in de lijst
            2. Tweede stap

            | Dag | Wat |
            |---|:---:|
            | 1 | niet `eten` |
            | 2 | **veel** drinken |

                ingesprongen code

            ```text
            omheinde code
            ```

            Zie [de MRI-scan](mri) en [de voorbereiding](#voorbereiding).

            [[mri]]

            ---

            Een regel met een harde\
            afbreking &amp; een entiteit.
            """;

    @Example
    void lettingTreesGoChangesNothingInASiteWithEveryConstruct() throws IOException {
        BuildResult held =
                sameSiteHeldOrLetGo(List.of(EVERY_CONSTRUCT, "Een sterke magneet.", EVERY_CONSTRUCT), "CT-scan");
        assertTrue(held.published(), held.diagnostics()::toString);
    }

    @Property(tries = 12)
    void lettingTreesGoChangesNothingButTheWork(
            @ForAll(supplier = RandomLeaflets.ThreeBodies.class) List<String> bodies,
            @ForAll(supplier = RandomLeaflets.Titles.class) String title)
            throws IOException {
        Statistics.label("outcome")
                .collect(sameSiteHeldOrLetGo(bodies, title).published() ? "built" : "refused by check");
    }

    /** @return the build that held every tree (if it was published, the files were compared too) */
    private BuildResult sameSiteHeldOrLetGo(List<String> bodies, String title) throws IOException {
        dir = Files.createTempDirectory("pil-trees");
        String section = "\n\n## Voorbereiding\n\nTekst.\n";
        ContentFixture f = new ContentFixture(dir)
                .withPdf()
                .leaflet("ct", "exam", title, "prepare-days: 2", bodies.get(0) + section)
                .leaflet("mri", "exam", "MRI-scan", "", bodies.get(1) + section)
                .leaflet("echo", "exam", "Echo", "", bodies.get(2) + section + "\n[[ct]]\n")
                .translation("ct", "en", "CT scan", "", bodies.get(0) + section)
                .translation("mri", "en", "MRI scan", "", bodies.get(1) + section);
        KeptTrees none = new KeptTrees(0);
        BuildResult held = run(f, dir.resolve("held"), null);
        BuildResult letGo = run(f, dir.resolve("let-go"), none);
        assertEquals(texts(held.diagnostics()), texts(letGo.diagnostics()), "the same problems");
        assertEquals(held.published(), letGo.published());
        // five bodies, each let go as the next was parsed: not vacuous
        assertTrue(none.letGo() >= 4, "trees let go: " + none.letGo());
        if (held.published()) {
            OutputOrderTest.assertSameSite(dir.resolve("held"), dir.resolve("let-go"), "trees let go");
        }
        return held;
    }

    private static BuildResult run(ContentFixture f, Path out, KeptTrees trees) throws IOException {
        BuildOptions options = new BuildOptions(f.root(), List.of(), out, ContentFixture.TODAY, BuildOptions.FORMATS);
        Compiler compiler = new Compiler(options, Progress.NONE, null, outputs -> outputs, trees);
        return compiler.build();
    }

    private static List<String> texts(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::toString).toList();
    }
}
