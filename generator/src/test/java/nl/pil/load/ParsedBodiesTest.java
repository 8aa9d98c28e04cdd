package nl.pil.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.pil.ContentFixture;
import nl.pil.cache.KnownFiles;
import nl.pil.cache.Manifest;
import nl.pil.markdown.LeafletMarkdown;
import nl.pil.model.Content;
import nl.pil.model.Diagnostics;
import nl.pil.model.Leaflet;
import nl.pil.model.SourceChanged;
import nl.pil.model.SourceVersion;
import nl.pil.model.Translation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A load that finds a file in the previous build's record of parsed bodies ({@code .pil/parse.json}) does not parse
 * it, and must give exactly what parsing gives: the same links, cards, files, section links, heading anchors and
 * problems, and, when a page reads it, the same tree.
 */
class ParsedBodiesTest {
    @TempDir
    Path dir;

    private static final String CT = """
            ## Voorbereiding

            Lees [hieronder](#na-afloop) en [de MRI](mri#wat-is-het), zie [[mri]] en ![Een scanner](scanner.png).

            [[mri]]

            ## Na afloop

            | vraag | antwoord |
            |---|---|
            | `code` | *nadruk* |

            - lijst
              - genest met een [link](https://example.org)
            """;

    @Test
    void anUnchangedFileIsNotParsedAndGivesWhatParsingGives() throws IOException {
        ContentFixture f = new ContentFixture(dir)
                .leaflet("ct", "exam", "CT", "", CT)
                .leaflet("mri", "exam", "MRI", "", "## Wat is het\n\nEen scanner.\n\n## Wat is het\n\nTwee keer.\n")
                .translation("mri", "en", "MRI", "", "## What it is\n\nA scanner " + "x".repeat(400) + "\n");
        // (a word over the limit: a problem parsing reports, and the body is left empty)
        f.write("ct/scanner.png", "not really a picture");
        Path out = dir.resolve("out");
        ParsedBodies first = new ParsedBodies();
        Diagnostics firstProblems = new Diagnostics();
        new ContentLoader(f.root(), dir, null, first).load(firstProblems).orElseThrow();
        first.write(out);
        assertTrue(Files.isRegularFile(Manifest.file(out, ParsedBodies.MANIFEST)));

        f.leaflet("mri", "exam", "MRI", "", "## Wat is het\n\nEen andere scanner.\n");
        ParsedBodies second = new ParsedBodies(out);
        Diagnostics secondProblems = new Diagnostics();
        Content loaded = new ContentLoader(f.root(), dir, null, second)
                .load(secondProblems)
                .orElseThrow();
        Diagnostics freshProblems = new Diagnostics();
        Content fresh = new ContentLoader(f.root(), dir).load(freshProblems).orElseThrow();

        assertEquals(2, second.reused(), "ct/nl.md and mri/en.md were not parsed");
        assertEquals(2, second.headsReused(), "nor their front matter read as YAML");
        assertEquals(freshProblems.sorted(), secondProblems.sorted(), "the same problems, the word over the limit too");
        assertTrue(
                freshProblems.sorted().stream().anyMatch(d -> d.message().contains("400 characters")),
                "" + freshProblems.sorted());
        Map<String, Translation> byFile = byFile(loaded);
        assertFalse(byFile.get("content/ct/nl.md").parsedBody().parsed(), "not parsed while loading");
        assertFalse(byFile.get("content/mri/en.md").parsedBody().parsed());
        assertTrue(byFile.get("content/mri/nl.md").parsedBody().parsed(), "the edited file was parsed");
        assertAsLoadedFresh(fresh, byFile);
        assertEquals(
                List.of("voorbereiding", "na-afloop"),
                byFile.get("content/ct/nl.md").anchors());
        assertEquals(2, byFile.get("content/ct/nl.md").sectionLinks().size());
        assertEquals(
                SourceVersion.of(
                        byFile.get("content/ct/nl.md").meta(),
                        byFile.get("content/ct/nl.md").bodyText()),
                byFile.get("content/ct/nl.md").sourceVersion(),
                "kept for a file in the source language");
        assertEquals(null, byFile.get("content/mri/en.md").sourceVersion(), "not for a translation");
        assertTrue(byFile.get("content/ct/nl.md").parsedBody().parsed(), "reading the tree parsed it");

        // the record a load that reused entries writes is the one a load that parsed everything writes
        Path again = dir.resolve("again");
        second.write(again);
        ParsedBodies parsedAll = new ParsedBodies();
        new ContentLoader(f.root(), dir, null, parsedAll)
                .load(new Diagnostics())
                .orElseThrow();
        Path everything = dir.resolve("everything");
        parsedAll.write(everything);
        assertEquals(
                Files.readString(Manifest.file(everything, ParsedBodies.MANIFEST)),
                Files.readString(Manifest.file(again, ParsedBodies.MANIFEST)));
        ParsedBodies third = new ParsedBodies(again);
        new ContentLoader(f.root(), dir, null, third).load(new Diagnostics()).orElseThrow();
        assertEquals(3, third.reused(), "every file, from a record that was itself partly carried over");
    }

    /**
     * A build that knows a file is as it was when the previous build read it (the up-to-date check's fingerprint, taken
     * without reading it) does not read it: the previous build's record gives its front matter, facts and problems,
     * and its body is read when something needs it, then checked against the fingerprint the record gave.
     */
    @Test
    void aFileKnownUnchangedIsNotReadAndGivesWhatReadingGives() throws IOException {
        ContentFixture f = new ContentFixture(dir)
                .leaflet("ct", "exam", "CT", "kleur: blauw", CT) // a key Pil does not know: a front matter error
                .leaflet("mri", "exam", "MRI", "", "## Wat is het\n\nEen scanner.\n")
                .translation("mri", "en", "MRI", "", "## What it is\n\nA scanner " + "x".repeat(400) + "\n")
                .leaflet("echo", "exam", "Echo", "", "Een\u0001 geluidsgolf.\n"); // a control character taken out
        // what the up-to-date check would say: a token per file and version, without reading it
        Map<Path, String> versions = new TreeMap<>();
        Stream.of("ct/nl.md", "mri/nl.md", "mri/en.md", "echo/nl.md")
                .forEach(file ->
                        versions.put(f.root().resolve(file).toAbsolutePath().normalize(), "v1 " + file));
        KnownFiles known = file -> versions.get(file.toAbsolutePath().normalize());
        Path out = dir.resolve("out");
        ParsedBodies first = new ParsedBodies();
        new ContentLoader(f.root(), dir, null, first, null, known)
                .load(new Diagnostics())
                .orElseThrow();
        assertEquals(0, first.unread(), "nothing kept yet: every file read");
        first.write(out);

        f.leaflet("mri", "exam", "MRI", "", "## Wat is het\n\nEen andere scanner.\n");
        versions.put(f.root().resolve("mri/nl.md").toAbsolutePath().normalize(), "v2");
        ParsedBodies second = new ParsedBodies(out);
        Diagnostics secondProblems = new Diagnostics();
        Content loaded = new ContentLoader(f.root(), dir, null, second, null, known)
                .load(secondProblems)
                .orElseThrow();
        Diagnostics freshProblems = new Diagnostics();
        Content fresh = new ContentLoader(f.root(), dir).load(freshProblems).orElseThrow();

        assertEquals(2, second.unread(), "ct/nl.md and mri/en.md not read; echo/nl.md is (what was taken out of it)");
        assertEquals(3, second.reused(), "nor parsed, and echo/nl.md not parsed either");
        assertEquals(freshProblems.sorted(), secondProblems.sorted(), "the same problems, kept ones too");
        assertTrue(
                freshProblems.sorted().stream().anyMatch(d -> d.message().contains("kleur")),
                "" + freshProblems.sorted());
        Map<String, Translation> byFile = byFile(loaded);
        assertFalse(byFile.get("content/ct/nl.md").parsedBody().read(), "not read while loading");
        assertFalse(byFile.get("content/mri/en.md").parsedBody().read());
        assertTrue(byFile.get("content/mri/nl.md").parsedBody().read(), "the edited file was read");
        assertAsLoadedFresh(fresh, byFile);
        assertTrue(byFile.get("content/ct/nl.md").parsedBody().read(), "reading the body read the file");

        // a file changed in a way the up-to-date check would have missed: its body is not what the build knew
        Path again = dir.resolve("again");
        second.write(again);
        f.leaflet("ct", "exam", "CT veranderd", "kleur: blauw", CT + "\nNog een zin.\n");
        ParsedBodies third = new ParsedBodies(again);
        Content stale = new ContentLoader(f.root(), dir, null, third, null, known)
                .load(new Diagnostics())
                .orElseThrow();
        assertEquals(
                3,
                third.unread(),
                "the record written by a load that did not read two of them vouches for them, and for the one it read");
        Translation ct = byFile(stale).get("content/ct/nl.md");
        assertEquals("CT", ct.meta().title(), "taken from the record, not the file");
        SourceChanged changed = assertThrows(SourceChanged.class, ct::bodyText);
        assertEquals("content/ct/nl.md", changed.displayPath());
        assertThrows(SourceChanged.class, ct::body, "the tree neither");
    }

    @Test
    void aDamagedRecordOnlyCostsAParse() throws IOException {
        ContentFixture f = new ContentFixture(dir).leaflet("ct", "exam", "CT", "", CT);
        Path out = dir.resolve("out");
        ParsedBodies first = new ParsedBodies();
        new ContentLoader(f.root(), dir, null, first).load(new Diagnostics()).orElseThrow();
        first.write(out);
        Path record = Manifest.file(out, ParsedBodies.MANIFEST);
        // each file's facts are one text inside the manifest: cut in half, as a disk that filled up might leave it
        Matcher facts = Pattern.compile("\"facts\":\"([^\"]+)\"").matcher(Files.readString(record));
        assertTrue(facts.find());
        String half = facts.group(1).substring(0, facts.group(1).length() / 8 * 4);
        Files.writeString(record, Files.readString(record).replace(facts.group(1), half));
        ParsedBodies damaged = new ParsedBodies(out);
        Diagnostics problems = new Diagnostics();
        Content loaded =
                new ContentLoader(f.root(), dir, null, damaged).load(problems).orElseThrow();
        Diagnostics freshProblems = new Diagnostics();
        Content fresh = new ContentLoader(f.root(), dir).load(freshProblems).orElseThrow();
        assertEquals(0, damaged.reused());
        assertEquals(freshProblems.sorted(), problems.sorted());
        assertEquals(
                byFile(fresh).get("content/ct/nl.md").sectionLinks(),
                byFile(loaded).get("content/ct/nl.md").sectionLinks());
    }

    /** Each file of {@code loaded} as a load that read and parsed everything gave it: facts, body, tree. */
    private static void assertAsLoadedFresh(Content fresh, Map<String, Translation> loaded) {
        byFile(fresh).forEach((file, expected) -> {
            Translation t = loaded.get(file);
            assertEquals(expected.meta(), t.meta(), file + ": the front matter, with where each key was written");
            assertEquals(expected.references(), t.references(), file);
            assertEquals(expected.sectionLinks(), t.sectionLinks(), file);
            assertEquals(expected.anchors(), t.anchors(), file);
            assertEquals(expected.sourceVersion(), t.sourceVersion(), file);
            assertEquals(expected.bodyFirstLine(), t.bodyFirstLine(), file);
            assertEquals(expected.fingerprint(), t.fingerprint(), file);
            assertEquals(expected.controlCharacters(), t.controlCharacters(), file);
            assertEquals(expected.bodyText(), t.bodyText(), file + ": the body, read now");
            assertEquals(dump(expected), dump(t), file + ": the tree made when read is the one parsing made");
        });
    }

    private static Map<String, Translation> byFile(Content content) {
        Map<String, Translation> byFile = new TreeMap<>();
        for (Leaflet leaflet : content.leaflets()) {
            leaflet.translations().values().forEach(t -> byFile.put(t.displayPath(), t));
        }
        return byFile;
    }

    /** Every node of the tree with its source position, and the page's plain text. */
    private static String dump(Translation t) {
        StringBuilder out = new StringBuilder(LeafletMarkdown.plainText(t.body())).append('\n');
        Stream.iterate(t.body(), n -> n != null, ParsedBodiesTest::next)
                .forEach(n ->
                        out.append(n).append(' ').append(n.getSourceSpans()).append('\n'));
        return out.toString();
    }

    private static org.commonmark.node.Node next(org.commonmark.node.Node node) {
        if (node.getFirstChild() != null) {
            return node.getFirstChild();
        }
        while (node != null && node.getNext() == null) {
            node = node.getParent();
        }
        return node == null ? null : node.getNext();
    }
}
