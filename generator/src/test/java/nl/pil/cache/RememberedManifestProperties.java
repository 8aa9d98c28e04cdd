package nl.pil.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.BeforeProperty;
import nl.pil.publish.Publisher;

/**
 * A process that builds again and again ({@link Manifest#rememberWritten}) writes a manifest entry by entry, reusing
 * the JSON of entries it wrote before, and reads back a file it wrote without parsing it. Neither may change a byte or
 * an entry: the manifests are part of a reproducible build, and what a build takes over depends on them.
 */
class RememberedManifestProperties {
    private static final String[] PIECES = {
        "a", "nl/", "é", "\"", "\\", "\t", "\n", "\u0001", "\u2028", "😀", " ", "</script>", "0", "-"
    };

    @BeforeProperty
    void remember() {
        Manifest.rememberWritten();
    }

    /** Texts that JSON must escape, or encode in more than one byte, among plain ones. */
    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(6); i > 0; i--) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    private static Object value(Random random, int depth) {
        return switch (depth > 2 ? random.nextInt(3) : random.nextInt(5)) {
            case 0 -> text(random);
            case 1 -> random.nextInt(); // a small long would read back as an int
            case 2 -> random.nextBoolean() ? random.nextDouble() : null;
            case 3 -> {
                List<Object> list = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    list.add(value(random, depth + 1));
                }
                yield list;
            }
            default -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    map.put(text(random), value(random, depth + 1));
                }
                yield map;
            }
        };
    }

    private static Manifest.Entry entry(Random random) {
        Manifest.Entry entry = Manifest.Entry.of("f" + text(random)); // an empty one is left out of the JSON
        if (random.nextBoolean()) {
            List<String> files = new ArrayList<>();
            for (int i = random.nextInt(3); i > 0; i--) {
                files.add(text(random));
            }
            entry = entry.withFiles(files);
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            entry = entry.withCount(text(random), random.nextLong());
        }
        if (random.nextBoolean()) {
            entry = entry.withWarnings(List.of(text(random), text(random)));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            entry = entry.withExtra(text(random), value(random, 0));
        }
        return entry;
    }

    private static Map<String, Manifest.Entry> entries(Random random) {
        Map<String, Manifest.Entry> entries = new LinkedHashMap<>();
        for (int i = random.nextInt(12); i > 0; i--) {
            entries.put(text(random) + i, entry(random));
        }
        return entries;
    }

    private static Manifest manifest(String name, String version, Map<String, Manifest.Entry> entries) {
        Manifest manifest = new Manifest(name, version);
        entries.forEach(manifest::put);
        return manifest;
    }

    /**
     * Manifests of one name written one after another, each keeping some entries of the one before (the same objects,
     * as a build takes them over, or equal ones made again), changing, removing and adding others: every file is the
     * bytes of one Jackson pass, and reads back as the entries written, whether it is the one just written or an older
     * one.
     */
    @Property(tries = 60)
    void writingEntryByEntryGivesTheBytesOfOnePass(@ForAll long seed) throws IOException {
        Random random = new Random(seed);
        Path dir = Files.createTempDirectory("pil-manifest");
        try {
            String name = "p" + seed; // a name of its own: other tests of this process remember other manifests
            String version = text(random);
            Map<String, Manifest.Entry> entries = entries(random);
            List<Path> folders = new ArrayList<>();
            List<Map<String, Manifest.Entry>> written = new ArrayList<>();
            for (int build = 0; build < 4; build++) {
                Map<String, Manifest.Entry> next = new LinkedHashMap<>();
                for (Map.Entry<String, Manifest.Entry> e : entries.entrySet()) {
                    Manifest.Entry was = e.getValue();
                    switch (random.nextInt(5)) {
                        case 0 -> next.put(e.getKey(), entry(random)); // changed
                        case 1, 2 -> next.put(e.getKey(), was); // taken over
                        case 3 ->
                            next.put( // made again, the same
                                    e.getKey(),
                                    new Manifest.Entry(
                                            was.fingerprint(),
                                            was.files(),
                                            was.counts(),
                                            was.warnings(),
                                            was.extras()));
                        default -> {} // gone
                    }
                }
                next.putAll(entries(random)); // new ones
                Path folder = dir.resolve("build" + build);
                manifest(name, version, next).write(folder);
                byte[] bytes = Files.readAllBytes(Manifest.file(folder, name));
                assertArrayEquals(
                        Manifest.bytesInOnePass(name, version, next),
                        bytes,
                        () -> new String(bytes, StandardCharsets.UTF_8));
                assertArrayEquals(bytes, Manifest.bytesEntryByEntry(name, version, next));
                folders.add(folder);
                written.add(next);
                entries = next;
            }
            for (int i = 0; i < folders.size(); i++) {
                assertEquals(
                        manifest(name, version, written.get(i)).entries(),
                        Manifest.read(folders.get(i), name, version).entries());
            }
            assertTrue(Manifest.read(folders.getLast(), name, version + "x")
                    .entries()
                    .isEmpty());
        } finally {
            Publisher.deleteTree(dir);
        }
    }

    /** A file replaced since it was written (by another process, or by hand) is read as it now is. */
    @Example
    void aFileChangedSinceItWasWrittenIsReadAsItIs() throws IOException {
        Path dir = Files.createTempDirectory("pil-manifest");
        try {
            Random random = new Random(7);
            Map<String, Manifest.Entry> mine = entries(random);
            mine.put("nl/ct/", Manifest.Entry.of("f1").withFiles(List.of("nl/ct/index.html")));
            manifest("changed", "", mine).write(dir);
            Path file = Manifest.file(dir, "changed");

            Map<String, Manifest.Entry> theirs = new LinkedHashMap<>(mine);
            theirs.put("nl/ct/", Manifest.Entry.of("f2").withFiles(List.of("nl/ct/index.html")));
            byte[] other = Manifest.bytesInOnePass("changed", "", theirs);
            assertEquals(Files.size(file), other.length, "the same size, one byte different");
            Files.write(file, other);
            assertEquals(
                    manifest("changed", "", theirs).entries(),
                    Manifest.read(dir, "changed", "").entries());

            Files.write(file, "{\"format\":1,".getBytes(StandardCharsets.UTF_8));
            assertTrue(Manifest.read(dir, "changed", "").entries().isEmpty(), "damaged");
        } finally {
            Publisher.deleteTree(dir);
        }
    }
}
