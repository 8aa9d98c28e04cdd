package nl.pil.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import nl.pil.check.Checker;
import nl.pil.link.Linker;
import nl.pil.link.Site;
import nl.pil.load.ContentLoader;
import nl.pil.load.ParsedBodies;
import nl.pil.model.Content;
import nl.pil.model.Diagnostics;
import nl.pil.model.KeptTrees;
import nl.pil.model.Leaflet;
import nl.pil.model.SourceChanged;
import nl.pil.model.SourcePosition;
import nl.pil.model.Suggest;
import nl.pil.output.Output;
import nl.pil.output.Progress;
import nl.pil.publish.Publisher;
import nl.pil.publish.SpareFolders;
import nl.pil.render.HtmlOutput;
import nl.pil.render.PdfOutput;
import nl.pil.render.RenderContext;
import nl.pil.render.SitemapOutput;
import nl.pil.render.Theme;
import nl.pil.search.SearchIndexOutput;
import nl.pil.search.SynonymRules;

/**
 * The whole pipeline: load → check → link → render → publish. Any error in content (or a template that does not
 * parse) stops the build before rendering, after every problem has been reported; the previous output then stays as
 * it was. A template that fails while rendering is an error too, reported once per template position.
 */
public final class Compiler {
    private final BuildOptions options;
    private final Theme theme;
    private final List<Output<RenderContext>> outputs;

    private final Progress progress;
    private final BuildSession session;
    /** What the last check found, per leaflet: written into the output for the next build. */
    private Checker.Remembered checked;

    private ParsedBodies bodies;
    private final KeptTrees trees; // null: the loader's own (the session's, or the default)

    private UpToDate.Record upToDate; // the last build's record, when buildIfChanged found nothing to do
    private InputFiles known; // what buildIfChanged found the input files to be, while the build it starts runs

    public Compiler(BuildOptions options) {
        this(options, Progress.NONE);
    }

    public Compiler(BuildOptions options, Progress progress) {
        this(options, progress, null);
    }

    /** @param session what earlier builds in this process kept (see {@link BuildSession}), or {@code null} */
    public Compiler(BuildOptions options, Progress progress, BuildSession session) {
        this(options, progress, session, UnaryOperator.identity(), null);
    }

    /**
     * @param order the order to run the outputs in, from the usual one (the site is the same in any order)
     * @param trees how many syntax trees the build holds at once; {@code null}: the default (the site is the same
     *              whatever it holds)
     */
    Compiler(
            BuildOptions options,
            Progress progress,
            BuildSession session,
            UnaryOperator<List<Output<RenderContext>>> order,
            KeptTrees trees) {
        this.trees = trees;
        this.session = session;
        this.progress = progress;
        this.options = options;
        this.theme = new Theme(options.templateFolders());
        // every output takes over from the previous build's output what it made from the same inputs (see the
        // RenderContext each build makes); none takes another's results, so any order gives the same site. PDF
        // first: it lays the handouts out in parallel, and the web pages then find them made
        List<Output<RenderContext>> candidates = new ArrayList<>();
        candidates.add(new PdfOutput());
        candidates.add(new HtmlOutput());
        candidates.add(new SitemapOutput());
        if (options.includes("index") || options.includes("html")) {
            // the search texts go with the web pages (the service shows them also without an index)
            candidates.add(new SearchIndexOutput(options.includes("index"), options.includes("html")));
        }
        this.outputs = List.copyOf(order.apply(
                candidates.stream().filter(o -> options.includes(o.format())).toList()));
    }

    /** The formats this compiler writes: those asked for in the options that it has an output for. */
    public Set<String> formats() {
        return outputs.stream().map(Output::format).collect(Collectors.toUnmodifiableSet());
    }

    /** The outputs of the render stage, in the order they run. */
    public List<Output<RenderContext>> outputs() {
        return outputs;
    }

    /** Runs every stage but render and publish: for {@code pil check}. */
    public BuildResult check() {
        return run(false);
    }

    /**
     * Builds, unless nothing changed since the last build into the same output folder (see {@link UpToDate}): then
     * the site there is left as it is and that build's diagnostics are returned again, in a result that says
     * {@link BuildResult#upToDate()}. With {@link BuildOptions#clean()} it always builds.
     */
    public BuildResult buildIfChanged() throws IOException {
        long start = System.nanoTime();
        Publisher.recover(options.outputFolder()); // a build killed in the middle of its swap left the site beside it
        String inputs;
        // what each input file was when the last build read it: one that is as it was is not read again
        InputFiles known = options.clean() ? InputFiles.none() : InputFiles.read(options.outputFolder());
        try {
            inputs = UpToDate.inputs(options, formats(), known);
        } catch (UncheckedIOException e) {
            return build(); // an unreadable file: the build reports it properly
        }
        Optional<UpToDate.Record> last =
                options.clean() ? Optional.empty() : UpToDate.read(options.outputFolder(), inputs);
        if (last.isPresent()) {
            if (UpToDate.FolderSize.of(options.outputFolder()).matches(last.get())) {
                keep(known, false);
                Map<String, Duration> times = new LinkedHashMap<>();
                times.put("compare inputs", Duration.ofNanos(System.nanoTime() - start));
                upToDate = last.get();
                return new BuildResult(
                        last.get().problems().stream()
                                .map(UpToDate.Problem::diagnostic)
                                .toList(),
                        false,
                        last.get().leaflets(),
                        last.get().pages(),
                        times,
                        true);
            }
        }
        BuildResult result;
        this.known = known; // the check knows unchanged pictures by it
        try {
            result = build();
        } finally {
            this.known = null;
        }
        if (result.published()) {
            Map<String, Integer> totals = new LinkedHashMap<>();
            for (Output<RenderContext> output : outputs) {
                if (output.counts() != null) {
                    totals.put(output.name(), output.counts().total());
                }
            }
            UpToDate.FolderSize output = UpToDate.FolderSize.of(options.outputFolder());
            UpToDate.write(
                    options.outputFolder(),
                    new UpToDate.Record(
                            inputs,
                            result.leaflets(),
                            result.pages(),
                            totals,
                            result.diagnostics().stream()
                                    .map(UpToDate.Problem::of)
                                    .toList(),
                            output.files(),
                            output.bytes()));
            keep(known, true); // the new site does not hold the old record
        }
        return result;
    }

    /** Writes what the input files are now beside the site, when that changed; only a missed speed-up if it cannot. */
    private void keep(InputFiles known, boolean always) {
        if (!always && !known.changed()) {
            return;
        }
        try {
            known.write(options.outputFolder());
        } catch (IOException e) {
            // the next build reads every file
        }
    }

    /** Leaflet files the last build did not read while loading (known unchanged): for tests. */
    int unreadFiles() {
        return bodies == null ? 0 : bodies.unread();
    }

    /** How many pages, handouts… each output had when {@link #buildIfChanged()} found the output folder up to date. */
    public Map<String, Integer> totals() {
        return upToDate == null ? Map.of() : upToDate.totals();
    }

    public BuildResult build() throws IOException {
        Publisher.recover(options.outputFolder()); // before the outputs look at the previous site to take pages over
        try {
            return run(true);
        } catch (PublishFailure e) {
            throw e.getCause();
        }
    }

    /** Load, check and link; empty when the content could not be loaded (the diagnostics say why). */
    private Optional<Site> throughLink(Diagnostics diagnostics, Map<String, Duration> times) {
        // what earlier checks found in unchanged leaflets: this process's, or the previous build's (.pil/check.json)
        checked = session != null
                ? session.checked()
                : new Checker.Remembered(options.previousOutput(), known == null ? null : known::unchanged);
        Checker checker = new Checker(options.today(), options.strict());
        AtomicReference<Checker.LeafletChecks> leafletChecks = new AtomicReference<>();
        ContentLoader.Listener files = new ContentLoader.Listener() {
            @Override
            public void site(Content site) {
                leafletChecks.set(checker.leafletChecks(site, diagnostics, checked));
            }

            @Override
            public void found(int count) {
                progress.begin("load", count);
            }

            @Override
            public void read() {
                progress.step("load");
            }

            @Override
            public void leaflet(Leaflet leaflet, boolean sourceUnread) {
                // checked while its syntax trees are held: a large site's are not all held at once (KeptTrees)
                leafletChecks.get().check(leaflet, sourceUnread);
            }
        };
        // the leaflet-local checks run inside "load" (see the listener): "check" is what looks across leaflets
        Optional<Content> content = timed(times, "load", () -> {
            // what the previous build's parsing gave (.pil/parse.json): unchanged bodies are parsed only if read. A
            // watching process has it in memory after its first load
            boolean inMemory = session != null && session.loaded();
            bodies = new ParsedBodies(inMemory ? null : options.previousOutput());
            Optional<Content> loaded = new ContentLoader(
                            options.contentFolder(),
                            Path.of(""),
                            session == null ? null : session.parsed(),
                            bodies,
                            trees,
                            // files the up-to-date check knows unchanged are not read (their bodies when needed)
                            known == null ? null : known::unchanged)
                    .load(diagnostics, files);
            if (session != null && loaded.isPresent()) {
                session.markLoaded();
            }
            return loaded;
        });
        if (content.isEmpty()) {
            return Optional.empty();
        }
        timed(times, "check", () -> {
            // the leaflets' own files were checked as they were loaded; the rest here
            checker.check(content.get(), diagnostics, leafletChecks.get());
            SynonymRules.check(content.get(), diagnostics);
            if (formats().contains("html") || formats().contains("pdf")) {
                theme.checkTemplates(
                        diagnostics); // syntax errors in the user's templates: check reports what build would
            }
            return null;
        });
        Site linked = timed(times, "link", () -> new Linker(options.today()).link(content.get(), diagnostics));
        return Optional.of(published(linked, diagnostics));
    }

    /**
     * Runs load, check and link, then lays out one care-path packet in one language into {@code file} (for {@code pil
     * bundle}); nothing is written when the content has errors. {@code lang} null: the source language; {@code file} null: {@code build/<id>-<lang>.pdf}.
     *
     * @throws IllegalArgumentException no such bundle, or it is not made in {@code lang} (the message says which are)
     */
    public BundlePrint bundle(String id, String lang, Path file) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        Map<String, Duration> times = new LinkedHashMap<>();
        Optional<Site> linked = throughLink(diagnostics, times);
        if (linked.isEmpty() || diagnostics.hasErrors()) {
            return new BundlePrint(new BuildResult(diagnostics.sorted(), false, 0, 0, times), 0, null);
        }
        Site site = linked.get();
        RenderContext context = RenderContext.of(site, theme, null, Set.of("pdf"), diagnostics);
        String language = lang == null ? site.settings().sourceLanguage() : lang;
        Path written = file != null ? file : Path.of("build", id + "-" + language + ".pdf");
        int pages = PdfOutput.printBundle(context, id, language, written);
        return new BundlePrint(
                new BuildResult(
                        diagnostics.sorted(),
                        true,
                        site.leafletIds().size(),
                        site.allPages().size(),
                        times),
                pages,
                written);
    }

    /**
     * What {@link #bundle} did: the check's result, the packet's page count and file (0 and {@code null} when nothing
     * was written).
     */
    public record BundlePrint(BuildResult result, int pages, Path file) {}

    private BuildResult run(boolean publish) {
        if (!publish || session != null) {
            return run(publish, null);
        }
        // a build that runs once: what the previous build replaced is emptied into a spare while this one loads
        ExecutorService background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "pil-spare");
            t.setDaemon(true); // a spare left half-emptied is taken over by the next build
            return t;
        });
        try {
            SpareFolders spares = new SpareFolders(background);
            spares.adopt(options.outputFolder());
            return run(true, Publisher.leavingReplaced(spares));
        } finally {
            background.shutdown(); // the thread ends once it has removed the other leftovers
        }
    }

    /** @param oneShot how a build that runs once publishes; {@code null}: the session's way, or removing the replaced site */
    private BuildResult run(boolean publish, Publisher oneShot) {
        Diagnostics diagnostics = new Diagnostics();
        Map<String, Duration> times = new LinkedHashMap<>();
        try {
            return run(publish, oneShot, diagnostics, times);
        } catch (RuntimeException | Error e) {
            // a file known unchanged without reading it was changed by the time a page needed its text: what was
            // checked is not what would be published
            SourceChanged changed = SourceChanged.in(e);
            if (changed == null) {
                throw e;
            }
            diagnostics.error(
                    SourcePosition.of(changed.displayPath()),
                    "the file changed while the site was being built",
                    "build again; the site was left as it was");
            return new BuildResult(diagnostics.sorted(), false, 0, 0, times);
        }
    }

    private BuildResult run(boolean publish, Publisher oneShot, Diagnostics diagnostics, Map<String, Duration> times) {
        Optional<Site> linked = throughLink(diagnostics, times);
        if (linked.isEmpty()) {
            return new BuildResult(diagnostics.sorted(), false, 0, 0, times);
        }
        Site site = linked.get();
        int leaflets = site.leafletIds().size();
        int pages = site.allPages().size();
        if (!publish || diagnostics.hasErrors()) {
            return new BuildResult(diagnostics.sorted(), false, leaflets, pages, times);
        }
        long start = System.nanoTime();
        try {
            Publisher publisher = oneShot != null
                    ? oneShot
                    : session == null ? new Publisher() : new Publisher(session.cleanup(), session.spares());
            RenderContext context = RenderContext.of(
                    site,
                    theme,
                    options.previousOutput(),
                    formats(),
                    diagnostics,
                    session == null ? null : session.cards(),
                    // the copies of unchanged pictures: known by the up-to-date check, or in pil watch by their times
                    known != null ? known::unchanged : session != null ? session.files() : null);
            publisher.publish(options.outputFolder(), folder -> {
                // what the check and the parsing found, for the next build: tens of megabytes at 20,000 leaflets,
                // written beside the outputs (which read neither) and waited for before the site is published
                FutureTask<Void> records = new FutureTask<>(() -> {
                    checked.write(folder);
                    bodies.write(folder);
                    return null;
                });
                Thread writer = new Thread(records, "pil-records");
                writer.setDaemon(true);
                writer.start();
                try {
                    for (Output<RenderContext> output : outputs) {
                        long t = System.nanoTime();
                        progress.begin("render " + output.name(), output.steps(site));
                        output.render(context, folder, diagnostics, renderSteps(output));
                        progress.end("render " + output.name(), Duration.ofNanos(System.nanoTime() - t));
                        times.put("render " + output.name(), Duration.ofNanos(System.nanoTime() - t));
                    }
                } catch (Throwable failed) {
                    // never leave it writing into a staging folder that is being removed
                    try {
                        awaitRecords(records);
                    } catch (Throwable also) {
                        failed.addSuppressed(also);
                    }
                    throw failed;
                }
                awaitRecords(records);
                if (diagnostics.hasErrors()) {
                    throw new RenderErrors(); // e.g. a bad synonym rule: keep the previous site
                }
            });
        } catch (RenderErrors e) {
            return new BuildResult(diagnostics.sorted(), false, leaflets, pages, times);
        } catch (IOException e) {
            throw new PublishFailure(e);
        }
        times.put(
                "publish",
                Duration.ofNanos(System.nanoTime() - start)
                        .minus(times.entrySet().stream()
                                .filter(e -> e.getKey().startsWith("render"))
                                .map(Map.Entry::getValue)
                                .reduce(Duration.ZERO, Duration::plus)));
        return new BuildResult(diagnostics.sorted(), true, leaflets, pages, times);
    }

    /** Waits for the records' writer; its failure is the build's (a full disk, say). */
    private static void awaitRecords(FutureTask<Void> records) throws IOException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    records.get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true; // the writer is not interrupted: finish waiting, then say so
                } catch (ExecutionException e) {
                    switch (e.getCause()) {
                        case IOException io -> throw io;
                        case RuntimeException runtime -> throw runtime;
                        case Error error -> throw error;
                        default -> throw new IllegalStateException(e.getCause());
                    }
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The progress an output reports (steps named after itself), as steps of its stage "render NAME". */
    private Progress renderSteps(Output<RenderContext> output) {
        String stage = "render " + output.name();
        return new Progress() {
            @Override
            public void begin(String name, int total) {
                progress.begin(stage, total);
            }

            @Override
            public void step(String name) {
                progress.step(stage);
            }

            @Override
            public void end(String name, Duration took) {
                progress.end(stage, took);
            }
        };
    }

    /** The languages chosen in the options (all checked; only these published), or the whole site. */
    private Site published(Site site, Diagnostics diagnostics) {
        if (options.languages().isEmpty()) {
            return site;
        }
        List<String> known = site.settings().languages();
        Path file = options.contentFolder().toAbsolutePath().normalize().resolve("site.yaml");
        Path here = Path.of("").toAbsolutePath();
        SourcePosition at = SourcePosition.of((file.startsWith(here) ? here.relativize(file) : file)
                .toString()
                .replace('\\', '/'));
        boolean usable = true;
        for (String lang : options.languages()) {
            if (!known.contains(lang)) {
                diagnostics.error(
                        at,
                        "cannot publish language '" + lang + "': site.yaml does not list it",
                        Suggest.didYouMean(lang, known) + "the site's languages are " + String.join(", ", known));
                usable = false;
            }
        }
        if (!options.languages().contains(site.settings().sourceLanguage())) {
            diagnostics.error(
                    at,
                    "the languages to publish (" + String.join(", ", options.languages())
                            + ") leave out the source language '"
                            + site.settings().sourceLanguage() + "'",
                    "every other language falls back to it; add "
                            + site.settings().sourceLanguage());
            usable = false;
        }
        return usable ? site.restrictTo(options.languages()) : site;
    }

    private <T> T timed(Map<String, Duration> times, String stage, Supplier<T> work) {
        long start = System.nanoTime();
        progress.begin(stage, 0);
        try {
            return work.get();
        } finally {
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            times.put(stage, took);
            progress.end(stage, took);
        }
    }

    private static final class RenderErrors extends RuntimeException {
        RenderErrors() {
            super(null, null, false, false);
        }
    }

    private static final class PublishFailure extends RuntimeException {
        PublishFailure(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }
}
