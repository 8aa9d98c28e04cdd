package nl.pil.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.pil.ContentFixture;
import nl.pil.cache.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The up-to-date check does not read a file whose size, times and identity are as its record says: it must give the
 * fingerprint that reading every file gives, whatever happened to the files, including the changes that keep a file's
 * size and modification time (a same-size edit with the time set back, a file renamed over another).
 */
class InputFilesProperties {
    private static final Set<String> FORMATS = Set.of("html");

    enum Kind {
        SAME_SIZE_EDIT,
        SAME_SIZE_EDIT_TIME_SET_BACK,
        RENAMED_OVER_TIME_SET_BACK,
        APPEND,
        TOUCH,
        DELETE,
        CREATE
    }

    record Change(Kind kind, int file) {}

    @Provide
    Arbitrary<List<Change>> changes() {
        return Combinators.combine(
                        Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 3))
                .as(Change::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(8);
    }

    @Property(tries = 12)
    void whatIsNotReadAgainIsWhatReadingGives(@ForAll("changes") List<Change> changes) throws Exception {
        Path dir = Files.createTempDirectory("pil-inputs");
        try {
            ContentFixture f = new ContentFixture(dir).leaflet("ct", "exam", "CT", "", "Tekst.\n");
            BuildOptions options = f.options();
            Path folder = f.root().resolve("ct");
            for (int i = 0; i < 4; i++) {
                Files.writeString(folder.resolve("note-" + i + ".txt"), "abcd" + i, StandardCharsets.UTF_8);
            }
            Files.createDirectories(options.outputFolder().resolve(Manifest.FOLDER)); // as a published site has it
            // settled at once: the changes below come after a pause longer than the clock's resolution, and what is
            // tested is that a change to size, either time or identity is seen
            Duration settle = Duration.ZERO;
            record(options, settle);
            int reused = 0;
            int round = 0;
            for (Change change : changes) {
                Thread.sleep(25); // past the file system clock's resolution (a jiffy, up to 10 ms)
                apply(change, folder, round++);
                InputFiles known = InputFiles.read(options.outputFolder(), settle);
                String withRecord = UpToDate.inputs(options, FORMATS, known);
                assertEquals(UpToDate.inputs(options, FORMATS, InputFiles.none()), withRecord, change::toString);
                known.write(options.outputFolder());
                reused += known.reused();
            }
            if (InputFiles.trusts(f.root())) {
                assertTrue(reused > 0, "files as they were were not read again");
            }
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void record(BuildOptions options, Duration settle) throws IOException {
        InputFiles known = InputFiles.read(options.outputFolder(), settle);
        UpToDate.inputs(options, FORMATS, known);
        known.write(options.outputFolder());
    }

    private static void apply(Change change, Path folder, int round) throws IOException {
        Path file = folder.resolve("note-" + change.file() + ".txt");
        if (!Files.exists(file) && change.kind() != Kind.CREATE) {
            Files.writeString(file, "made" + round % 10);
            return;
        }
        switch (change.kind()) {
            case SAME_SIZE_EDIT -> Files.writeString(file, flipped(Files.readString(file), round));
            case SAME_SIZE_EDIT_TIME_SET_BACK -> {
                FileTime before = Files.getLastModifiedTime(file);
                Files.writeString(file, flipped(Files.readString(file), round));
                Files.setLastModifiedTime(file, before);
            }
            case RENAMED_OVER_TIME_SET_BACK -> {
                FileTime before = Files.getLastModifiedTime(file);
                Path temp = folder.resolve(".swap");
                Files.writeString(temp, flipped(Files.readString(file), round));
                Files.setLastModifiedTime(temp, before);
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            case APPEND -> Files.writeString(file, Files.readString(file) + "x");
            case TOUCH -> Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
            case DELETE -> Files.delete(file);
            case CREATE -> Files.writeString(file, "new" + round % 10);
        }
    }

    /** The same length, another last character. */
    private static String flipped(String text, int round) {
        char last = text.isEmpty() ? 'a' : text.charAt(text.length() - 1);
        char other = (char) ('a' + (last - 'a' + 1 + round % 5) % 26);
        return text.isEmpty() ? "a" : text.substring(0, text.length() - 1) + (other == last ? 'z' : other);
    }

    @TempDir
    Path dir;

    /** A site of one leaflet; with {@code published}, its output folder has the .pil folder a published site has. */
    private ContentFixture site(boolean published) throws IOException {
        ContentFixture f = new ContentFixture(dir).leaflet("ct", "exam", "CT", "", "Tekst.\n");
        if (published) {
            Files.createDirectories(f.output().resolve(Manifest.FOLDER));
        }
        return f;
    }

    /** A damaged or foreign record only costs reading every file: nothing is taken from it. */
    @Test
    void aDamagedRecordIsNotTrusted() throws Exception {
        ContentFixture f = site(true);
        BuildOptions options = f.options();
        String expected = UpToDate.inputs(options, FORMATS, InputFiles.none());
        Path record = InputFiles.file(options.outputFolder());
        for (String damaged : List.of(
                "pil-inputs 1\nnot a number\t1\t2\t3\t1\tabc\t" + f.root().resolve("ct/nl.md") + "\n",
                "pil-inputs 99\n",
                "{ \"not\": \"tsv\" }",
                "")) {
            Files.writeString(record, damaged);
            InputFiles known = InputFiles.read(options.outputFolder(), Duration.ZERO);
            assertEquals(expected, UpToDate.inputs(options, FORMATS, known), damaged);
            assertEquals(0, known.reused(), damaged);
        }
    }

    /** The record goes into a site's own .pil folder; an output folder that is not there (mid-swap) is not made. */
    @Test
    void theRecordNeverMakesTheOutputFolder() throws Exception {
        ContentFixture f = site(false);
        InputFiles known = InputFiles.read(f.output());
        UpToDate.inputs(f.options(), FORMATS, known);
        assertThrows(IOException.class, () -> known.write(f.output()));
        assertFalse(Files.exists(f.output()));
    }

    /**
     * A file changed within {@link InputFiles#SETTLE} of being read is read again however its times look: a second
     * write within the clock's resolution would leave them as they were.
     */
    @Test
    void aFileChangedJustBeforeItWasReadIsReadAgain() throws Exception {
        ContentFixture f = site(true);
        BuildOptions options = f.options();
        Path note = f.root().resolve("ct/note.txt");
        Files.writeString(note, "abcd");
        InputFiles first = InputFiles.read(options.outputFolder());
        String before = UpToDate.inputs(options, FORMATS, first);
        first.write(options.outputFolder());

        InputFiles second = InputFiles.read(options.outputFolder());
        assertEquals(before, UpToDate.inputs(options, FORMATS, second));
        assertEquals(0, second.reused(), "every file was written moments ago: none is trusted yet");

        // the same size and modification time, at once (within the clock's resolution, its change time too)
        FileTime time = Files.getLastModifiedTime(note);
        Files.writeString(note, "abce");
        Files.setLastModifiedTime(note, time);
        InputFiles third = InputFiles.read(options.outputFolder());
        assertNotEquals(before, UpToDate.inputs(options, FORMATS, third));
    }
}
