package nl.pil.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import nl.pil.link.LinkedSite;
import nl.pil.link.Page;
import nl.pil.model.Diagnostics;
import nl.pil.model.FrontMatter;
import nl.pil.model.SourcePosition;
import nl.pil.render.Output;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Version;

/**
 * Writes the patient search index into {@code _search/}: one Lucene index per language (each with its own
 * analysis chain), the compound dictionary and synonyms it was built with, and {@code meta.json}, so the
 * search service needs nothing but the built site.
 */
public final class SearchIndexOutput implements Output {
    static final String FINGERPRINT = "fingerprint.txt";

    private final Path previousSite;
    private final java.util.Set<String> reused = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** @param previousSite the site of the previous build, whose index of a language is reused when nothing in it changed */
    public SearchIndexOutput(Path previousSite) {
        this.previousSite = previousSite;
    }

    public SearchIndexOutput() {
        this(null);
    }

    /** Languages whose index was taken over from the previous build in the last render. */
    public java.util.Set<String> reusedLanguages() {
        return java.util.Set.copyOf(reused);
    }

    public static final String FOLDER = "_search";
    public static final String META = "meta.json";
    static final String COMPOUNDS = "compounds.txt";
    static final String SYNONYMS = "synonyms.txt";

    @Override
    public String name() {
        return "index";
    }

    @Override
    public void render(LinkedSite site, Path out, Diagnostics diagnostics, nl.pil.build.Progress progress) throws IOException {
        reused.clear();
        Path root = out.resolve(FOLDER);
        Files.createDirectories(root);
        List<String> languages = site.site().languages().stream().filter(lang -> !site.pagesIn(lang).isEmpty()).toList();
        // synonyms first, in order, so their diagnostics do not depend on thread timing
        Map<String, String> synonyms = new LinkedHashMap<>();
        for (String lang : languages) {
            synonyms.put(lang, synonymsOf(site, lang, diagnostics));
        }
        // one index per language: independent, so they are built side by side
        try {
            languages.parallelStream().forEach(lang -> {
                try {
                    writeLanguage(site, lang, root.resolve(lang), synonyms.get(lang));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("format", 1);
        meta.put("analyzers", SearchAnalyzers.VERSION);
        meta.put("lucene", Version.LATEST.toString());
        meta.put("sourceLanguage", site.site().sourceLanguage());
        meta.put("languages", languages);
        String basePath = site.site().baseUrl().getPath();
        meta.put("basePath", basePath.endsWith("/") ? basePath : basePath + "/");
        meta.put("build", Long.toHexString(System.nanoTime()) + "-" + site.allPages().size());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(root.resolve(META).toFile(), meta);
    }

    private void writeLanguage(LinkedSite site, String lang, Path folder, String synonyms) throws IOException {
        Files.createDirectories(folder);
        List<IndexedLeaflet> docs = site.pagesIn(lang).stream().map(IndexedLeaflet::of).toList();
        List<String> extra = SearchAnalyzers.splitsCompounds(lang) ? extraWords(site, lang) : List.of();
        String fingerprint = fingerprint(lang, docs, synonyms, extra);
        if (reusePrevious(lang, folder, fingerprint)) {
            reused.add(lang);
            return;
        }
        Files.writeString(folder.resolve(SYNONYMS), synonyms, StandardCharsets.UTF_8);
        CharArraySet compounds = null;
        if (SearchAnalyzers.splitsCompounds(lang)) {
            TreeSet<String> words = vocabulary(docs);
            words.addAll(extra);
            Files.write(folder.resolve(COMPOUNDS), words, StandardCharsets.UTF_8);
            compounds = SearchAnalyzers.compoundParts(words);
        }
        write(folder, docs, SearchAnalyzers.perField(SearchAnalyzers.text(lang, compounds)));
        Files.writeString(folder.resolve(FINGERPRINT), fingerprint, StandardCharsets.UTF_8);
    }

    /**
     * Everything a language's index is made from: when the previous build's index has the same fingerprint,
     * its files are taken over (hard links) instead of indexing again.
     */
    private static String fingerprint(String lang, List<IndexedLeaflet> docs, String synonyms, List<String> extra) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            java.util.function.Consumer<String> add = text -> {
                byte[] bytes = (text == null ? "\u0000" : text).getBytes(StandardCharsets.UTF_8);
                sha.update(java.nio.ByteBuffer.allocate(4).putInt(bytes.length).array());
                sha.update(bytes);
            };
            add.accept("analyzers " + SearchAnalyzers.VERSION + " lucene " + Version.LATEST + " format 1 " + lang);
            add.accept(synonyms);
            add.accept(String.join("\n", extra));
            for (IndexedLeaflet l : docs) {
                FrontMatter meta = l.page().meta();
                for (String part : List.of(l.page().id(), l.page().path(), meta.type().key(), String.valueOf(meta.department()),
                        String.valueOf(meta.code()), meta.title(), meta.summary(), String.join("\n", meta.keywords()),
                        String.join("\n", l.headings()), l.bodyText())) {
                    add.accept(part);
                }
            }
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean reusePrevious(String lang, Path folder, String fingerprint) throws IOException {
        if (previousSite == null) {
            return false;
        }
        Path previous = previousSite.resolve(FOLDER).resolve(lang);
        Path mark = previous.resolve(FINGERPRINT);
        if (!Files.isRegularFile(mark) || !Files.readString(mark, StandardCharsets.UTF_8).equals(fingerprint)) {
            return false;
        }
        List<Path> files;
        try (java.util.stream.Stream<Path> list = Files.list(previous)) {
            files = list.filter(Files::isRegularFile).toList();
        }
        try {
            for (Path file : files) {
                Path target = folder.resolve(file.getFileName().toString());
                try {
                    Files.createLink(target, file);
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return true;
        } catch (IOException e) {
            // the previous site changed under us: index afresh
            try (java.util.stream.Stream<Path> list = Files.list(folder)) {
                for (Path p : list.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            return false;
        }
    }

    private static void write(Path folder, List<IndexedLeaflet> docs, Analyzer analyzer) throws IOException {
        FacetsConfig facets = new FacetsConfig();
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        try (FSDirectory dir = FSDirectory.open(folder); IndexWriter writer = new IndexWriter(dir, config)) {
            for (IndexedLeaflet leaflet : docs) {
                writer.addDocument(facets.build(document(leaflet)));
            }
            writer.forceMerge(1);
            writer.commit();
        }
    }

    private static Document document(IndexedLeaflet l) {
        Page page = l.page();
        FrontMatter meta = page.meta();
        Document doc = new Document();
        doc.add(new StringField(SearchFields.ID, page.id(), Field.Store.YES));
        doc.add(new StringField(SearchFields.LANG, page.lang(), Field.Store.YES));
        doc.add(new StringField(SearchFields.TYPE, meta.type().key(), Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(SearchFields.TYPE, meta.type().key()));
        if (meta.department() != null) {
            doc.add(new StringField(SearchFields.DEPARTMENT, meta.department(), Field.Store.YES));
            doc.add(new SortedSetDocValuesFacetField(SearchFields.DEPARTMENT, meta.department()));
        }
        if (meta.code() != null) {
            doc.add(new StringField(SearchFields.CODE, normalizeCode(meta.code()), Field.Store.YES));
        }
        doc.add(new StoredField(SearchFields.URL, page.path()));
        doc.add(new TextField(SearchFields.TITLE, meta.title(), Field.Store.YES));
        doc.add(new TextField(SearchFields.SUMMARY, meta.summary(), Field.Store.YES));
        doc.add(new TextField(SearchFields.HEADINGS, String.join("\n", l.headings()), Field.Store.NO));
        doc.add(new TextField(SearchFields.BODY, l.bodyText(), Field.Store.YES));
        doc.add(new TextField(SearchFields.KEYWORDS, String.join("\n", meta.keywords()), Field.Store.NO));
        doc.add(new TextField(SearchFields.SPELL, meta.title() + "\n" + String.join("\n", meta.keywords()) + "\n"
                + String.join("\n", l.headings()) + "\n" + l.bodyText(), Field.Store.NO));
        doc.add(new TextField(SearchFields.SUGGEST, meta.title(), Field.Store.NO));
        return doc;
    }

    /** Leaflet codes match however a patient types them: "lng 092", "LNG-092", "lng092". */
    public static String normalizeCode(String code) {
        return code.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    private static TreeSet<String> vocabulary(List<IndexedLeaflet> docs) throws IOException {
        TreeSet<String> words = new TreeSet<>();
        try (Analyzer analyzer = SearchAnalyzers.words()) {
            for (IndexedLeaflet l : docs) {
                String text = l.page().meta().title() + "\n" + l.page().meta().summary() + "\n"
                        + String.join("\n", l.page().meta().keywords()) + "\n" + l.bodyText();
                try (TokenStream ts = analyzer.tokenStream(SearchFields.SPELL, new StringReader(text))) {
                    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                    ts.reset();
                    while (ts.incrementToken()) {
                        if (term.length() >= SearchAnalyzers.MIN_COMPOUND_PART && term.chars().allMatch(Character::isLetter)) {
                            words.add(term.toString());
                        }
                    }
                    ts.end();
                }
            }
        }
        return words;
    }

    /** Writers' own word list ({@code content/_search/words-<lang>.txt}) adds compound parts the content lacks. */
    private static List<String> extraWords(LinkedSite site, String lang) throws IOException {
        Path file = site.content().root().resolve(FOLDER).resolve("words-" + lang + ".txt");
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(s -> !s.isEmpty() && !s.startsWith("#")).map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }

    /** {@code content/_search/synonyms-<lang>.txt}, checked here so a bad rule is reported at its line. */
    private static String synonymsOf(LinkedSite site, String lang, Diagnostics diagnostics) throws IOException {
        Path file = site.content().root().resolve(FOLDER).resolve("synonyms-" + lang + ".txt");
        if (!Files.isRegularFile(file)) {
            return "";
        }
        String rules = Files.readString(file, StandardCharsets.UTF_8);
        String display = Path.of("").toAbsolutePath().relativize(file.toAbsolutePath()).toString();
        String[] lines = rules.split("\n", -1);
        StringBuilder valid = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            try {
                SearchAnalyzers.synonyms(lang, lines[i]);
                valid.append(lines[i]).append('\n');
            } catch (java.text.ParseException | RuntimeException e) {
                diagnostics.error(new SourcePosition(display, i + 1, 1), "invalid synonym rule: " + rootMessage(e),
                        "write words that mean the same separated by commas, e.g. 'uitzaaiingen, metastasen'");
            }
        }
        return valid.toString();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
