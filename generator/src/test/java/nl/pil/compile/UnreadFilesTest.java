package nl.pil.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.pil.ContentFixture;
import nl.pil.output.Progress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pil build} does not read the leaflet files the up-to-date check knows unchanged (their size, times and
 * identity are as when the previous build read them): what the previous build kept of them stands in, and a body is
 * read when a page needs it. The site is the one a clean build makes; a file changed while the build runs stops it.
 */
class UnreadFilesTest {
    private static final String CT = "## Voorbereiding\n\nNiet eten.\n\n[[mri]]\n";

    @TempDir
    Path dir;

    private ContentFixture f;

    @BeforeEach
    void settledSite() throws Exception {
        f = new ContentFixture(dir)
                .withPdf()
                .leaflet("ct", "exam", "CT-scan", "prepare-days: 1", CT)
                .translation("ct", "en", "CT scan", "prepare-days: 1", "## Preparation\n\nDo not eat.\n")
                .leaflet("mri", "exam", "MRI-scan", "", "Een sterke magneet.\n")
                .leaflet(
                        "liver",
                        "condition",
                        "Levermetastasen",
                        "related: [ct]",
                        "## Onderzoeken\n\n[[ct]]\n\n[[mri]]\n");
        assumeTrue(
                Set.of("ext4", "xfs", "btrfs", "tmpfs", "overlay", "zfs")
                        .contains(Files.getFileStore(f.root()).type()),
                "a file system whose change times Pil trusts");
        // a file is known by its times only once its last change is older than InputFiles.SETTLE when it is read
        Thread.sleep(InputFiles.SETTLE.plusMillis(200).toMillis());
        assertTrue(new Compiler(f.options()).buildIfChanged().published());
    }

    @Test
    void filesKnownUnchangedAreNotReadAndTheSiteIsWhatACleanBuildMakes() throws IOException {
        // the MRI's new title is on the cards of the two pages that show one: their bodies are needed again
        f.leaflet("mri", "exam", "MRI-onderzoek", "", "Een sterke magneet.\n");
        Compiler compiler = new Compiler(f.options());
        BuildResult result = compiler.buildIfChanged();
        assertTrue(result.published(), result.diagnostics()::toString);
        assertEquals(3, compiler.unreadFiles(), "all but the edited file");
        assertTrue(f.read("nl/ct/index.html").contains("MRI-onderzoek"), "the CT page made again with the new card");

        Path clean = dir.resolve("clean");
        BuildResult fresh = new Compiler(
                        new BuildOptions(f.root(), List.of(), clean, ContentFixture.TODAY, BuildOptions.FORMATS))
                .build();
        assertEquals(fresh.diagnostics(), result.diagnostics());
        Map<String, byte[]> incremental = IncrementalBuildProperties.files(f.output());
        Map<String, byte[]> expected = IncrementalBuildProperties.files(clean);
        // which files the parse and picture records vouch for without reading them depends on when they were read
        for (String record : List.of(".pil/parse.json", ".pil/pictures.json")) {
            incremental.remove(record);
            expected.remove(record);
        }
        assertEquals(expected.keySet(), incremental.keySet());
        expected.forEach((name, bytes) -> assertTrue(Arrays.equals(bytes, incremental.get(name)), name + " differs"));
    }

    @Test
    void aFileChangedAfterTheBuildKnewItStopsTheBuild() throws IOException {
        String before = f.read("nl/ct/index.html");
        f.leaflet("mri", "exam", "MRI-onderzoek", "", "Een sterke magneet.\n");
        // the CT file changes once loading is done: the build knew it unchanged, and its page is made again
        Progress changeCt = new Progress() {
            @Override
            public void begin(String stage, int total) {
                if (stage.startsWith("render")) {
                    f.leaflet("ct", "exam", "CT-scan", "prepare-days: 1", CT + "\nNieuw: neem uw medicijnen mee.\n");
                }
            }

            @Override
            public void step(String stage) {}

            @Override
            public void end(String stage, Duration took) {}
        };
        BuildResult stopped = new Compiler(f.options(), changeCt).buildIfChanged();
        assertFalse(stopped.published());
        assertEquals(
                List.of("ct/nl.md:1:1: error: the file changed while the site was being built"),
                f.headlines(stopped).stream().filter(h -> h.contains("changed")).toList());
        assertEquals(before, f.read("nl/ct/index.html"), "the site left as it was");

        BuildResult again = new Compiler(f.options()).buildIfChanged();
        assertTrue(again.published(), again.diagnostics()::toString);
        assertTrue(f.read("nl/ct/index.html").contains("neem uw medicijnen mee"));
        assertTrue(f.read("nl/ct/index.html").contains("MRI-onderzoek"));
    }
}
