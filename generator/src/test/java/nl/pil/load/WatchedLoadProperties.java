package nl.pil.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;
import nl.pil.ContentFixture;
import nl.pil.model.Content;
import nl.pil.model.Diagnostics;

/**
 * A watching process reads again only the files its watcher reported changed. Whatever the edits (files changed,
 * broken, removed; leaflet folders made, removed, renamed, replaced; pictures added), as long as every change is reported the
 * way a folder watcher reports it (the entry that changed in its folder: a new folder, not the files in it), each load
 * gives what a fresh load of the folder gives: the same leaflets, texts and diagnostics.
 */
class WatchedLoadProperties {
    private Path dir;

    @BeforeTry
    void makeFolder() throws IOException {
        dir = Files.createTempDirectory("pil-watched");
    }

    @AfterTry
    void removeFolder() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** One edit, by what it does and a number that picks the leaflet or file it does it to. */
    record Edit(Kind kind, int pick, int variant) {}

    enum Kind {
        CHANGE_TEXT,
        BREAK_FILE,
        REMOVE_FILE,
        ADD_LEAFLET,
        REMOVE_LEAFLET,
        RENAME_LEAFLET,
        REPLACE_LEAFLET,
        ADD_PICTURE,
        CHANGE_LANGUAGES
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<Edit> edit = Arbitraries.integers()
                .between(0, 99)
                .flatMap(pick -> Arbitraries.integers()
                        .between(0, 9)
                        .flatMap(variant -> Arbitraries.of(Kind.class).map(kind -> new Edit(kind, pick, variant))));
        return edit.list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 60)
    void eachLoadGivesWhatAFreshLoadGives(@ForAll("edits") List<Edit> edits) throws IOException {
        ContentFixture f = new ContentFixture(dir);
        for (String id : List.of("ct", "mri", "echo")) {
            f.leaflet(id, "exam", "Onderzoek " + id, "", "Niet eten voor het onderzoek.\n")
                    .translation(id, "en", "Exam " + id, "", "Do not eat before the exam.\n");
        }
        ContentLoader.ParsedFiles parsed = new ContentLoader.ParsedFiles();
        load(f, parsed); // the build before the watcher started
        parsed.watching();
        load(f, parsed); // the first after: reads everything once more
        for (Edit edit : edits) {
            Set<Path> reported = apply(f, edit);
            parsed.changed(reported);
            assertEquals(load(f, null), load(f, parsed), () -> "after " + edit + " (reported " + reported + ")");
        }
    }

    /** What a load gave, as text: every leaflet file's path, title and body, and every diagnostic. */
    private static List<String> load(ContentFixture f, ContentLoader.ParsedFiles parsed) {
        Diagnostics diagnostics = new Diagnostics();
        List<String> seen = new ArrayList<>();
        new ContentLoader(f.root(), f.root(), parsed)
                .load(diagnostics)
                .map(Content::leaflets)
                .ifPresent(leaflets -> {
                    leaflets.forEach(l -> l.translations()
                            .values()
                            .forEach(t -> seen.add(t.displayPath() + " | "
                                    + t.meta().title() + " | " + t.bodyText() + " | " + t.references())));
                });
        diagnostics.sorted().forEach(d -> seen.add(d.toString()));
        return seen;
    }

    /** Makes the edit and returns what a folder watcher would report. */
    private static Set<Path> apply(ContentFixture f, Edit edit) throws IOException {
        Path root = f.root();
        List<Path> files = leafletFiles(root);
        List<Path> folders = files.stream().map(Path::getParent).distinct().toList();
        switch (edit.kind()) {
            case CHANGE_TEXT -> {
                if (files.isEmpty()) {
                    return Set.of();
                }
                Path file = files.get(edit.pick() % files.size());
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8); // also a broken one
                text = text.contains("title: ")
                        ? text.replaceFirst("title: .*", "title: Titel " + edit.variant())
                        : text;
                Files.writeString(file, text + "Nog een zin " + edit.variant() + ", zie [[ct]].\n");
                return Set.of(file);
            }
            case BREAK_FILE -> {
                if (files.isEmpty()) {
                    return Set.of();
                }
                Path file = files.get(edit.pick() % files.size());
                if (edit.variant() % 2 == 0) {
                    Files.write(file, new byte[] {'-', '-', '-', '\n', (byte) 0xC3, '\n'}); // not UTF-8
                } else {
                    Files.writeString(file, "Geen front matter.\n");
                }
                return Set.of(file);
            }
            case REMOVE_FILE -> {
                if (files.isEmpty()) {
                    return Set.of();
                }
                Path file = files.get(edit.pick() % files.size());
                Files.delete(file);
                return Set.of(file);
            }
            case ADD_LEAFLET -> {
                String id = "new-" + edit.pick();
                if (Files.exists(root.resolve(id))) {
                    return Set.of();
                }
                f.leaflet(id, "treatment", "Behandeling " + edit.variant(), "", "Rust uit.\n");
                if (edit.variant() % 2 == 0) {
                    f.translation(id, "en", "Treatment " + edit.variant(), "", "Rest.\n");
                }
                return Set.of(root.resolve(id)); // the folder only: its files were there before it was watched
            }
            case REMOVE_LEAFLET -> {
                if (folders.isEmpty()) {
                    return Set.of();
                }
                Path folder = folders.get(edit.pick() % folders.size());
                deleteTree(folder);
                return Set.of(folder);
            }
            case RENAME_LEAFLET -> {
                if (folders.isEmpty()) {
                    return Set.of();
                }
                Path folder = folders.get(edit.pick() % folders.size());
                Path renamed = folder.resolveSibling("moved-" + edit.pick() + "-" + edit.variant());
                if (Files.exists(renamed)) {
                    return Set.of();
                }
                Files.move(folder, renamed);
                return Set.of(folder, renamed);
            }
            case REPLACE_LEAFLET -> { // removed and made again, as switching branches does: the folder is reported
                if (folders.isEmpty()) {
                    return Set.of();
                }
                Path folder = folders.get(edit.pick() % folders.size());
                deleteTree(folder);
                String id = folder.getFileName().toString();
                f.leaflet(id, "exam", "Vervangen " + edit.variant(), "", "Andere tekst " + edit.variant() + ".\n");
                return Set.of(folder);
            }
            case ADD_PICTURE -> {
                if (folders.isEmpty()) {
                    return Set.of();
                }
                Path picture = folders.get(edit.pick() % folders.size()).resolve("foto-" + edit.variant() + ".png");
                Files.write(picture, new byte[] {1, 2, 3});
                return Set.of(picture);
            }
            case CHANGE_LANGUAGES -> {
                String languages = edit.variant() % 2 == 0 ? "[nl, en, ar]" : "[nl, en]";
                f.write(
                        "site.yaml",
                        ContentFixture.SITE_YAML.replace("languages: [nl, en]", "languages: " + languages));
                return Set.of(root.resolve("site.yaml"));
            }
        }
        throw new AssertionError(edit);
    }

    private static List<Path> leafletFiles(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> p.toString().endsWith(".md"))
                    .map(p -> p.toAbsolutePath().normalize())
                    .sorted()
                    .toList();
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
