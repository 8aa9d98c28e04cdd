package nl.pil.publish;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.pil.ContentFixture;
import nl.pil.compile.BuildResult;
import nl.pil.compile.Compiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code kill -9} between the two renames of the swap: a build in another JVM ({@link PausingBuild}) stops
 * there, is killed, and the site must come back for the reader that comes next: {@code pil serve} (which calls
 * {@link Publisher#recover}, as the site server does at start) or the next build.
 */
@Timeout(60)
class PublisherKillTest {
    @TempDir
    Path dir;

    @Test
    void aReaderWaitsForTheKilledBuildsLockThenServesTheNewSite() throws Exception {
        ContentFixture f = fixture();
        Process build = startPausedBuild(f, Publisher.Step.OLD_MOVED);
        assertFalse(Files.exists(f.output()), "killed between the renames: no site");

        // pil serve starting now waits for the build's lock rather than take its folders away
        CompletableFuture<Boolean> serve = CompletableFuture.supplyAsync(() -> {
            try {
                return Publisher.recover(f.output());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        // an answer within this time would mean it did not wait
        assertThrows(
                java.util.concurrent.TimeoutException.class,
                () -> serve.get(300, TimeUnit.MILLISECONDS),
                "the build in the other process holds the lock");
        kill(build);
        assertTrue(serve.get(10, TimeUnit.SECONDS), "the system released the dead process's lock");
        assertTrue(f.read("index.html").contains("<html"), "there is a home page to serve");
        assertTrue(
                f.read("nl/ct/index.html").contains("Tweede versie"),
                "the killed build's complete site was put in place");

        BuildResult next = new Compiler(f.options()).buildIfChanged();
        assertTrue(next.published());
        assertOnlyTheSiteAndTheOneItReplaced("the next build removed what the killed one left");
    }

    @Test
    void theNextBuildPutsTheSiteBackAndClearsUp() throws Exception {
        ContentFixture f = fixture();
        kill(startPausedBuild(f, Publisher.Step.OLD_MOVED));
        assertFalse(Files.exists(f.output()));
        assertTrue(
                siblings().stream().anyMatch(n -> n.startsWith(".out.new-"))
                        && siblings().stream().anyMatch(n -> n.startsWith(".out.old-")),
                "the killed build left both sites beside the output: " + siblings());

        f.leaflet("ct", "exam", "CT", "", "Derde versie.\n");
        BuildResult next = new Compiler(f.options()).buildIfChanged();
        assertTrue(next.published());
        assertTrue(f.read("nl/ct/index.html").contains("Derde versie"));
        assertOnlyTheSiteAndTheOneItReplaced("the next build removed what the killed one left");
    }

    @Test
    void aBuildKilledWhileWritingLeavesTheOldSiteAndItsStagingFolderIsRemovedNextTime() throws Exception {
        ContentFixture f = fixture();
        kill(startPausedBuild(f, Publisher.Step.WRITTEN));
        assertTrue(f.read("nl/ct/index.html").contains("Eerste versie"), "the old site is untouched");
        assertTrue(Publisher.recover(f.output()));
        assertTrue(new Compiler(f.options()).buildIfChanged().published());
        assertTrue(f.read("nl/ct/index.html").contains("Tweede versie"));
        assertOnlyTheSiteAndTheOneItReplaced("the killed build's staging folder is gone");
    }

    /** A built site ("Eerste versie"), then an edit ("Tweede versie") for the build that will be killed. */
    private ContentFixture fixture() {
        ContentFixture f = new ContentFixture(dir)
                .leaflet("ct", "exam", "CT", "", "Eerste versie.\n")
                .leaflet("mri", "exam", "MRI", "", "Over de MRI.\n");
        assertTrue(f.build().published());
        f.leaflet("ct", "exam", "CT", "", "Tweede versie.\n");
        return f;
    }

    /** Starts {@link PausingBuild} and returns once it has reached {@code step}. */
    private Process startPausedBuild(ContentFixture f, Publisher.Step step) throws Exception {
        Path signal = dir.resolve("paused");
        Path log = dir.resolve("build.log");
        Files.deleteIfExists(signal);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(
                        java,
                        "-XX:TieredStopAtLevel=1",
                        "-Xshare:auto",
                        "-cp",
                        System.getProperty("java.class.path"),
                        PausingBuild.class.getName(),
                        signal.toString(),
                        step.name(),
                        f.root().toString(),
                        f.output().toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(signal) || Files.size(signal) == 0) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                fail("the build did not reach " + step + " (exit " + (process.isAlive() ? "none" : process.exitValue())
                        + "): " + Files.readString(log));
            }
            Thread.sleep(20);
        }
        return process;
    }

    private static void kill(Process process) throws InterruptedException {
        process.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
        assertTrue(process.waitFor(10, TimeUnit.SECONDS));
    }

    /**
     * The site, and beside it only the site the last build replaced: a build that runs once leaves that one, no longer
     * marked complete (so never put back), for the next build to take over ({@link SpareFolders#adopt}).
     */
    private void assertOnlyTheSiteAndTheOneItReplaced(String message) throws IOException {
        List<String> beside = siblings().stream().filter(n -> !n.equals("out")).toList();
        assertTrue(siblings().contains("out"), message);
        assertTrue(
                beside.size() <= 1 && beside.stream().allMatch(n -> n.startsWith(".out.old-")),
                message + ": " + siblings());
        for (String name : beside) {
            assertFalse(Files.exists(dir.resolve(name).resolve(Publisher.COMPLETE)), name + " is not marked complete");
        }
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".out.") || n.equals("out"))
                    .filter(n -> !n.equals(".out.lock"))
                    .sorted()
                    .toList();
        }
    }
}
