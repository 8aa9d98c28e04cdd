package nl.pil.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A publish stopped dead at each of its steps, as a killed process would be: no clean-up runs (only the lock is
 * released, as the system does for a dead process). Afterwards the site must be the old one or the new one, whole,
 * for every reader that recovers first, and the next build must leave nothing beside it.
 */
@Timeout(20)
class PublisherCrashTest {
    private static final Map<String, String> OLD = Map.of(
            "index.html",
            "old home",
            "nl/ct/index.html",
            "old CT",
            "nl/gone/index.html",
            "a leaflet the new site drops");
    private static final Map<String, String> NEW =
            Map.of("index.html", "new home", "nl/ct/index.html", "new CT", "nl/mri/index.html", "new MRI");
    private static final Map<String, String> NEXT = Map.of("index.html", "next home");

    @TempDir
    Path dir;

    /** Thrown by the hook: the "process" stops there. */
    private static final class Killed extends RuntimeException {
        Killed(Publisher.Step step) {
            super("killed at " + step, null, false, false);
        }
    }

    @AfterEach
    void removeHook() {
        Publisher.hook = null;
    }

    static Stream<Arguments> everyStep() {
        List<Arguments> cases = new ArrayList<>();
        for (Publisher.Step step : Publisher.Step.values()) {
            cases.add(Arguments.of(step, false));
            cases.add(Arguments.of(step, true));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "killed at {0}, watching: {1}")
    @MethodSource("everyStep")
    void aPublishKilledAtAnyStepLeavesTheOldOrTheNewSiteWholeAndTheNextBuildClearsUp(
            Publisher.Step step, boolean watching) throws IOException {
        Path site = dir.resolve("site");
        SpareFolders spares = watching ? new SpareFolders(Runnable::run) : null;
        Publisher publisher = watching ? new Publisher(Runnable::run, spares) : new Publisher();
        if (watching) {
            publisher.publish(
                    site,
                    writing(Map.of("nl/x/index.html", "first"))); // becomes the spare the crashing build writes into
        }
        publisher.publish(site, writing(OLD));

        Publisher.hook = (reached, folder) -> {
            if (reached == step) {
                if (reached == Publisher.Step.STAGING_MADE) {
                    write(folder.resolve("index.html"), "half a site"); // killed while writing
                }
                throw new Killed(step);
            }
        };
        assertThrows(Killed.class, () -> publisher.publish(site, writing(NEW)));
        Publisher.hook = null;
        assertEquals(
                step == Publisher.Step.OLD_MOVED, !Files.exists(site), "only between the renames is there no site");
        assertTrue(siblings().size() > 1, "the killed build left folders: " + siblings());

        // what pil serve and the site server do first, and every build
        assertTrue(Publisher.recover(site));
        Map<String, String> expected = step.compareTo(Publisher.Step.OLD_MOVED) >= 0 ? NEW : OLD;
        assertEquals(expected, contents(site), "the " + (expected == NEW ? "new" : "old") + " site, whole");
        assertTrue(Files.isRegularFile(site.resolve(Publisher.COMPLETE)));

        // the next build is a new process (here a plain pil build)
        new Publisher().publish(site, writing(NEXT));
        assertEquals(NEXT, contents(site));
        assertEquals(List.of("site"), siblings(), "no staging, replaced or spare folder is left");
    }

    @Test
    void aStagingFolderNotMarkedCompleteIsNeverPutBack() throws IOException {
        Path site = dir.resolve("site");
        new Publisher().publish(site, writing(OLD));
        Path old = Files.move(site, dir.resolve(".site.old-1"));
        Path half = Files.createDirectories(dir.resolve(".site.new-2"));
        write(half.resolve("index.html"), "half");
        assertTrue(Publisher.recover(site));
        assertEquals(OLD, contents(site), "the replaced site, not the half-written one");
        assertFalse(Files.exists(old));

        // a replaced site being removed has lost its mark first: with nothing whole there is nothing to serve
        Files.move(site, old);
        Files.delete(old.resolve(Publisher.COMPLETE));
        assertFalse(Publisher.recover(site));
        assertFalse(Files.exists(site));
        new Publisher().publish(site, writing(NEXT));
        assertEquals(List.of("site"), siblings());
    }

    @Test
    void recoveringWithNothingBesideTheOutputTakesNoLock() throws IOException {
        assertFalse(Publisher.recover(dir.resolve("site")));
        assertEquals(List.of(), siblings());
        assertFalse(Files.exists(OutputLock.file(dir, "site")));
    }

    @Test
    void aSecondBuildWaitsForTheFirstAndLeavesItsStagingFolderAlone() throws Exception {
        Path site = dir.resolve("site");
        new Publisher().publish(site, writing(OLD));
        CountDownLatch between = new CountDownLatch(1);
        CountDownLatch proceed = new CountDownLatch(1);
        Publisher.hook = (step, folder) -> {
            if (step == Publisher.Step.OLD_MOVED
                    && Thread.currentThread().getName().equals("first")) {
                between.countDown();
                await(proceed);
            }
        };
        CompletableFuture<Void> first = run("first", ignored -> new Publisher().publish(site, writing(NEW)));
        assertTrue(between.await(5, TimeUnit.SECONDS), "the first build reached the step between its renames");
        assertFalse(Files.exists(site), "the first build is between its renames");
        CompletableFuture<Void> second = run("second", ignored -> new Publisher().publish(site, writing(NEXT)));
        CompletableFuture<Void> reader = run("reader", ignored -> assertTrue(Publisher.recover(site)));
        // the first of them to finish, if any: neither can before the first build lets go of its lock
        assertThrows(
                java.util.concurrent.TimeoutException.class,
                () -> CompletableFuture.anyOf(second, reader).get(300, TimeUnit.MILLISECONDS),
                "both wait for the first build's lock");
        proceed.countDown();
        first.get(5, TimeUnit.SECONDS);
        reader.get(5, TimeUnit.SECONDS);
        second.get(5, TimeUnit.SECONDS);
        assertEquals(NEXT, contents(site), "the second build published after the first, undisturbed");
        assertEquals(List.of("site"), siblings());
    }

    private static CompletableFuture<Void> run(String name, Publisher.Writer work) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread t = new Thread(
                () -> {
                    try {
                        work.writeInto(null);
                        done.complete(null);
                    } catch (Throwable e) {
                        done.completeExceptionally(e);
                    }
                },
                name);
        t.setDaemon(true);
        t.start();
        return done;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Publisher.Writer writing(Map<String, String> pages) {
        return folder -> {
            for (var page : pages.entrySet()) {
                write(folder.resolve(page.getKey()), page.getValue());
            }
        };
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** Every file of the site and its text, the completion mark aside. */
    private static Map<String, String> contents(Path site) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            walk.filter(Files::isRegularFile).forEach(f -> {
                String name = site.relativize(f).toString().replace('\\', '/');
                if (!name.equals(Publisher.COMPLETE)) {
                    try {
                        files.put(name, Files.readString(f));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        }
        return files;
    }

    /** What lies beside the output, its lock file aside. */
    private List<String> siblings() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals(".site.lock"))
                    .sorted()
                    .toList();
        }
    }
}
