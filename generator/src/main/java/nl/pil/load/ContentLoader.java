package nl.pil.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.pil.cache.Fingerprint;
import nl.pil.cache.KnownFiles;
import nl.pil.cache.Manifest;
import nl.pil.cache.Memo;
import nl.pil.markdown.LeafletCard;
import nl.pil.markdown.LeafletLink;
import nl.pil.markdown.LeafletMarkdown;
import nl.pil.markdown.MarkdownLimits;
import nl.pil.model.Bundle;
import nl.pil.model.CheckFiles;
import nl.pil.model.Content;
import nl.pil.model.Diagnostic;
import nl.pil.model.Diagnostics;
import nl.pil.model.FrontMatter;
import nl.pil.model.KeptTrees;
import nl.pil.model.Leaflet;
import nl.pil.model.ParsedBody;
import nl.pil.model.Reference;
import nl.pil.model.SearchFiles;
import nl.pil.model.SectionLink;
import nl.pil.model.SiteSettings;
import nl.pil.model.SourceChanged;
import nl.pil.model.SourcePosition;
import nl.pil.model.SourceVersion;
import nl.pil.model.Translation;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Document;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/**
 * The load stage: reads {@code site.yaml} and every {@code <leaflet-id>/<lang>.md} below the content folder.
 * Problems that make a file unreadable (encoding, YAML, front matter types) are reported here; rules that look
 * across files belong to the check and link stages.
 */
public final class ContentLoader {
    private static final Pattern LANGUAGE_FILE = Pattern.compile("([a-z]{2,3}(?:-[A-Z]{2})?)\\.md");

    private final Path root;
    private final Path displayBase;
    private final ParsedFiles parsed;
    private final ParsedBodies bodies;
    private final KeptTrees trees;
    private final KnownFiles unchangedFiles;

    /**
     * Leaflet files parsed by earlier loads, for a process that loads the same folder again and again
     * ({@code pil watch}): a file whose text did not change is not parsed again, and its diagnostics are repeated.
     * The syntax trees are shared between loads (as many as {@link KeptTrees} allows); nothing changes them after
     * parsing.
     */
    public static final class ParsedFiles {
        private final KeptTrees trees = new KeptTrees(); // one share of the heap for every load of the process

        /**
         * @param facts  what parsing the body gave; null when the file could not be read
         * @param record the facts as kept in {@code .pil/parse.json}; null when not kept: the same object every load
         *               keeps, so that writing the record again costs no conversion
         */
        private record Parsed(
                Optional<Translation> translation,
                List<Diagnostic> diagnostics,
                ParsedBodies.Facts facts,
                Manifest.Entry record) {}

        /**
         * The leaflet files a load found (in order, and as a set for the next load's look-ups), what finding them
         * reported, and which of them are symbolic links.
         */
        private record Listing(List<Path> files, Set<Path> listed, List<Diagnostic> diagnostics, Set<Path> links) {}

        private final Memo<Parsed> files = new Memo<>();
        // guarded by this: what changed since the last load began, as a watcher saw it (null: not known, so every
        // file is read); only once told that a watcher is on
        private boolean tracking;
        private Set<Path> changed;
        // of the last load, by the thread that loads
        private Listing listing;
        private String languages;

        /** Files taken from this cache instead of being parsed, since it was made. */
        public int hits() {
            return files.hits();
        }

        /**
         * A watcher now reports every change below the content folder ({@link #changed}, {@link #lostTrack}): from the
         * load after next, a file it did not report is not read again. The next load reads every file (it may have
         * changed before the watcher began).
         */
        public synchronized void watching() {
            tracking = true;
        }

        /** Files or folders created, changed or deleted since the last load began (absolute paths). */
        public synchronized void changed(Collection<Path> paths) {
            if (changed != null) {
                paths.forEach(p -> changed.add(p.toAbsolutePath().normalize()));
            }
        }

        /** Changes were missed (the watcher's queue overflowed): the next load reads every file. */
        public synchronized void lostTrack() {
            changed = null;
        }

        /** What changed since the last load, or null when every file must be read; from now on, changes are new. */
        private synchronized Set<Path> take() {
            Set<Path> since = tracking ? changed : null;
            changed = tracking ? new HashSet<>() : null;
            return since;
        }
    }

    /**
     * @param root        the content folder (holds {@code site.yaml})
     * @param displayBase diagnostics show paths relative to this folder (usually the working folder)
     * @param parsed      files parsed by earlier loads of this folder, or {@code null} to parse every file
     */
    public ContentLoader(Path root, Path displayBase, ParsedFiles parsed) {
        this(root, displayBase, parsed, null);
    }

    /**
     * @param bodies what parsing the bodies gave in the previous build (a body found there is parsed only when read),
     *               and where this load keeps what it gave; {@code null}: every body is parsed at once
     */
    public ContentLoader(Path root, Path displayBase, ParsedFiles parsed, ParsedBodies bodies) {
        this(root, displayBase, parsed, bodies, null);
    }

    /**
     * @param trees how many syntax trees this load holds at once; {@code null}: those of {@code parsed}, or the
     *              default ({@link KeptTrees#HEAP_SHARE})
     */
    public ContentLoader(Path root, Path displayBase, ParsedFiles parsed, ParsedBodies bodies, KeptTrees trees) {
        this(root, displayBase, parsed, bodies, trees, null);
    }

    /**
     * @param unchangedFiles what a build that runs once knows of the files without reading them (the up-to-date
     *                       check's fingerprints): a file it knows, whose facts {@code bodies} kept from those very
     *                       bytes, is not read while loading (its body is read if a page needs it); {@code null}: every
     *                       file is read
     */
    public ContentLoader(
            Path root,
            Path displayBase,
            ParsedFiles parsed,
            ParsedBodies bodies,
            KeptTrees trees,
            KnownFiles unchangedFiles) {
        this.root = root.toAbsolutePath().normalize();
        this.displayBase = displayBase.toAbsolutePath().normalize();
        this.parsed = parsed;
        this.bodies = bodies;
        this.trees = trees != null ? trees : parsed != null ? parsed.trees : new KeptTrees();
        this.unchangedFiles = parsed == null && bodies != null ? unchangedFiles : null;
    }

    public ContentLoader(Path root, Path displayBase) {
        this(root, displayBase, null);
    }

    public ContentLoader(Path root) {
        this(root, Path.of(""));
    }

    /** Told how loading advances, e.g. for a progress bar: how many leaflet files there are, then each one read. */
    public interface Listener {
        void found(int files);

        /** May be called from several threads. */
        void read();

        /** The site's own files are loaded ({@code site} has no leaflets yet); before the leaflets' files are read. */
        default void site(Content site) {}

        /**
         * All files of a leaflet are read (from any of the loading threads): its syntax trees are at hand now.
         *
         * @param sourceUnread its source-language file is there but could not be read
         */
        default void leaflet(Leaflet leaflet, boolean sourceUnread) {}

        Listener NONE = new Listener() {
            @Override
            public void found(int files) {}

            @Override
            public void read() {}
        };
    }

    /** Loads everything; empty only when {@code site.yaml} is unusable (the diagnostics say why). */
    public Optional<Content> load(Diagnostics diagnostics) {
        return load(diagnostics, Listener.NONE);
    }

    public Optional<Content> load(Diagnostics diagnostics, Listener listener) {
        Optional<String> siteText = siteText(diagnostics);
        Path siteFile = root.resolve("site.yaml");
        Optional<SiteSettings> site =
                siteText.flatMap(text -> SiteReader.read(text, siteFile, display(siteFile), diagnostics));
        if (site.isEmpty()) {
            return Optional.empty();
        }
        // a watching process knows which files changed since its last load: only those are read again
        Set<Path> changes = parsed == null ? null : parsed.take();
        String languages = String.join(",", site.get().languages());
        if (parsed != null && !languages.equals(parsed.languages)) {
            changes = null; // a file's meaning depends on the site's languages
        }
        // the site's own files first: the listener may check each leaflet as soon as its files are read
        Path linksFile = root.resolve(LinksReader.FILE);
        LinksReader.Links links = LinksReader.read(root, display(linksFile), site.get(), diagnostics);
        // a page shows the cards of the links it names, as it shows site.yaml's contact details: both in every page's
        // inputs (unchanged for a site without links)
        PeopleReader.People people = PeopleReader.read(root, this::display, site.get(), diagnostics);
        List<Bundle> bundles =
                BundleReader.read(root, this::display, site.get(), people.valid(), people.rejected(), diagnostics);
        // people too: a new phone number must reach every page that shows the person (names, cards, handouts)
        String siteFingerprint = links.valid().isEmpty() && people.valid().isEmpty()
                ? Fingerprint.of(siteText.get())
                : Fingerprint.start()
                        .add(siteText.get())
                        .add(new TreeMap<>(links.valid()).toString())
                        .add(new TreeMap<>(people.valid()).toString())
                        .hex();
        Content withoutLeaflets = new Content(
                root,
                site.get(),
                List.of(),
                siteFingerprint,
                searchFiles(site.get().languages(), diagnostics),
                checkFiles(site.get().languages(), diagnostics),
                links.valid(),
                links.rejected(),
                Set.of(),
                people.valid(),
                people.rejected(),
                bundles);
        listener.site(withoutLeaflets);
        List<Folder> read;
        List<Path> files;
        boolean loaded = false;
        try {
            ParsedFiles.Listing listing =
                    changes != null && parsed.listing != null && sameListing(changes) ? parsed.listing : listing();
            listing.diagnostics().forEach(diagnostics::report);
            files = listing.files();
            listener.found(files.size());
            Set<Path> known = changes;
            Map<Path, List<Path>> byFolder = new LinkedHashMap<>();
            files.forEach(file -> byFolder.computeIfAbsent(file.getParent(), k -> new ArrayList<>())
                    .add(file));
            // a leaflet's files are read together, so that it is whole as soon as the last of them is read
            read = List.copyOf(byFolder.entrySet()).parallelStream()
                    .map(folder -> {
                        Map<String, Translation> byLang = new LinkedHashMap<>();
                        boolean sourceUnread = false;
                        for (Path file : folder.getValue()) {
                            boolean link = listing.links().contains(file);
                            boolean unchanged = known != null && !link && !changedAt(file, known);
                            Optional<Translation> t = readTranslation(file, site.get(), diagnostics, unchanged, link);
                            listener.read();
                            t.ifPresent(translation -> byLang.put(translation.lang(), translation));
                            // a leaflet whose source file is there but could not be read: nothing else may call it
                            // missing
                            sourceUnread |= t.isEmpty()
                                    && file.getFileName()
                                            .toString()
                                            .equals(site.get().sourceLanguage() + ".md");
                        }
                        Leaflet leaflet = byLang.isEmpty()
                                ? null
                                : new Leaflet(folder.getKey().getFileName().toString(), folder.getKey(), byLang);
                        if (leaflet != null) {
                            listener.leaflet(leaflet, sourceUnread);
                        }
                        return new Folder(folder.getKey(), leaflet, sourceUnread);
                    })
                    .toList();
            if (parsed != null) {
                parsed.listing = listing;
                parsed.languages = languages;
            }
            loaded = true;
        } finally {
            if (!loaded && parsed != null) {
                parsed.lostTrack(); // what this load took from the list of changes was not all read
            }
        }
        Set<String> unreadSources = new HashSet<>();
        List<Leaflet> leaflets = new ArrayList<>();
        for (Folder folder : read) {
            if (folder.sourceUnread()) {
                unreadSources.add(folder.path().getFileName().toString());
            }
            if (folder.leaflet() != null) {
                leaflets.add(folder.leaflet());
            }
        }
        if (parsed != null) { // forget deleted files
            Set<String> current = files.stream().map(ContentLoader::cacheKey).collect(Collectors.toSet());
            parsed.files.retainOnly(current);
        }
        leaflets.sort(
                Comparator.comparing(Leaflet::id).thenComparing(l -> l.folder().toString()));
        return Optional.of(withoutLeaflets.withLeaflets(leaflets, unreadSources));
    }

    /** A leaflet folder as read: its leaflet ({@code null} when none of its files could be read). */
    private record Folder(Path path, Leaflet leaflet, boolean sourceUnread) {}

    /**
     * A leaflet file's front matter and the text of its body, the body not parsed: what a tool that goes through the
     * content one leaflet at a time needs ({@code pil translations --stamp}), without holding the whole content.
     */
    public record FileHead(Path file, String displayPath, String lang, FrontMatter meta, String bodyText) {}

    /** The site's settings; empty when {@code site.yaml} is unusable (the diagnostics say why). */
    public Optional<SiteSettings> settings(Diagnostics diagnostics) {
        Path siteFile = root.resolve("site.yaml");
        return siteText(diagnostics).flatMap(text -> SiteReader.read(text, siteFile, display(siteFile), diagnostics));
    }

    private Optional<String> siteText(Diagnostics diagnostics) {
        if (!Files.isDirectory(root)) {
            diagnostics.error(
                    SourcePosition.of(display(root)),
                    "content folder does not exist",
                    "pass the folder that holds site.yaml, e.g. --content content");
            return Optional.empty();
        }
        Path siteFile = root.resolve("site.yaml");
        return SiteReader.text(siteFile, display(siteFile), diagnostics);
    }

    /**
     * The leaflet files below the content folder by leaflet folder, folders and files in order, none of them read:
     * the files {@link #load} reads.
     */
    public Map<Path, List<Path>> leafletFolders(Diagnostics diagnostics) {
        Map<Path, List<Path>> folders = new TreeMap<>();
        for (Path file : languageFiles(diagnostics)) {
            folders.computeIfAbsent(file.getParent(), k -> new ArrayList<>()).add(file);
        }
        return folders;
    }

    /** The language of a leaflet file by its name ({@code nl.md}); null for a file that is not one. */
    public static String languageOf(Path file) {
        var name = LANGUAGE_FILE.matcher(file.getFileName().toString());
        return name.matches() ? name.group(1) : null;
    }

    /**
     * Reads a leaflet file's front matter, reporting what {@link #load} would report about it up to there; the body is
     * kept as text. Empty when the file cannot be read that far.
     */
    public Optional<FileHead> readHead(Path file, SiteSettings site, Diagnostics diagnostics) {
        String displayPath = display(file);
        String lang = languageOf(file);
        if (lang == null || !knownLanguage(lang, displayPath, site, diagnostics)) {
            return Optional.empty();
        }
        return TextFile.read(file, displayPath, diagnostics, new ArrayList<>())
                .flatMap(text -> head(text, lang, displayPath, site, diagnostics))
                .map(head -> new FileHead(
                        file, displayPath, lang, head.meta(), head.parts().body()));
    }

    private static boolean knownLanguage(String lang, String displayPath, SiteSettings site, Diagnostics diagnostics) {
        if (site.languages().contains(lang)) {
            return true;
        }
        diagnostics.error(
                SourcePosition.of(displayPath),
                "language '" + lang + "' is not one of the site's languages",
                "add it to 'languages' in site.yaml, or rename the file; the site's languages are "
                        + String.join(", ", site.languages()));
        return false;
    }

    /** A file's text split at its front matter, and the front matter read. */
    private record Head(LeafletFile.Parts parts, FrontMatter meta) {}

    private static Optional<Head> head(
            String text, String lang, String displayPath, SiteSettings site, Diagnostics diagnostics) {
        SourcePosition start = SourcePosition.of(displayPath);
        LeafletFile.Parts parts;
        try {
            parts = LeafletFile.split(text);
        } catch (LeafletFile.Unsplittable e) {
            if (e.problem() == LeafletFile.Problem.NO_FRONT_MATTER) {
                diagnostics.error(
                        start,
                        "missing front matter",
                        "start the file with a '---' line, then 'type:', 'title:', 'summary:' and the other keys, then another '---' line");
            } else {
                diagnostics.error(
                        start,
                        "front matter is not closed",
                        "put a line with only '---' after the last front matter key");
            }
            return Optional.empty();
        }
        Optional<YamlDocument.Parsed> parsed = YamlDocument.parse(parts.yaml(), displayPath, 2, diagnostics);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        boolean isSource = lang.equals(site.sourceLanguage());
        return Optional.of(new Head(parts, FrontMatterReader.read(parsed.get(), isSource, start, diagnostics)));
    }

    /** Where the writers' files for the checker live: jargon lists, common-word lists. */
    public static final String CHECK_FOLDER = "_check";

    /** {@code _check/jargon-<lang>.txt} and {@code _check/common-words-<lang>.txt} of the site's languages, as strict UTF-8. */
    private CheckFiles checkFiles(List<String> languages, Diagnostics diagnostics) {
        Map<String, SearchFiles.File> jargon = new LinkedHashMap<>();
        Map<String, SearchFiles.File> common = new LinkedHashMap<>();
        for (String lang : languages) {
            dataFile(CHECK_FOLDER, "jargon-" + lang + ".txt", diagnostics).ifPresent(f -> jargon.put(lang, f));
            dataFile(CHECK_FOLDER, "common-words-" + lang + ".txt", diagnostics).ifPresent(f -> common.put(lang, f));
        }
        return new CheckFiles(jargon, common);
    }

    /** Where the writers' search files live, beside the leaflets (a folder starting with '_' holds no leaflets). */
    public static final String SEARCH_FOLDER = "_search";

    /** {@code _search/synonyms-<lang>.txt} and {@code _search/words-<lang>.txt} of the site's languages, as strict UTF-8. */
    private SearchFiles searchFiles(List<String> languages, Diagnostics diagnostics) {
        Map<String, SearchFiles.File> synonyms = new LinkedHashMap<>();
        Map<String, SearchFiles.File> words = new LinkedHashMap<>();
        for (String lang : languages) {
            searchFile("synonyms-" + lang + ".txt", diagnostics).ifPresent(f -> synonyms.put(lang, f));
            searchFile("words-" + lang + ".txt", diagnostics).ifPresent(f -> words.put(lang, f));
        }
        return new SearchFiles(synonyms, words);
    }

    private Optional<SearchFiles.File> searchFile(String name, Diagnostics diagnostics) {
        return dataFile(SEARCH_FOLDER, name, diagnostics);
    }

    private Optional<SearchFiles.File> dataFile(String folder, String name, Diagnostics diagnostics) {
        Path file = root.resolve(folder).resolve(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String shown = display(file);
        if (!Attachments.realPathInside(file, root)) {
            diagnostics.error(
                    SourcePosition.of(shown),
                    "the file is a symbolic link to a file outside the content folder",
                    "copy the file into the content folder instead of linking to it");
            return Optional.empty();
        }
        // strict UTF-8, reported at the first bad byte: a file saved as Latin-1 is a writer's mistake, not a crash
        return TextFile.read(file, shown, diagnostics).map(text -> new SearchFiles.File(shown, text));
    }

    /** The leaflet files below the content folder, found afresh. */
    private ParsedFiles.Listing listing() {
        Diagnostics found = new Diagnostics();
        Set<Path> links = new HashSet<>();
        List<Path> files = languageFiles(found, links);
        return new ParsedFiles.Listing(files, Set.copyOf(files), found.sorted(), Set.copyOf(links));
    }

    /**
     * Whether the last load's list of leaflet files still holds after {@code changes}: only files it lists were changed
     * (not removed), or files that are not leaflet files (site.yaml, pictures, files in '_' folders, templates).
     */
    private boolean sameListing(Set<Path> changes) {
        Set<Path> listed = parsed.listing.listed();
        for (Path path : changes) {
            if (!path.startsWith(root) || !isVisible(root.relativize(path))) {
                continue; // templates, or a '.' or '_' folder: holds no leaflets
            }
            boolean file = Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS);
            if (listed.contains(path)
                    ? !file
                    : !file || path.getFileName().toString().endsWith(".md")) {
                return false; // removed, added, or a folder (a leaflet folder moved in, say)
            }
        }
        return true;
    }

    /** Whether {@code file}, or a folder it is in, is among {@code changes} (a folder made anew holds new files). */
    private boolean changedAt(Path file, Set<Path> changes) {
        for (Path p = file; p != null && p.startsWith(root) && !p.equals(root); p = p.getParent()) {
            if (changes.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private List<Path> languageFiles(Diagnostics diagnostics) {
        return languageFiles(diagnostics, new HashSet<>());
    }

    /** @param links where the files that are symbolic links go (a watcher does not see their target change) */
    private List<Path> languageFiles(Diagnostics diagnostics, Set<Path> links) {
        List<Path> found = new ArrayList<>();
        try {
            // hidden folders are not entered at all: they may be a build's staging folders, coming and going
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return dir.equals(root) || isVisible(root.relativize(dir))
                            ? FileVisitResult.CONTINUE
                            : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (file.getParent().equals(root)
                            || !isVisible(root.relativize(file))
                            || !file.getFileName().toString().endsWith(".md")) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isRegularFile()) {
                        found.add(file);
                    } else if (attrs.isSymbolicLink() && linkInside(file, diagnostics)) {
                        found.add(file);
                        links.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (e instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE; // removed while we looked
                    }
                    throw e;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            diagnostics.error(
                    SourcePosition.of(display(root)), "cannot list the content folder: " + e.getMessage(), null);
            return List.of();
        }
        return found.stream()
                .filter(p -> {
                    if (LANGUAGE_FILE.matcher(p.getFileName().toString()).matches()) {
                        return true;
                    }
                    diagnostics.warning(
                            SourcePosition.of(display(p)),
                            "ignored: a leaflet file must be named after its language",
                            "name it like nl.md or en.md; leaflet folders hold one file per language");
                    return false;
                })
                .sorted()
                .toList();
    }

    /** A leaflet file that is a symbolic link is read only when it leads to a file inside the content folder. */
    private boolean linkInside(Path file, Diagnostics diagnostics) {
        SourcePosition at = SourcePosition.of(display(file));
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(root.toRealPath())) {
                diagnostics.error(
                        at,
                        "the file is a symbolic link to " + real + ", outside the content folder",
                        "copy the file into the content folder instead of linking to it");
                return false;
            }
            if (!Files.isRegularFile(real)) {
                diagnostics.error(at, "the file is a symbolic link to a folder", "a leaflet file must be a text file");
                return false;
            }
            return true;
        } catch (IOException e) { // dangling, a loop, or a folder we may not read
            diagnostics.error(
                    at,
                    "the file is a symbolic link that leads nowhere ("
                            + e.getClass().getSimpleName() + ")",
                    "replace the link with the file itself, or remove it");
            return false;
        }
    }

    /** Folders starting with '.' or '_' hold tooling or data (search synonyms, drafts), not leaflets. */
    private static boolean isVisible(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.startsWith("_")) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param unchanged the file did not change since the last load (a watcher says so): what it gave then is used
     * @param link      the file is a symbolic link (known by its own times, not its target's: always read)
     */
    private Optional<Translation> readTranslation(
            Path file, SiteSettings site, Diagnostics diagnostics, boolean unchanged, boolean link) {
        String displayPath = display(file);
        String lang = languageOf(file); // one of the language files listed: never null
        String id = file.getParent().getFileName().toString();
        if (!knownLanguage(lang, displayPath, site, diagnostics)) {
            return Optional.empty();
        }
        if (unchanged) {
            Optional<Memo.Kept<ParsedFiles.Parsed>> last = parsed.files.last(cacheKey(file));
            if (last.isPresent()) {
                ParsedFiles.Parsed before = last.get().value();
                before.diagnostics().forEach(diagnostics::report);
                if (before.facts() != null && bodies != null) {
                    bodies.keep(relativeKey(file), last.get().fingerprint(), before.facts(), before.record(), null);
                }
                return before.translation();
            }
        }
        String languages = String.join(",", site.languages());
        String known = unchangedFiles == null || link ? null : unchangedFiles.unchanged(file);
        if (known != null) {
            Optional<ParsedBodies.Unread> kept =
                    bodies.unread(relativeKey(file), known, text -> fingerprint(text, List.of(), languages));
            Optional<Translation> translation =
                    kept.flatMap(k -> unread(file, lang, id, displayPath, site, k, diagnostics));
            if (translation.isPresent()) {
                return translation;
            }
        }
        List<Translation.ControlCharacter> removed = new ArrayList<>();
        Optional<TextFile.Read> read = TextFile.readText(file, displayPath, diagnostics, removed);
        Optional<String> text = read.map(TextFile.Read::text);
        if (text.isEmpty()) {
            if (parsed != null) {
                parsed.files.forget(cacheKey(file)); // what it gave before it became unreadable is no longer true
            }
            return Optional.empty();
        }
        if (parsed == null && bodies == null) {
            return parse(file, text.get(), lang, id, displayPath, site, removed, diagnostics, null);
        }
        // what parsing a file gives depends on its text (with the control characters taken out of it) and the site's
        // languages (of the text's fingerprint, which the translation keeps too: the text is hashed once, the slowest
        // part of reading a file that did not change)
        byte[] utf8 = read.get().utf8(); // the file's bytes, when they are the text's: not encoded again
        String textFingerprint = utf8 != null ? Fingerprint.start().add(utf8).hex() : Fingerprint.of(text.get());
        String fingerprint = fingerprint(textFingerprint, removed, languages);
        // the bytes just read are those the up-to-date check knew if the file is still as it was then: the next build
        // can take what they give without reading them. Asked after reading, so a file changed since is not vouched for
        String readKnown = unchangedFiles == null || link || !removed.isEmpty() ? null : unchangedFiles.unchanged(file);
        FileKey files = new FileKey(relativeKey(file), fingerprint, textFingerprint, readKnown);
        if (parsed == null) {
            return parse(file, text.get(), lang, id, displayPath, site, removed, diagnostics, files);
        }
        Optional<ParsedFiles.Parsed> before = parsed.files.get(cacheKey(file), fingerprint);
        if (before.isPresent()) {
            before.get().diagnostics().forEach(diagnostics::report);
            if (before.get().facts() != null) {
                files.keep(before.get().facts(), before.get().record());
            }
            return before.get().translation();
        }
        Diagnostics own = new Diagnostics();
        Optional<Translation> translation = parse(file, text.get(), lang, id, displayPath, site, removed, own, files);
        List<Diagnostic> reported = own.sorted();
        parsed.files.put(
                cacheKey(file), fingerprint, new ParsedFiles.Parsed(translation, reported, files.kept, files.record));
        reported.forEach(diagnostics::report);
        return translation;
    }

    /**
     * What parsing a file gives depends on its text (with the control characters taken out of it) and the site's
     * languages; not on where it is shown from, so that a build started from another folder knows it too.
     */
    private static String fingerprint(
            String textFingerprint, List<Translation.ControlCharacter> removed, String languages) {
        return Fingerprint.start()
                .add(textFingerprint)
                .add(removed.toString())
                .add(languages)
                .hex();
    }

    /**
     * A file the build knows did not change since the previous build made {@code kept} of it, not read: its front
     * matter and facts as kept, its body read only if a page needs it. Empty when the record is damaged.
     */
    private Optional<Translation> unread(
            Path file,
            String lang,
            String id,
            String displayPath,
            SiteSettings site,
            ParsedBodies.Unread kept,
            Diagnostics diagnostics) {
        ParsedBodies.Facts facts = kept.facts();
        FrontMatter meta;
        List<Diagnostic> problems = new ArrayList<>();
        try {
            meta = facts.head().frontMatter(displayPath);
            problems.addAll(facts.head().problems(displayPath));
            problems.addAll(facts.problems(displayPath));
        } catch (RuntimeException e) {
            return Optional.empty(); // a damaged record only costs reading the file
        }
        boolean source = lang.equals(site.sourceLanguage());
        if (source && facts.sourceVersion() == null) {
            return Optional.empty(); // it would need the body's text now
        }
        problems.forEach(diagnostics::report);
        ParsedBodies.Source from = kept.source();
        int bodyFirstLine = from.bodyFirstLine();
        ParsedBody body = ParsedBody.unread(
                () -> bodyAsKnown(file, displayPath, from), parseAgain(displayPath, bodyFirstLine), trees);
        bodies.keepAsBefore(relativeKey(file), kept.fingerprint(), from);
        bodies.unreadFile();
        bodies.headReused();
        return Optional.of(new Translation(
                id,
                lang,
                file,
                displayPath,
                meta,
                body,
                bodyFirstLine,
                facts.references(displayPath),
                facts.sectionLinks(displayPath),
                facts.anchors(),
                source ? facts.sourceVersion() : null,
                from.text(),
                List.of()));
    }

    /**
     * The body of a file not read while loading, read now: as the build knew it, or {@link SourceChanged} (it was
     * changed, or removed, since the build began).
     */
    private static String bodyAsKnown(Path file, String displayPath, ParsedBodies.Source known) {
        List<Translation.ControlCharacter> removed = new ArrayList<>();
        Optional<TextFile.Read> read = TextFile.readText(file, displayPath, new Diagnostics(), removed);
        if (read.isEmpty() || !removed.isEmpty()) {
            throw new SourceChanged(displayPath);
        }
        byte[] utf8 = read.get().utf8();
        String text = read.get().text();
        String fingerprint = utf8 != null ? Fingerprint.start().add(utf8).hex() : Fingerprint.of(text);
        if (!fingerprint.equals(known.text())) {
            throw new SourceChanged(displayPath);
        }
        try {
            LeafletFile.Parts parts = LeafletFile.splitBody(text);
            if (parts.bodyFirstLine() != known.bodyFirstLine()) {
                throw new SourceChanged(displayPath);
            }
            return parts.body();
        } catch (LeafletFile.Unsplittable e) {
            throw new SourceChanged(displayPath);
        }
    }

    /** Where {@link #bodies} knows a file by, and its fingerprint. */
    private final class FileKey {
        final String key;
        final String fingerprint;
        final String textFingerprint;
        final String file; // the up-to-date check's fingerprint of the bytes read, when it vouches for them; or null
        int bodyFirstLine;
        ParsedBodies.Facts kept;
        Manifest.Entry record;

        FileKey(String key, String fingerprint, String textFingerprint, String file) {
            this.key = key;
            this.fingerprint = fingerprint;
            this.textFingerprint = textFingerprint;
            this.file = file;
        }

        /** Which file the facts come from, when the next build can know it without reading it. */
        private ParsedBodies.Source source() {
            return file == null ? null : new ParsedBodies.Source(file, textFingerprint, bodyFirstLine);
        }

        Optional<ParsedBodies.Facts> known() {
            return bodies == null ? Optional.empty() : bodies.known(key, fingerprint);
        }

        void keep(ParsedBodies.Facts facts) {
            keep(facts, null);
        }

        /** @param record {@code facts} as an earlier load of this file kept them, or null */
        void keep(ParsedBodies.Facts facts, Manifest.Entry record) {
            kept = facts;
            if (bodies != null) {
                this.record = bodies.keep(key, fingerprint, facts, record, source());
            }
        }

        /** Keeps {@code facts}, which {@link #known} gave: the previous build's record of them is kept as it is. */
        void keepKnown(ParsedBodies.Facts facts) {
            kept = facts;
            if (bodies != null) {
                record = bodies.keepAsBefore(key, fingerprint, source());
            }
        }
    }

    /** A file's path in the content folder, with {@code /}: the key of what {@link #bodies} keeps. */
    private String relativeKey(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private static String cacheKey(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    /**
     * The file parsed; when it cannot be (broken front matter, say), its control characters are reported here as
     * warnings, since no rule will see them.
     */
    private Optional<Translation> parse(
            Path file,
            String text,
            String lang,
            String id,
            String displayPath,
            SiteSettings site,
            List<Translation.ControlCharacter> removed,
            Diagnostics diagnostics,
            FileKey key) {
        Optional<Translation> translation =
                parseText(file, text, lang, id, displayPath, site, removed, diagnostics, key);
        if (translation.isEmpty()) {
            removed.forEach(c -> diagnostics.warning(
                    c.at(), TextFile.controlCharacterMessage(c.codePoint()), TextFile.CONTROL_CHARACTER_HINT));
        }
        return translation;
    }

    private Optional<Translation> parseText(
            Path file,
            String text,
            String lang,
            String id,
            String displayPath,
            SiteSettings site,
            List<Translation.ControlCharacter> removed,
            Diagnostics diagnostics,
            FileKey key) {
        Optional<ParsedBodies.Facts> known = key == null ? Optional.empty() : key.known();
        // the front matter as the previous build read it from this very file, else read now
        Optional<Head> head = known.flatMap(facts -> keptHead(facts, text, displayPath, diagnostics));
        ParsedBodies.Head readNow = null;
        if (head.isPresent()) {
            bodies.headReused();
        } else {
            Diagnostics problems = new Diagnostics();
            head = head(text, lang, displayPath, site, problems);
            List<Diagnostic> found = problems.sorted();
            found.forEach(diagnostics::report);
            if (head.isEmpty()) {
                return Optional.empty();
            }
            readNow =
                    ParsedBodies.Head.of(head.get().meta(), found, displayPath).orElse(null);
        }
        LeafletFile.Parts parts = head.get().parts();
        FrontMatter meta = head.get().meta();
        int bodyFirstLine = parts.bodyFirstLine();
        if (key != null) {
            key.bodyFirstLine = bodyFirstLine;
        }
        String bodyText = parts.body();
        boolean source = lang.equals(site.sourceLanguage());
        ParsedBody body;
        String sourceVersion;
        List<Reference> references;
        List<SectionLink> sectionLinks;
        List<String> anchors;
        if (known.isPresent()) {
            // the previous build parsed this very file: what it gave is known, the tree is made only if a page needs it
            ParsedBodies.Facts facts = known.get();
            facts.problems(displayPath).forEach(diagnostics::report);
            body = ParsedBody.later(bodyText, parseAgain(displayPath, bodyFirstLine), trees);
            references = facts.references(displayPath);
            sectionLinks = facts.sectionLinks(displayPath);
            anchors = facts.anchors();
            sourceVersion = !source
                    ? null
                    : facts.sourceVersion() != null ? facts.sourceVersion() : SourceVersion.of(meta, bodyText);
            key.keepKnown(facts);
        } else {
            Diagnostics problems = new Diagnostics();
            Node tree = body(bodyText, displayPath, bodyFirstLine, problems);
            body = ParsedBody.parsed(tree, bodyText, parseAgain(displayPath, bodyFirstLine), trees);
            references = new ArrayList<>();
            sectionLinks = new ArrayList<>();
            collectLinks(tree, displayPath, bodyFirstLine, references, sectionLinks);
            anchors = List.copyOf(LeafletMarkdown.headingAnchors(tree).values());
            sourceVersion = source ? SourceVersion.of(meta, bodyText) : null;
            List<Diagnostic> found = problems.sorted();
            found.forEach(diagnostics::report);
            if (key != null) {
                key.keep(ParsedBodies.Facts.of(references, sectionLinks, anchors, found, sourceVersion, readNow));
            }
        }
        return Optional.of(new Translation(
                id,
                lang,
                file,
                displayPath,
                meta,
                body,
                bodyFirstLine,
                references,
                sectionLinks,
                anchors,
                sourceVersion,
                key == null ? Fingerprint.of(text) : key.textFingerprint,
                removed));
    }

    /**
     * The front matter the previous build read from the same file, with what reading it reported (reported here);
     * empty when it was not kept or its record is damaged.
     */
    private static Optional<Head> keptHead(
            ParsedBodies.Facts facts, String text, String displayPath, Diagnostics diagnostics) {
        if (facts.head() == null) {
            return Optional.empty();
        }
        try {
            LeafletFile.Parts parts = LeafletFile.splitBody(text);
            FrontMatter meta = facts.head().frontMatter(displayPath);
            List<Diagnostic> problems = facts.head().problems(displayPath);
            problems.forEach(diagnostics::report);
            return Optional.of(new Head(parts, meta));
        } catch (LeafletFile.Unsplittable | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Parses a body once more, its problems reported already. */
    private static Function<String, Node> parseAgain(String displayPath, int bodyFirstLine) {
        return text -> body(text, displayPath, bodyFirstLine, new Diagnostics());
    }

    /**
     * The parsed body; an empty one when it exceeds {@link MarkdownLimits} (with an error), so no later stage walks a
     * tree deep enough to overflow the stack.
     */
    private static Node body(String text, String displayPath, int bodyFirstLine, Diagnostics diagnostics) {
        Node body;
        try {
            body = LeafletMarkdown.parse(text);
        } catch (StackOverflowError e) {
            diagnostics.error(
                    new SourcePosition(displayPath, bodyFirstLine, 1),
                    "text is nested too deeply to read",
                    "use fewer levels of lists inside lists, quotes inside quotes or emphasis inside emphasis");
            return new Document();
        }
        List<MarkdownLimits.Violation> over = MarkdownLimits.check(body);
        for (MarkdownLimits.Violation v : over) {
            diagnostics.error(SourcePosition.of(v.node(), displayPath, bodyFirstLine), v.message(), v.hint());
        }
        return over.isEmpty() ? body : new Document();
    }

    /** What the body points to: leaflets, cards and files ({@code references}), and sections ({@code sectionLinks}). */
    private static void collectLinks(
            Node body,
            String displayPath,
            int bodyFirstLine,
            List<Reference> references,
            List<SectionLink> sectionLinks) {
        body.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                String destination = link.getDestination();
                if (LeafletMarkdown.isLocalFile(destination)) {
                    references.add(new Reference(Reference.Kind.FILE, destination, at(link)));
                }
                if (destination.startsWith("#") && destination.length() > 1) { // within the page: [below](#section)
                    sectionLinks.add(new SectionLink(destination, null, destination.substring(1), at(link)));
                }
                visitChildren(link);
            }

            @Override
            public void visit(CustomNode node) {
                if (node instanceof LeafletLink link) {
                    references.add(new Reference(Reference.Kind.LEAFLET_LINK, link.leafletId(), at(link)));
                    if (link.fragment() != null && !link.fragment().isEmpty()) {
                        sectionLinks.add(
                                new SectionLink(link.destination(), link.leafletId(), link.fragment(), at(link)));
                    }
                }
                visitChildren(node);
            }

            @Override
            public void visit(Image image) {
                if (LeafletMarkdown.isLocalFile(image.getDestination())) {
                    references.add(new Reference(Reference.Kind.FILE, image.getDestination(), at(image)));
                }
                visitChildren(image);
            }

            @Override
            public void visit(CustomBlock block) {
                if (block instanceof LeafletCard card) {
                    references.add(new Reference(Reference.Kind.CARD, card.leafletId(), at(card)));
                }
                visitChildren(block);
            }

            private SourcePosition at(Node node) {
                return SourcePosition.of(node, displayPath, bodyFirstLine);
            }
        });
    }

    private String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path shown = abs.startsWith(displayBase) ? displayBase.relativize(abs) : abs;
        String s = shown.toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }
}
