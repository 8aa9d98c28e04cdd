package nl.pil.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.pil.cache.FileLinks;
import nl.pil.cache.Fingerprint;
import nl.pil.cache.Manifest;
import nl.pil.i18n.Messages;
import nl.pil.link.Page;
import nl.pil.link.Site;
import nl.pil.model.Bundle;
import nl.pil.model.Diagnostics;
import nl.pil.model.FrontMatter;
import nl.pil.model.LeafletType;
import nl.pil.model.SearchFiles;
import nl.pil.output.Output;
import nl.pil.output.Progress;
import nl.pil.render.RenderContext;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.Version;

/**
 * Writes the patient search index into {@code _search/}: one Lucene index per language (each with its own
 * analysis chain), the compound dictionary and synonyms it was built with, and {@code meta.json}, so the
 * search service needs nothing but the built site. With the web pages it also writes the texts the service formats
 * its answers with ({@link IndexLayout#texts}, from the context's interface text), which the service uses also when
 * the site has no index.
 *
 * <p>Builds reuse the previous build's index of a language: unchanged, it is taken over whole (hard links); when
 * only some leaflets changed and the compound dictionary stayed the same, a copy of it is updated document by
 * document. The index's {@link Manifest} ({@value #MANIFEST}) records what each language and each document was made
 * from; it sits with the other manifests in the output folder, not in {@code _search/}, which holds only what the
 * search service reads. A fresh index is one segment sorted by leaflet id; an update adds a small segment of the changed
 * documents and marks the replaced ones deleted, leaving merges to the merge policy (and to a share of deleted
 * documents, {@link #MAX_DELETED_SHARE}), so it costs what changed. The searcher breaks ties by leaflet id, so an
 * updated index returns what a fresh one does, in the same order; its scores differ by the deleted documents' share in
 * the statistics.
 */
public final class SearchIndexOutput implements Output<RenderContext> {
    /**
     * Bump when documents change in a way the per-document fingerprint would not notice, or the files of the index
     * are written differently (3: no compound files, {@link ReproducibleIndex reproducible}; 4: a document per
     * section; 5: the summary in the spelling field, whose words are the compound dictionary's).
     */
    static final int FORMAT = 5;
    /** The name of the index's manifest: per language ({@code nl}) and per document ({@code nl/ct}) a fingerprint. */
    static final String MANIFEST = "index";
    /** More dictionary changes than this and a language is indexed afresh. */
    static final int MAX_CHANGED_WORDS = 500;
    /**
     * The share of replaced (deleted) documents an updated index may keep before it is merged into one segment again.
     * Lucene counts them in the scores' statistics until a merge drops them; the searcher counts them out
     * ({@link LiveStatistics}) but for the fields' average lengths, which it only estimates: the share bounds that
     * error and the index's dead weight. At 2,000 leaflets some 200 leaflets' edits pile up before a merge.
     */
    static final double MAX_DELETED_SHARE = 0.10;

    private final boolean index;
    private final boolean texts;
    private final double maxDeletedShare;
    private Path previousSite; // of the render under way: the context's previous output
    private final Set<String> reused = ConcurrentHashMap.newKeySet();

    /**
     * @param index whether to write the index (format {@code index}); the index of a language is taken over from the
     *              context's previous output when nothing in it changed
     * @param texts whether to write the search texts (with the web pages, format {@code html})
     */
    public SearchIndexOutput(boolean index, boolean texts) {
        this(index, texts, MAX_DELETED_SHARE);
    }

    /** @param maxDeletedShare see {@link #MAX_DELETED_SHARE}; tests raise it to keep an update's segments apart */
    SearchIndexOutput(boolean index, boolean texts, double maxDeletedShare) {
        this(index, texts, maxDeletedShare, Runtime.getRuntime().maxMemory() / HEAP_SHARE);
    }

    /**
     * @param heldPlainText how much of a language's documents (their plain text, estimated in bytes) is held between
     *                      the passes over them; the rest is made again from its page when read
     */
    SearchIndexOutput(boolean index, boolean texts, double maxDeletedShare, long heldPlainText) {
        if (!index && !texts) {
            throw new IllegalArgumentException("neither the index nor the search texts");
        }
        this.index = index;
        this.texts = texts;
        this.maxDeletedShare = maxDeletedShare;
        this.heldPlainText = heldPlainText;
    }

    /**
     * A language's documents are read in three passes (fingerprints, the compound dictionary, the writer). Holding all
     * of them in between took 1 GB at 20,000 × 2 (their text and their sections' text), so each language holds those
     * that fit in a 16th of the heap the JVM may use (the two languages' indexes are written side by side) and makes
     * the others again from their pages. The first ones made are the ones held: every pass goes through them in order.
     */
    static final int HEAP_SHARE = 16;

    private final long heldPlainText;

    /** The index and the search texts. */
    public SearchIndexOutput() {
        this(true, true);
    }

    private final Set<String> updated = ConcurrentHashMap.newKeySet();

    private final Map<String, Integer> tokenised = new ConcurrentHashMap<>();

    private final Map<String, Integer> madePlain = new ConcurrentHashMap<>();

    /** Per language, how many pages the last render made plain text of ({@link IndexedLeaflet}): the changed ones. */
    public Map<String, Integer> plainTextLeaflets() {
        return Map.copyOf(madePlain);
    }

    /** Per language, how many leaflets the last render tokenised for the compound dictionary (Dutch only). */
    public Map<String, Integer> tokenisedLeaflets() {
        return Map.copyOf(tokenised);
    }

    /** Languages whose index was taken over from the previous build in the last render. */
    public Set<String> reusedLanguages() {
        return Set.copyOf(reused);
    }

    /** Languages whose previous index was updated document by document in the last render (not built afresh). */
    public Set<String> updatedLanguages() {
        return Set.copyOf(updated);
    }

    @Override
    public String name() {
        return index ? "index" : "search texts";
    }

    /** Without the index, the search texts are written with the web pages. */
    @Override
    public String format() {
        return index ? "index" : "html";
    }

    /** One step per leaflet page indexed (or taken over from the previous index). */
    @Override
    public int steps(Site site) {
        return index ? site.allPages().size() : 0;
    }

    @Override
    public void render(RenderContext context, Path out, Diagnostics diagnostics, Progress progress) throws IOException {
        reused.clear();
        updated.clear();
        tokenised.clear();
        madePlain.clear();
        if (texts) {
            for (String lang : context.site().settings().languages()) {
                writeTexts(context.messages(lang), IndexLayout.texts(out, lang));
            }
        }
        if (index) {
            previousSite = context.previousOutput();
            writeIndex(context.site(), out, progress);
        }
    }

    /** The search and home texts and the leaflet types' names, sorted, without the timestamp Properties.store adds. */
    private static void writeTexts(Messages messages, Path file) throws IOException {
        Properties texts = new Properties();
        texts.putAll(messages.patterns("search."));
        texts.putAll(messages.patterns("home."));
        for (LeafletType type : LeafletType.values()) {
            texts.put("type." + type.key(), messages.get("type." + type.key()));
        }
        texts.put("type." + Bundle.KIND, messages.get("bundle.kind"));
        Files.createDirectories(file.getParent());
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String key : new TreeSet<>(texts.stringPropertyNames())) {
                writer.write(
                        key + "=" + texts.getProperty(key).replace("\\", "\\\\").replace("\n", "\\n") + "\n");
            }
        }
    }

    private void writeIndex(Site site, Path out, Progress progress) throws IOException {
        Manifest previous = Manifest.read(previousSite, MANIFEST, version());
        Manifest next = new Manifest(MANIFEST, version());
        Path root = out.resolve(IndexLayout.FOLDER);
        Files.createDirectories(root);
        List<String> languages = site.settings().languages().stream()
                .filter(lang -> !site.pagesIn(lang).isEmpty())
                .toList();
        // the rules the check stage accepted (it stops the build on any other)
        Map<String, String> synonyms = new LinkedHashMap<>();
        for (String lang : languages) {
            synonyms.put(lang, SynonymRules.rules(site.content(), lang));
        }
        // one index per language: independent, so they are built side by side
        Map<String, String> fingerprints = new ConcurrentHashMap<>();
        try {
            languages.parallelStream().forEach(lang -> {
                try {
                    fingerprints.put(
                            lang, writeLanguage(site, lang, root.resolve(lang), synonyms.get(lang), previous, next));
                    site.pagesIn(lang).forEach(page -> progress.step(name()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("format", FORMAT);
        meta.put("analyzers", SearchAnalyzers.VERSION);
        meta.put("lucene", Version.LATEST.toString());
        meta.put("sourceLanguage", site.settings().sourceLanguage());
        meta.put("languages", languages);
        String basePath = site.settings().baseUrl().getPath();
        meta.put("basePath", basePath.endsWith("/") ? basePath : basePath + "/");
        meta.put("build", buildId(meta, languages, fingerprints));
        new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(root.resolve(IndexLayout.META).toFile(), meta);
        next.write(out);
    }

    /**
     * What the service tells one index from another by: a hash of everything in {@code meta.json} and of each
     * language's fingerprint, so the same content gives the same id (no clock) and other content another.
     */
    private static String buildId(Map<String, Object> meta, List<String> languages, Map<String, String> fingerprints) {
        Fingerprint id = Fingerprint.start();
        meta.forEach((key, value) -> id.add(key).add(String.valueOf(value)));
        for (String lang : languages) {
            id.add(lang).add(fingerprints.get(lang));
        }
        return id.hex();
    }

    /** Writes (or takes over) the index of {@code lang} and records it in {@code next}; returns its fingerprint. */
    private String writeLanguage(Site site, String lang, Path folder, String synonyms, Manifest previous, Manifest next)
            throws IOException {
        Files.createDirectories(folder);
        // the leaflet pages, then the care-path packets (small, made at once: they have no body to parse)
        List<IndexedLeaflet> packets = new ArrayList<>();
        for (Bundle bundle : site.content().bundles()) {
            if (bundle.languages(site.settings().languages()).contains(lang)) {
                packets.add(IndexedLeaflet.of(bundle, lang, site));
            }
        }
        Leaflets docs = new Leaflets(site.pagesIn(lang), packets, site, heldPlainText);
        List<String> extra = SearchAnalyzers.splitsCompounds(lang)
                ? extraWords(site.content().searchFiles(), lang)
                : List.of();
        Map<String, String> keys = new TreeMap<>();
        Map<String, String> inputs = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            Page page = docs.page(i);
            if (page == null) {
                keys.put(docs.id(i), documentFingerprint(docs.get(i))); // a packet
                continue;
            }
            String in = inputs(page, site);
            inputs.put(page.id(), in);
            // the same file and front matter as the document the previous index holds: its fingerprint, unparsed
            String known = previous.get(documentKey(lang, page.id()))
                    .filter(e -> in.equals(e.extra(INPUTS, String.class).orElse(null)))
                    .map(Manifest.Entry::fingerprint)
                    .orElse(null);
            keys.put(page.id(), known != null ? known : documentFingerprint(docs.get(i)));
        }
        String fingerprint = fingerprint(lang, keys, synonyms, extra);
        if (reusePrevious(lang, folder, fingerprint, previous)) {
            reused.add(lang);
            madePlain.put(lang, docs.made());
            record(next, lang, fingerprint, keys, inputs);
            return fingerprint;
        }
        Files.writeString(folder.resolve(IndexLayout.SYNONYMS), synonyms, StandardCharsets.UTF_8);
        CharArraySet compounds = null;
        List<String> words = List.of();
        Vocabulary.Resplit resplit = changed -> Set.of();
        if (SearchAnalyzers.splitsCompounds(lang)) {
            // from the previous index and the changed leaflets when there is one: tokenising every leaflet again
            // was most of an update's time
            Vocabulary vocabulary = previousVocabulary(lang, docs, keys, previous);
            if (vocabulary == null) {
                vocabulary = vocabulary(docs.all());
                tokenised.put(lang, docs.size());
            }
            TreeSet<String> all = vocabulary.words();
            all.addAll(extra);
            words = List.copyOf(all);
            resplit = vocabulary.resplit();
            compounds = SearchAnalyzers.compoundParts(all);
        }
        Analyzer analyzer = SearchAnalyzers.perField(SearchAnalyzers.indexText(lang, compounds));
        if (updatePrevious(lang, folder, docs, keys, words, resplit, analyzer, fingerprint, previous)) {
            updated.add(lang);
        } else {
            write(folder, docs.all(), analyzer, fingerprint);
        }
        if (SearchAnalyzers.splitsCompounds(lang)) {
            Files.write(folder.resolve(IndexLayout.COMPOUNDS), words, StandardCharsets.UTF_8);
        }
        record(next, lang, fingerprint, keys, inputs);
        madePlain.put(lang, docs.made());
        return fingerprint;
    }

    /** The extra of a document's manifest entry: {@link #inputs}. */
    private static final String INPUTS = "inputs";

    /**
     * What a document is made from, known without parsing its body: Pil itself, the file's text (its body gives the
     * headings, text and sections), the page's front matter as it reads (a translation's comes partly from the source
     * file), its address and the names of its people and departments. The same inputs, the same document: its
     * fingerprint is taken from the previous manifest, and the body is not made plain text again.
     */
    private static String inputs(Page page, Site site) {
        FrontMatter meta = page.meta();
        Fingerprint inputs = Fingerprint.start().addPil();
        for (String part : List.of(
                page.translation().fingerprint(),
                page.id(),
                page.path(),
                meta.type().key(),
                String.join(",", meta.departments()),
                String.valueOf(meta.code()),
                meta.title(),
                meta.summary(),
                String.join("\n", meta.keywords()),
                IndexedLeaflet.people(page, site))) {
            inputs.add(part);
        }
        return inputs.hex();
    }

    /**
     * The documents of a language: its pages, each made plain text ({@link IndexedLeaflet}) only when asked for, once;
     * then its care-path packets, made already.
     */
    private static final class Leaflets {
        private final List<Page> pages;
        private final Site site;
        private final IndexedLeaflet[] held;
        private final BitSet made = new BitSet(); // pages made plain text, held or not
        private final long limit;
        private long heldBytes;

        Leaflets(List<Page> pages, List<IndexedLeaflet> packets, Site site, long limit) {
            this.pages = List.copyOf(pages);
            this.site = site;
            this.limit = limit;
            this.held = new IndexedLeaflet[pages.size() + packets.size()];
            for (int i = 0; i < packets.size(); i++) {
                held[pages.size() + i] = packets.get(i);
            }
        }

        int size() {
            return held.length;
        }

        /** The page of document {@code i}; null for a packet. */
        Page page(int i) {
            return i < pages.size() ? pages.get(i) : null;
        }

        String id(int i) {
            return i < pages.size() ? pages.get(i).id() : held[i].id();
        }

        IndexedLeaflet get(int i) {
            if (held[i] != null) {
                return held[i];
            }
            IndexedLeaflet made = IndexedLeaflet.of(pages.get(i), site);
            this.made.set(i);
            // its text and its sections' text, two bytes a character at most
            long bytes = 4L * made.bodyText().length() + 1_024;
            if (heldBytes + bytes <= limit) {
                held[i] = made;
                heldBytes += bytes;
            }
            return made;
        }

        /** How many pages were made plain text. */
        int made() {
            return made.get(0, pages.size()).cardinality();
        }

        /** Every document in order, each made when the iteration reaches it. */
        Iterable<IndexedLeaflet> all() {
            return () -> IntStream.range(0, size()).mapToObj(this::get).iterator();
        }
    }

    /** A language's entry is there only once its index is complete: what the next build may take over or update. */
    private static void record(
            Manifest next, String lang, String fingerprint, Map<String, String> documents, Map<String, String> inputs) {
        documents.forEach((id, key) -> {
            String in = inputs.get(id); // a packet's is not recorded: its document is made afresh, it is small
            next.put(
                    documentKey(lang, id),
                    in == null ? Manifest.Entry.of(key) : Manifest.Entry.of(key).withExtra(INPUTS, in));
        });
        next.put(lang, Manifest.Entry.of(fingerprint));
    }

    private static String documentKey(String lang, String id) {
        return lang + "/" + id;
    }

    /** What the manifest's fingerprints mean besides their inputs: documents analysed by other code are not comparable. */
    private static String version() {
        return "analyzers " + SearchAnalyzers.VERSION + " lucene " + Version.LATEST + " format " + FORMAT;
    }

    /**
     * Everything a language's index is made from: when the previous build's index has the same fingerprint,
     * its files are taken over (hard links) instead of indexing again.
     */
    private static String fingerprint(String lang, Map<String, String> documents, String synonyms, List<String> extra) {
        Fingerprint fingerprint =
                Fingerprint.start().add(documentsHeader(lang)).add(synonyms).add(String.join("\n", extra));
        documents.values().forEach(fingerprint::add); // in leaflet id order, as the documents come
        return fingerprint.hex();
    }

    /** What the analysis of every document depends on besides its own text and the compound dictionary. */
    private static String documentsHeader(String lang) {
        return "# " + version() + " " + lang;
    }

    /** Every value {@link #document} puts in the index, so an unchanged fingerprint means an unchanged document. */
    private static String documentFingerprint(IndexedLeaflet l) {
        Fingerprint fingerprint = Fingerprint.start();
        for (String part : List.of(
                l.id(),
                l.path(),
                l.type(),
                String.join(",", l.departments()),
                String.valueOf(l.code()),
                l.title(),
                l.summary(),
                String.join("\n", l.keywords()),
                String.join("\n", l.headings()),
                l.bodyText(),
                l.people())) {
            fingerprint.add(part);
        }
        for (LeafletSection section : l.sections()) {
            fingerprint
                    .add(String.valueOf(section.anchor()))
                    .add(String.join("\n", section.path()))
                    .add(section.text());
        }
        return fingerprint.hex();
    }

    /**
     * Updates a copy of the previous build's index of {@code lang}: only documents whose fingerprint changed are
     * analysed again, and the documents a change of the compound dictionary splits differently. Possible only when
     * the previous index was complete and analysed with the same versions; otherwise, or on any trouble,
     * {@code folder} is emptied and the caller indexes afresh.
     *
     * @param resplit    the unchanged leaflets that the compound filter splits differently with the changed words
     */
    private boolean updatePrevious(
            String lang,
            Path folder,
            Leaflets docs,
            Map<String, String> keys,
            List<String> words,
            Vocabulary.Resplit resplit,
            Analyzer analyzer,
            String fingerprint,
            Manifest previousManifest)
            throws IOException {
        if (previousSite == null || previousManifest.get(lang).isEmpty()) {
            return false; // no previous index of this language, or one not known to be complete
        }
        Path previous = previousSite.resolve(IndexLayout.FOLDER).resolve(lang);
        Map<String, String> before = previousDocuments(previousManifest, lang);
        List<String> previousWords = Files.isRegularFile(previous.resolve(IndexLayout.COMPOUNDS))
                ? Files.readAllLines(previous.resolve(IndexLayout.COMPOUNDS), StandardCharsets.UTF_8)
                : List.of();
        Set<String> now = new HashSet<>(words);
        Set<String> then = new HashSet<>(previousWords);
        Set<String> changedWords = new HashSet<>(now);
        changedWords.addAll(then);
        changedWords.removeIf(w -> now.contains(w) && then.contains(w));
        if (changedWords.size() > MAX_CHANGED_WORDS) {
            return false; // a new word list or a large edit: indexing afresh is quicker than finding who splits
            // differently
        }
        Set<String> resplitIds = resplit.ids(changedWords);
        try {
            linkIndexFiles(previous, folder);
            Set<ReproducibleIndex.Id> unchanged = ReproducibleIndex.ids(folder);
            FacetsConfig facets = new FacetsConfig();
            facets.setMultiValued(SearchFields.DEPARTMENT, true);
            try (FSDirectory dir = FSDirectory.open(folder);
                    IndexWriter writer = new IndexWriter(dir, config(analyzer, IndexWriterConfig.OpenMode.APPEND))) {
                for (int i = 0; i < docs.size(); i++) {
                    String id = docs.id(i);
                    if (!keys.get(id).equals(before.get(id)) || resplitIds.contains(id)) {
                        // one by one, not as a block: blocks in a sorted index need a parent field
                        writer.deleteDocuments(new Term(SearchFields.ID, id));
                        for (Document d : documents(docs.get(i), facets)) {
                            writer.addDocument(d);
                        }
                    }
                }
                for (String id : before.keySet()) {
                    if (!keys.containsKey(id)) {
                        writer.deleteDocuments(new Term(SearchFields.ID, id));
                    }
                }
                writer.commit();
                // no forced merge: it would rewrite the whole index for one leaflet. The replaced documents stay in the
                // statistics (document counts, average lengths) until a merge drops them, so scores drift a little;
                // past a share of them the index is merged into one segment again, as a fresh one is
                IndexWriter.DocStats stats = writer.getDocStats();
                if (stats.maxDoc - stats.numDocs > maxDeletedShare * stats.maxDoc) {
                    writer.forceMerge(1);
                    writer.commit();
                }
            }
            ReproducibleIndex.rewrite(folder, fingerprint, unchanged);
            return true;
        } catch (IOException | RuntimeException e) {
            // e.g. the previous site changed under us: index afresh
            try (Stream<Path> list = Files.list(folder)) {
                for (Path p : list.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            return false;
        }
    }

    /**
     * The leaflets with a word the compound filter splits differently now that {@code changedWords} came into or left
     * the dictionary: it only looks for parts inside words of {@link SearchAnalyzers#MIN_COMPOUND_WORD} letters or more.
     */
    private static Set<String> resplit(Map<String, Set<String>> longTokens, Set<String> changedWords) {
        Set<String> ids = new HashSet<>();
        if (changedWords.isEmpty()) {
            return ids;
        }
        longTokens.forEach((id, tokens) -> {
            for (String token : tokens) {
                for (String word : changedWords) {
                    if (token.contains(word)) {
                        ids.add(id);
                        return;
                    }
                }
            }
        });
        return ids;
    }

    /** The previous index's document fingerprints by leaflet id. */
    private static Map<String, String> previousDocuments(Manifest previous, String lang) {
        Map<String, String> docs = new HashMap<>();
        String prefix = documentKey(lang, "");
        previous.entries().forEach((key, entry) -> {
            if (key.startsWith(prefix)) {
                docs.put(key.substring(prefix.length()), entry.fingerprint());
            }
        });
        return docs;
    }

    /** Lucene never changes a file once written, so the new index may share the previous one's files. */
    private static void linkIndexFiles(Path previous, Path folder) throws IOException {
        try (Stream<Path> list = Files.list(previous)) {
            for (Path file : list.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.equals(IndexLayout.COMPOUNDS)
                        || name.equals(IndexLayout.SYNONYMS)
                        || name.equals("write.lock")) {
                    continue;
                }
                FileLinks.linkOrCopy(file, folder.resolve(name));
            }
        }
    }

    /**
     * Sorted by leaflet id, as a fresh index is written, so that documents with equal scores come in the same order;
     * written so that the same documents give the same files ({@link ReproducibleIndex}).
     */
    private static IndexWriterConfig config(Analyzer analyzer, IndexWriterConfig.OpenMode mode) {
        return ReproducibleIndex.configure(new IndexWriterConfig(analyzer)
                .setOpenMode(mode)
                .setIndexSort(new Sort(new SortField(SearchFields.ID, SortField.Type.STRING))));
    }

    private boolean reusePrevious(String lang, Path folder, String fingerprint, Manifest previousManifest)
            throws IOException {
        Path previous = previousSite == null
                ? null
                : previousSite.resolve(IndexLayout.FOLDER).resolve(lang);
        if (previous == null || previousManifest.get(lang, fingerprint).isEmpty() || !Files.isDirectory(previous)) {
            return false;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(previous)) {
            files = list.filter(Files::isRegularFile).toList();
        }
        try {
            for (Path file : files) {
                FileLinks.linkOrCopy(file, folder.resolve(file.getFileName().toString()));
            }
            return true;
        } catch (IOException e) {
            // the previous site changed under us: index afresh
            try (Stream<Path> list = Files.list(folder)) {
                for (Path p : list.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            return false;
        }
    }

    private static void write(Path folder, Iterable<IndexedLeaflet> docs, Analyzer analyzer, String fingerprint)
            throws IOException {
        FacetsConfig facets = new FacetsConfig();
        facets.setMultiValued(SearchFields.DEPARTMENT, true);
        try (FSDirectory dir = FSDirectory.open(folder);
                IndexWriter writer = new IndexWriter(dir, config(analyzer, IndexWriterConfig.OpenMode.CREATE))) {
            for (IndexedLeaflet leaflet : docs) {
                for (Document d : documents(leaflet, facets)) {
                    writer.addDocument(d);
                }
            }
            writer.forceMerge(1);
            writer.commit();
        }
        ReproducibleIndex.rewrite(folder, fingerprint, Set.of());
    }

    /** The leaflet's document, then one per section (sorted after it: their sort key is the id and a number). */
    private static List<Document> documents(IndexedLeaflet l, FacetsConfig facets) throws IOException {
        List<Document> docs = new ArrayList<>();
        docs.add(facets.build(document(l)));
        String id = l.id();
        int n = 0;
        for (LeafletSection section : l.sections()) {
            Document doc = new Document();
            doc.add(new StringField(SearchFields.ID, id, Field.Store.YES));
            doc.add(new SortedDocValuesField(
                    SearchFields.ID, new BytesRef(id + "\u0000" + String.format(Locale.ROOT, "%05d", n++))));
            doc.add(new StoredField(SearchFields.SECTION_ANCHOR, section.anchor() == null ? "" : section.anchor()));
            doc.add(new Field(SearchFields.SECTION_PATH, String.join("\n", section.path()), SearchFields.SECTION_TYPE));
            doc.add(new Field(SearchFields.SECTION_TEXT, section.text(), SearchFields.SECTION_TYPE));
            docs.add(doc);
        }
        return docs;
    }

    private static Document document(IndexedLeaflet l) {
        Document doc = new Document();
        doc.add(new StringField(SearchFields.ID, l.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(SearchFields.ID, new BytesRef(l.id())));
        doc.add(new StringField(SearchFields.LANG, l.lang(), Field.Store.YES));
        doc.add(new StringField(SearchFields.TYPE, l.type(), Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(SearchFields.TYPE, l.type()));
        // a leaflet of several departments is found with the filter of each of them
        for (String department : l.departments()) {
            doc.add(new StringField(SearchFields.DEPARTMENT, department, Field.Store.YES));
            doc.add(new SortedSetDocValuesFacetField(SearchFields.DEPARTMENT, department));
        }
        if (l.code() != null) {
            doc.add(new StringField(SearchFields.CODE, SearchFields.normalizeCode(l.code()), Field.Store.YES));
        }
        doc.add(new StoredField(SearchFields.URL, l.path()));
        doc.add(new TextField(SearchFields.TITLE, l.title(), Field.Store.YES));
        doc.add(new TextField(SearchFields.SUMMARY, l.summary(), Field.Store.YES));
        doc.add(new TextField(SearchFields.HEADINGS, String.join("\n", l.headings()), Field.Store.NO));
        doc.add(new Field(SearchFields.BODY, l.bodyText(), SearchFields.BODY_TYPE));
        // the people and departments it names weigh as keywords: a name is what a patient has on their letter
        doc.add(new TextField(
                SearchFields.KEYWORDS, String.join("\n", l.keywords()) + "\n" + l.people(), Field.Store.NO));
        doc.add(new TextField(SearchFields.SPELL, spellText(l), Field.Store.NO));
        doc.add(new TextField(SearchFields.SUGGEST, l.title(), Field.Store.NO));
        doc.add(new TextField(
                SearchFields.ALL,
                String.join(
                        "\n",
                        l.title(),
                        l.summary(),
                        String.join("\n", l.keywords()),
                        String.join("\n", l.headings()),
                        l.bodyText(),
                        l.people()),
                Field.Store.NO));
        return doc;
    }

    /**
     * The words of the documents as the compound filter sees them (lowercased tokens): those of their spelling field,
     * so that a previous index holds them ({@link #previousVocabulary}).
     *
     * @param words   the compound dictionary: words of letters only, at least {@link SearchAnalyzers#MIN_COMPOUND_PART} long
     * @param resplit the leaflets with a word long enough for the filter to split that contains one of the given words
     */
    private record Vocabulary(TreeSet<String> words, Resplit resplit) {
        interface Resplit {
            Set<String> ids(Set<String> changedWords) throws IOException;
        }
    }

    /** What the spelling field holds, and the compound dictionary is made of: every word a patient reads. */
    private static String spellText(IndexedLeaflet l) {
        return l.title() + "\n" + l.summary() + "\n" + String.join("\n", l.keywords()) + "\n"
                + String.join("\n", l.headings()) + "\n" + l.bodyText();
    }

    private static Vocabulary vocabulary(Iterable<IndexedLeaflet> docs) throws IOException {
        TreeSet<String> words = new TreeSet<>();
        Map<String, Set<String>> longTokens = new HashMap<>();
        try (Analyzer analyzer = SearchAnalyzers.words()) {
            for (IndexedLeaflet l : docs) {
                longTokens.put(l.id(), tokens(analyzer, l, words));
            }
        }
        return new Vocabulary(words, changed -> resplit(longTokens, changed));
    }

    /** Adds the leaflet's dictionary words to {@code words}; returns its tokens long enough to be split. */
    private static Set<String> tokens(Analyzer analyzer, IndexedLeaflet l, Set<String> words) throws IOException {
        Set<String> mine = new HashSet<>();
        try (TokenStream ts = analyzer.tokenStream(SearchFields.SPELL, new StringReader(spellText(l)))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (isDictionaryWord(term)) {
                    words.add(term.toString());
                }
                if (term.length() >= SearchAnalyzers.MIN_COMPOUND_WORD) {
                    mine.add(term.toString());
                }
            }
            ts.end();
        }
        return mine;
    }

    private static boolean isDictionaryWord(CharSequence word) {
        return word.length() >= SearchAnalyzers.MIN_COMPOUND_PART
                && word.chars().allMatch(Character::isLetter);
    }

    /**
     * The vocabulary without tokenising the unchanged leaflets: their words are the spelling field's terms in the
     * previous index (the same analyzer, the same text), so only the changed leaflets are tokenised. Null when there is
     * no previous index of the language to read (the caller tokenises every leaflet).
     */
    private Vocabulary previousVocabulary(
            String lang, Leaflets docs, Map<String, String> keys, Manifest previousManifest) {
        if (previousSite == null || previousManifest.get(lang).isEmpty()) {
            return null;
        }
        Path previous = previousSite.resolve(IndexLayout.FOLDER).resolve(lang);
        Map<String, String> before = previousDocuments(previousManifest, lang);
        Set<String> gone = new HashSet<>(); // leaflets whose previous documents no longer count
        for (String id : before.keySet()) {
            if (!before.get(id).equals(keys.get(id))) {
                gone.add(id);
            }
        }
        TreeSet<String> words = new TreeSet<>();
        Set<String> longTerms = new HashSet<>();
        try (FSDirectory dir = FSDirectory.open(previous);
                DirectoryReader reader = DirectoryReader.open(dir);
                Analyzer analyzer = SearchAnalyzers.words()) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits stays = staying(leaf, gone);
                Terms terms = leaf.reader().terms(SearchFields.SPELL);
                if (terms == null) {
                    continue;
                }
                TermsEnum te = terms.iterator();
                PostingsEnum postings = null;
                for (BytesRef term = te.next(); term != null; term = te.next()) {
                    String word = term.utf8ToString();
                    boolean dictionary = isDictionaryWord(word);
                    boolean splittable = word.length() >= SearchAnalyzers.MIN_COMPOUND_WORD;
                    if (!dictionary && !splittable
                            || words.contains(word) && (!splittable || longTerms.contains(word))) {
                        continue;
                    }
                    postings = te.postings(postings, PostingsEnum.NONE);
                    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                        if (stays.get(doc)) {
                            if (dictionary) {
                                words.add(word);
                            }
                            if (splittable) {
                                longTerms.add(word);
                            }
                            break;
                        }
                    }
                }
            }
            int changed = 0;
            for (int i = 0; i < docs.size(); i++) {
                String id = docs.id(i);
                if (!keys.get(id).equals(before.get(id))) {
                    tokens(analyzer, docs.get(i), words);
                    changed++;
                }
            }
            tokenised.put(lang, changed);
        } catch (IOException | RuntimeException e) {
            return null; // e.g. the previous site changed under us: every leaflet is tokenised
        }
        return new Vocabulary(words, changed -> resplitPrevious(previous, longTerms, changed, gone));
    }

    /** Per document of {@code leaf}: whether it is live and of a leaflet not in {@code gone}. */
    private static Bits staying(LeafReaderContext leaf, Set<String> gone) throws IOException {
        FixedBitSet stays = new FixedBitSet(leaf.reader().maxDoc());
        stays.set(0, stays.length());
        Bits live = leaf.reader().getLiveDocs();
        if (live != null) {
            for (int doc = 0; doc < stays.length(); doc++) {
                if (!live.get(doc)) {
                    stays.clear(doc);
                }
            }
        }
        PostingsEnum postings = null;
        Terms ids = leaf.reader().terms(SearchFields.ID);
        if (ids != null) {
            TermsEnum te = ids.iterator();
            for (String id : gone) {
                if (te.seekExact(new BytesRef(id))) {
                    postings = te.postings(postings, PostingsEnum.NONE);
                    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                        stays.clear(doc);
                    }
                }
            }
        }
        return stays;
    }

    /** The unchanged leaflets of the previous index with a long word that contains one of {@code changedWords}. */
    private static Set<String> resplitPrevious(
            Path previous, Set<String> longTerms, Set<String> changedWords, Set<String> gone) throws IOException {
        Set<String> ids = new HashSet<>();
        List<String> matching = longTerms.stream()
                .filter(t -> changedWords.stream().anyMatch(t::contains))
                .toList();
        if (matching.isEmpty()) {
            return ids;
        }
        try (FSDirectory dir = FSDirectory.open(previous);
                DirectoryReader reader = DirectoryReader.open(dir)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits stays = staying(leaf, gone);
                var stored = leaf.reader().storedFields();
                for (String term : matching) {
                    PostingsEnum postings =
                            leaf.reader().postings(new Term(SearchFields.SPELL, term), PostingsEnum.NONE);
                    if (postings == null) {
                        continue;
                    }
                    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                        if (stays.get(doc)) {
                            ids.add(stored.document(doc, Set.of(SearchFields.ID))
                                    .get(SearchFields.ID));
                        }
                    }
                }
            }
        }
        return ids;
    }

    /** Writers' own word list ({@code content/_search/words-<lang>.txt}) adds compound parts the content lacks. */
    private static List<String> extraWords(SearchFiles files, String lang) {
        return files.words(lang)
                .map(SearchFiles.File::text)
                .orElse("")
                .lines()
                .map(String::strip)
                .filter(s -> !s.isEmpty() && !s.startsWith("#"))
                .map(s -> s.toLowerCase(Locale.ROOT))
                .toList();
    }
}
