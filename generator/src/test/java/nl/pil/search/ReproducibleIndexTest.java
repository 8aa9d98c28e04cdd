package nl.pil.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.pil.ContentFixture;
import nl.pil.cache.Manifest;
import nl.pil.link.Linker;
import nl.pil.link.Site;
import nl.pil.load.ContentLoader;
import nl.pil.model.Diagnostics;
import nl.pil.publish.Publisher;
import nl.pil.render.RenderContext;
import nl.pil.render.Theme;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same content gives the same {@code _search/}, byte for byte: built afresh twice, or updated twice from the same
 * previous build. An updated index is not the same bytes as a fresh one (other segment names, stored fields laid out
 * by a merge), but holds the same documents, terms and postings.
 */
class ReproducibleIndexTest {
    /** Pil's own files beside the Lucene index of a language. */
    private static final Set<String> PIL_FILES = Set.of(IndexLayout.COMPOUNDS, IndexLayout.SYNONYMS);

    @TempDir
    Path dir;

    private ContentFixture content() {
        return new ContentFixture(dir)
                .leaflet(
                        "ct",
                        "exam",
                        "CT-scan",
                        "keywords: [röntgen, scanner]",
                        "## Voorbereiding\n\nNiet eten voor het onderzoek. Drink water. Een leverbiopsie is soms nodig.\n")
                .leaflet("mri", "exam", "MRI-scan", "", "Een sterke magneet maakt beelden van het onderzoek.\n")
                .leaflet("echo", "exam", "Echo", "", "Geluidsgolven maken beelden van de lever. Niet eten.\n")
                .leaflet("biopsy", "treatment", "Biopsie", "", "Een biopsie van de lever: een stukje weefsel.\n")
                .translation("ct", "en", "CT scan", "", "Do not eat before the scan. Drink water.\n")
                .translation("mri", "en", "MRI scan", "", "A strong magnet makes images.\n")
                .write("_search/synonyms-nl.txt", "uitzaaiingen, metastasen\n");
    }

    private static SearchIndexOutput build(ContentFixture f, Path previous, Path out) throws IOException {
        return build(f, previous, out, new SearchIndexOutput(true, false));
    }

    private static SearchIndexOutput build(ContentFixture f, Path previous, Path out, SearchIndexOutput output)
            throws IOException {
        Diagnostics d = new Diagnostics();
        Site site = new Linker(ContentFixture.TODAY)
                .link(new ContentLoader(f.root()).load(d).orElseThrow(), d);
        RenderContext context = RenderContext.of(site, new Theme(List.of()), previous, Set.of("index"), d);
        new Publisher().publish(out, folder -> output.render(context, folder, d));
        return output;
    }

    @Test
    void anIndexWhoseDocumentsAreMadeAgainInEveryPassIsTheSameByteForByte() throws Exception {
        ContentFixture f = content();
        Path held = dir.resolve("held");
        Path madeAgain = dir.resolve("made-again");
        build(f, null, held);
        SearchIndexOutput none = build(f, null, madeAgain, new SearchIndexOutput(true, false, 0.10, 0));
        assertEquals(Map.of("nl", 4, "en", 2), none.plainTextLeaflets(), "every page made plain (again and again)");
        Set<String> files = files(held);
        assertEquals(files, files(madeAgain));
        assertEquals(files, identical(held, madeAgain, files), "files that differ");
    }

    @Test
    void twoFreshBuildsOfTheSameContentAreTheSameByteForByte() throws Exception {
        ContentFixture f = content();
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        build(f, null, a);
        Thread.sleep(5); // another time of writing, and other random ids: this process made some already
        build(f, null, b);

        Set<String> files = files(a);
        assertEquals(files, files(b));
        assertTrue(
                files.containsAll(Set.of("meta.json", "nl/segments_1", "nl/_0.si", "en/segments_1", "en/_0.si")),
                files::toString);
        assertFalse(files.stream().anyMatch(p -> p.endsWith(".cfs") || p.endsWith(".pil-tmp")), files::toString);
        // (a) Pil's own files, and the index's manifest (what each language and document was made from)
        for (String file : files) {
            if (file.equals(IndexLayout.META) || PIL_FILES.contains(name(file))) {
                assertSameBytes(a, b, file);
            }
        }
        assertSameManifest(a, b);
        // (b) the same documents, terms, postings, stored fields, doc values and norms
        for (String lang : List.of("nl", "en")) {
            assertEquals(IndexContents.of(a, lang), IndexContents.of(b, lang), lang);
            checkIndex(a, lang);
        }
        // (c) and every file byte for byte, Lucene's included
        assertEquals(files, identical(a, b, files), "files that differ between two builds of the same content");
    }

    @Test
    void twoUpdatesFromTheSamePreviousBuildAreTheSameByteForByteAndHoldWhatAFreshIndexHolds() throws Exception {
        ContentFixture f = content();
        Path previous = dir.resolve("previous");
        build(f, null, previous);
        Path a = copy(previous, dir.resolve("a"));
        Path b = copy(previous, dir.resolve("b"));

        // one leaflet edited (with a new word that splits another's compound), one removed
        f.leaflet("mri", "exam", "MRI-scan", "", "Een sterke magneet maakt beelden. Een biopsie is niet nodig.\n");
        Files.delete(f.root().resolve("echo/nl.md"));
        Files.delete(f.root().resolve("echo"));
        SearchIndexOutput first = build(f, a, a);
        Thread.sleep(5);
        SearchIndexOutput second = build(f, b, b);
        assertEquals(Set.of("nl"), first.updatedLanguages(), "updated document by document, not indexed afresh");
        assertEquals(Set.of("nl"), second.updatedLanguages());
        assertEquals(Set.of("en"), first.reusedLanguages());

        Set<String> files = files(a);
        assertEquals(files, files(b));
        assertEquals(files, identical(a, b, files), "files that differ between two updates of the same index");
        assertSameManifest(a, b);
        checkIndex(a, "nl");

        // a fresh build of the same content: other files (one segment, no deleted documents), the same live documents
        // and the same meta.json
        Path fresh = dir.resolve("fresh");
        build(f, null, fresh);
        for (String lang : List.of("nl", "en")) {
            assertEquals(IndexContents.live(fresh, lang), IndexContents.live(a, lang), lang);
        }
        assertSameBytes(fresh, a, IndexLayout.META);
        for (String file : files) {
            if (PIL_FILES.contains(name(file))) {
                assertSameBytes(fresh, a, file);
            }
        }
        assertSameManifest(fresh, a);
    }

    @Test
    void anUpdateThatChangesNoDocumentKeepsTheFilesOfThePreviousIndex() throws Exception {
        ContentFixture f = content();
        Path previous = dir.resolve("previous");
        build(f, null, previous);
        Path kept = copy(previous, dir.resolve("kept"));
        Path out = copy(previous, dir.resolve("out"));

        f.write("_search/synonyms-nl.txt", "uitzaaiingen, metastasen\nbuik, abdomen\n"); // asked for, not indexed
        assertEquals(Set.of("nl"), build(f, out, out).updatedLanguages());
        Set<String> lucene = files(kept).stream()
                .filter(p -> p.startsWith("nl/") && !PIL_FILES.contains(name(p)))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(
                lucene,
                files(out).stream()
                        .filter(p -> p.startsWith("nl/") && !PIL_FILES.contains(name(p)))
                        .collect(Collectors.toCollection(TreeSet::new)));
        assertEquals(lucene, identical(kept, out, lucene));
    }

    @Test
    void otherContentGetsAnotherBuildIdTheSameContentTheSame() throws Exception {
        ContentFixture f = content();
        Path a = dir.resolve("a");
        build(f, null, a);
        String before = buildId(a);
        build(f, a, a);
        assertEquals(before, buildId(a), "same content");
        f.translation("mri", "en", "MRI scan", "", "A strong magnet makes pictures.\n");
        build(f, a, a);
        assertNotEquals(before, buildId(a), "the service tells a rebuilt index by it");
    }

    /** The rewriting alone, on an index written outside Pil: the same seed gives the same bytes, another seed other ids. */
    @Test
    void rewritingGivesTheSameBytesForTheSameSeed() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Path c = dir.resolve("c");
        writeSmallIndex(index(a));
        Thread.sleep(5);
        writeSmallIndex(index(b));
        writeSmallIndex(index(c));
        Set<String> files = files(a);
        assertTrue(identical(a, b, files).size() < files.size(), "Lucene alone writes different bytes each time");

        ReproducibleIndex.rewrite(index(a), "seed", Set.of());
        ReproducibleIndex.rewrite(index(b), "seed", Set.of());
        ReproducibleIndex.rewrite(index(c), "another seed", Set.of());
        assertEquals(files, files(a));
        assertEquals(files, identical(a, b, files));
        for (Path index : List.of(index(a), index(c))) {
            try (FSDirectory d = FSDirectory.open(index)) {
                assertTrue(new CheckIndex(d).checkIndex().clean, index::toString);
            }
        }
        try (FSDirectory da = FSDirectory.open(index(a));
                FSDirectory dc = FSDirectory.open(index(c))) {
            byte[] idA = SegmentInfos.readLatestCommit(da).info(0).info.getId();
            byte[] idC = SegmentInfos.readLatestCommit(dc).info(0).info.getId();
            assertFalse(java.util.Arrays.equals(idA, idC), "the segment id depends on the seed");
            assertArrayEquals(ReproducibleIndex.derive("seed", "segment _0"), idA);
        }
        assertEquals(Set.of(), ReproducibleIndex.ids(dir.resolve("none")));
    }

    /** Where {@link #files} and {@link #identical} look for an index written outside Pil. */
    private static Path index(Path site) {
        return site.resolve(IndexLayout.FOLDER).resolve("index");
    }

    private static void writeSmallIndex(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (FSDirectory d = FSDirectory.open(folder);
                IndexWriter w = new IndexWriter(
                        d, ReproducibleIndex.configure(new IndexWriterConfig(new StandardAnalyzer())))) {
            for (int i = 0; i < 30; i++) {
                Document doc = new Document();
                doc.add(new StringField("id", "doc" + i, Field.Store.YES));
                doc.add(new TextField("body", "word" + (i % 7) + " common text number " + i, Field.Store.YES));
                w.addDocument(doc);
            }
            w.forceMerge(1);
            w.commit();
        }
    }

    // --- helpers

    private static String buildId(Path site) throws IOException {
        return new ObjectMapper()
                .readTree(site.resolve(IndexLayout.FOLDER)
                        .resolve(IndexLayout.META)
                        .toFile())
                .path("build")
                .asText();
    }

    private static String name(String relative) {
        return relative.substring(relative.lastIndexOf('/') + 1);
    }

    /** The files of {@code site}'s {@code _search/}, relative to it. */
    private static Set<String> files(Path site) throws IOException {
        Path root = site.resolve(IndexLayout.FOLDER);
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** Those of {@code files} whose bytes are the same in both sites. */
    private static Set<String> identical(Path a, Path b, Set<String> files) {
        return files.stream()
                .filter(file -> {
                    try {
                        return java.util.Arrays.equals(bytes(a, file), bytes(b, file));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static byte[] bytes(Path site, String file) throws IOException {
        return Files.readAllBytes(site.resolve(IndexLayout.FOLDER).resolve(file));
    }

    private static void assertSameBytes(Path a, Path b, String file) throws IOException {
        assertArrayEquals(bytes(a, file), bytes(b, file), file);
    }

    private static void assertSameManifest(Path a, Path b) throws IOException {
        Path manifestA = Manifest.file(a, SearchIndexOutput.MANIFEST);
        assertTrue(Files.isRegularFile(manifestA), manifestA::toString);
        assertArrayEquals(
                Files.readAllBytes(manifestA),
                Files.readAllBytes(Manifest.file(b, SearchIndexOutput.MANIFEST)),
                "the index's manifest");
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target); // a real copy: nothing shared with the previous build
                }
            }
        }
        return to;
    }

    private static void checkIndex(Path site, String lang) throws IOException {
        try (FSDirectory d = FSDirectory.open(site.resolve(IndexLayout.FOLDER).resolve(lang))) {
            CheckIndex.Status status = new CheckIndex(d).checkIndex();
            assertTrue(status.clean, site + " " + lang);
        }
    }
}
