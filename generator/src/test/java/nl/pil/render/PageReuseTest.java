package nl.pil.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.pil.ContentFixture;
import nl.pil.cache.Manifest;
import nl.pil.compile.BuildResult;
import nl.pil.compile.Compiler;
import nl.pil.output.Output;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second build takes over every web page whose inputs did not change and rewrites exactly the others. */
class PageReuseTest {
    @TempDir
    Path dir;

    private ContentFixture site() {
        return new ContentFixture(dir)
                .leaflet("ct", "exam", "CT-scan", "related: [mri]", "Voorbereiding.\n\n[[mri]]\n")
                .translation("ct", "en", "CT scan", "", "Preparation.\n\nSee [the MRI](mri).\n")
                .leaflet("mri", "exam", "MRI-scan", "", "Een sterke magneet.\n")
                .leaflet("echo", "exam", "Echo", "", "Geluidsgolven.\n")
                .leaflet("liver", "condition", "Levermetastasen", "", "Zie [de echo](echo).\n")
                .stampTranslations();
    }

    /** Builds and answers which leaflet pages were rendered afresh (not hard links to the previous build's files). */
    private Set<String> build(ContentFixture f) throws IOException {
        return build(f, null);
    }

    /** @param session a watching process's, or {@code null} for a build that runs once */
    private Set<String> build(ContentFixture f, nl.pil.compile.BuildSession session) throws IOException {
        Set<Object> before = new java.util.HashSet<>();
        for (Path page : pages(f.output())) {
            before.add(inode(page));
        }
        Compiler compiler = new Compiler(f.options(), nl.pil.output.Progress.NONE, session);
        BuildResult result = compiler.build();
        assertTrue(result.published(), result.diagnostics()::toString);
        Set<String> written = new TreeSet<>();
        for (Path page : pages(f.output())) {
            if (!before.contains(inode(page))) {
                written.add(f.output().relativize(page.getParent()).toString().replace('\\', '/'));
            }
        }
        Output.Counts counts = compiler.outputs().stream()
                .filter(o -> o.name().equals("html"))
                .findFirst()
                .orElseThrow()
                .counts();
        assertEquals(written.size(), counts.written(), "the count agrees with the files: " + written);
        assertEquals(pages(f.output()).size(), counts.total());
        return written;
    }

    private static List<Path> pages(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(p -> p.getFileName().toString().equals("index.html")
                            && p.getNameCount() - out.getNameCount() == 3)
                    // the site's own pages in every language (search, A–Z, departments): not leaflet pages
                    .filter(p -> !nl.pil.model.Leaflet.RESERVED_IDS.contains(
                            p.getParent().getFileName().toString()))
                    .sorted()
                    .toList();
        }
    }

    private static Object inode(Path file) throws IOException {
        Object key = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class)
                .fileKey();
        return key != null ? key : file + "@" + Files.getLastModifiedTime(file).toMillis() + "#" + Files.size(file);
    }

    @Test
    void onlyPagesThatDependOnAnEditAreWrittenAgain() throws IOException {
        ContentFixture f = site();
        assertEquals(Set.of("nl/ct", "en/ct", "nl/mri", "nl/echo", "nl/liver"), build(f));
        assertEquals(Set.of(), build(f), "nothing changed, nothing is rendered");

        // a body edit touches the leaflet's own page only: cards show title and summary
        append(f, "mri/nl.md", "\nNieuwe alinea.\n");
        assertEquals(Set.of("nl/mri"), build(f));
        assertTrue(f.read("nl/mri/index.html").contains("Nieuwe alinea."));

        // a new title: every page that shows the MRI's card or links to it, in every language
        replace(f, "mri/nl.md", "title: MRI-scan", "title: MRI van het hoofd");
        assertEquals(Set.of("nl/mri", "nl/ct", "en/ct"), build(f));
        assertTrue(f.read("nl/ct/index.html").contains("MRI van het hoofd"), "the card shows the new title");

        // a translation of the source file: the leaflet's pages in every language (the Dutch page's language switch)
        replace(f, "ct/en.md", "Preparation.", "How to prepare.");
        assertEquals(Set.of("en/ct"), build(f));
        replace(f, "ct/nl.md", "Voorbereiding.", "Voorbereiding: niet eten.");
        assertEquals(Set.of("nl/ct", "en/ct"), build(f), "the English page now says it is outdated");
        assertTrue(f.read("en/ct/index.html").contains("made from an earlier version of the Dutch text"));

        // a new translation: the leaflet's pages (language switch); the liver leaflet has no English page that links
        // it.
        // Stamping also marks the English CT text as current again: its page loses the note.
        f.translation("echo", "en", "Ultrasound", "", "Sound waves.\n").stampTranslations();
        assertEquals(Set.of("nl/echo", "en/echo", "en/ct"), build(f));
        assertTrue(!f.read("en/ct/index.html").contains("made from an earlier version"));

        // site.yaml is on every page
        f.write("site.yaml", ContentFixture.SITE_YAML.replace("Testziekenhuis", "Proefziekenhuis"));
        assertEquals(Set.of("nl/ct", "en/ct", "nl/mri", "nl/echo", "en/echo", "nl/liver"), build(f));
    }

    @Test
    void aDamagedOrMissingCacheOnlyCostsTime() throws IOException {
        ContentFixture f = site();
        build(f);
        Files.writeString(Manifest.file(f.output(), HtmlOutput.MANIFEST), "nl/ct/\tnot-a-hash\n\u0000\tx\n");
        assertEquals(5, build(f).size());
        Files.delete(Manifest.file(f.output(), HtmlOutput.MANIFEST));
        assertEquals(5, build(f).size());
        assertEquals(0, build(f).size());
        // a page deleted from the previous output by hand is written again
        Files.delete(f.output().resolve("nl/echo/index.html"));
        assertEquals(Set.of("nl/echo"), build(f));
    }

    @Test
    void siteWidePagesAreWrittenAgainOnlyWhenWhatTheyShowChanged() throws IOException {
        ContentFixture f = site();
        build(f);
        Set<String> all = sitePages(f.output()).keySet();
        assertTrue(
                all.containsAll(Set.of("index.html", "nl/a-z/index.html", "en/index.html", "404.html")), all::toString);
        assertEquals(Set.of(), rewrittenSitePages(f), "nothing changed");

        append(f, "mri/nl.md", "\nNieuwe alinea.\n");
        assertEquals(Set.of(), rewrittenSitePages(f), "a body is on no site-wide page");
        assertEquals(0, lastSiteWideModels, "nothing a site-wide page shows changed: no model was made");

        replace(f, "mri/nl.md", "title: MRI-scan", "title: MRI van het hoofd");
        Set<String> rewritten = rewrittenSitePages(f);
        assertTrue(rewritten.containsAll(Set.of("nl/index.html", "nl/a-z/index.html")), rewritten::toString);
        for (String page : all) {
            if (f.read(page).contains("MRI van het hoofd")) {
                assertTrue(rewritten.contains(page), page + " shows the new title, so it was written again");
            }
        }
        assertTrue(lastSiteWideModels > 0);

        // not on a card: which departments list a leaflet
        replace(f, "mri/nl.md", "department: radiology", "department: [radiology, surgery]");
        rewritten = rewrittenSitePages(f);
        assertTrue(rewritten.contains("nl/departments/surgery/index.html"), rewritten::toString);
        assertTrue(f.read("nl/departments/surgery/index.html").contains("MRI van het hoofd"));

        f.write("site.yaml", ContentFixture.SITE_YAML.replace("Testziekenhuis", "Proefziekenhuis"));
        Set<String> html = new TreeSet<>(all);
        html.remove("sitemap.xml"); // addresses only: the hospital's name is not in it
        assertEquals(html, rewrittenSitePages(f), "site.yaml is on every page");

        f.leaflet("pet", "exam", "PET-scan", "", "Radioactieve suiker.\n");
        assertTrue(rewrittenSitePages(f).contains("sitemap.xml"), "a new page is in the sitemap");
    }

    /**
     * A watching process knows a card it made by the files it was made from ({@link KnownCards}): a translation's card
     * shows what the translation inherits from its source-language file, so a change there alone makes it again.
     */
    @Test
    void aWatchingProcessMakesACardAgainWhenTheFileItInheritsFromChanges() throws IOException {
        ContentFixture f = site().translation("mri", "en", "MRI scan", "", "A strong magnet.\n");
        try (nl.pil.compile.BuildSession session = new nl.pil.compile.BuildSession()) {
            Compiler first = new Compiler(f.options(), nl.pil.output.Progress.NONE, session);
            assertTrue(first.build().published());
            String code = "T-" + Math.abs("mri".hashCode() % 10000);
            assertTrue(f.read("en/ct/index.html").contains(code), "the English card of the MRI shows its code");

            replace(f, "mri/nl.md", "code: " + code, "code: T-4242"); // the English file has no code of its own
            assertEquals(Set.of("nl/mri", "en/mri", "en/ct", "nl/ct"), build(f, session));
            assertTrue(f.read("en/ct/index.html").contains("T-4242"), "shows the inherited code");
        }
    }

    private int lastSiteWideModels; // site-wide pages whose model the last build of rewrittenSitePages made

    /** Builds; the site-wide pages that were written afresh, each checked against a clean build's page. */
    private Set<String> rewrittenSitePages(ContentFixture f) throws IOException {
        Map<String, Object> before = sitePages(f.output());
        Compiler compiler = new Compiler(f.options());
        assertTrue(compiler.build().published());
        lastSiteWideModels = compiler.outputs().stream()
                .filter(o -> o instanceof HtmlOutput)
                .map(o -> ((HtmlOutput) o).siteWideModels())
                .findFirst()
                .orElseThrow();
        Map<String, Object> after = sitePages(f.output());
        Path clean = dir.resolve("clean-" + System.nanoTime());
        BuildResult fresh = new Compiler(new nl.pil.compile.BuildOptions(
                        f.root(), List.of(), clean, ContentFixture.TODAY, Set.of("html", "index"), true, List.of()))
                .build();
        assertTrue(fresh.published());
        Set<String> rewritten = new TreeSet<>();
        for (String page : after.keySet()) {
            assertEquals(
                    Files.readString(clean.resolve(page)),
                    Files.readString(f.output().resolve(page)),
                    page + " is what a clean build writes");
            if (!after.get(page).equals(before.get(page))) {
                rewritten.add(page);
            }
        }
        return rewritten;
    }

    /** The site's own pages (not leaflet pages) and the sitemap, by path, with the identity of their file. */
    private static Map<String, Object> sitePages(Path out) throws IOException {
        Set<Path> leafletPages = new java.util.HashSet<>(pages(out));
        Map<String, Object> found = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.filter(p -> p.toString().endsWith(".html") || p.endsWith("sitemap.xml"))
                    .filter(p -> !leafletPages.contains(p))
                    .filter(p -> !out.relativize(p).startsWith(".pil"))
                    .toList()) {
                found.put(out.relativize(p).toString().replace('\\', '/'), inode(p));
            }
        }
        return found;
    }

    private static void append(ContentFixture f, String file, String text) throws IOException {
        f.write(file, Files.readString(f.root().resolve(file)) + text);
    }

    private static void replace(ContentFixture f, String file, String from, String to) throws IOException {
        String before = Files.readString(f.root().resolve(file));
        assertTrue(before.contains(from), file + " contains " + from);
        f.write(file, before.replace(from, to));
    }
}
