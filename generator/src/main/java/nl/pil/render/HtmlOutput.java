package nl.pil.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import nl.pil.cache.Fingerprint;
import nl.pil.cache.KnownFiles;
import nl.pil.cache.Manifest;
import nl.pil.link.Page;
import nl.pil.link.Site;
import nl.pil.load.Attachments;
import nl.pil.markdown.LeafletMarkdown;
import nl.pil.model.Bundle;
import nl.pil.model.Department;
import nl.pil.model.Diagnostics;
import nl.pil.model.ExternalLink;
import nl.pil.model.LeafletType;
import nl.pil.model.Person;
import nl.pil.model.Reference;
import nl.pil.output.Folders;
import nl.pil.output.Output;
import nl.pil.output.Progress;

/**
 * The web pages: a page per leaflet and language; per language an index by type, A–Z and by department and a page
 * per department ({@link Indexes}); the home page, the 404 page and the theme's assets. Everything goes through the theme's FreeMarker templates.
 *
 * <p>A leaflet page whose inputs ({@link PageInputs}) did not change since the previous build is taken over from
 * it instead of being rendered again; the manifest {@value #MANIFEST} records what each page was made from. The
 * site-wide pages (language indexes, home, search, 404) list every leaflet and are always written.
 */
public final class HtmlOutput implements Output<RenderContext> {
    /** Bump when page rendering changes in a way the fingerprint would not notice. */
    static final int RENDERING_VERSION = 1;
    /** The name of this output's {@link Manifest}. */
    static final String MANIFEST = "html";
    /** Where people's photos go in the site: {@code people/anna-de-vries.jpg}. */
    static final String PEOPLE_FOLDER = "people/";

    /**
     * The manifest key of what the site-wide pages show of the leaflets ({@link #siteWideKey}); not a page: no page's
     * path starts with a dot.
     */
    private static final String SITE_WIDE = ".site-wide";

    private final AtomicInteger rendered = new AtomicInteger();
    private final AtomicInteger reused = new AtomicInteger();
    private int siteWideModels; // of the last render: site-wide pages whose template model was made

    @Override
    public Counts counts() {
        return new Counts(rendered.get(), reused.get());
    }

    @Override
    public String name() {
        return "html";
    }

    @Override
    public int steps(Site site) {
        return site.allPages().size();
    }

    @Override
    public void render(RenderContext context, Path out, Diagnostics diagnostics, Progress progress) throws IOException {
        rendered.set(0);
        reused.set(0);
        Site site = context.site();
        TemplateModels views = context.views();
        Handouts handouts = context.handouts();
        Path previousOutput = context.previousOutput();
        Theme theme = context.theme();
        theme.copyAssets(out.resolve("assets"));
        PageInputs inputs = context.inputs(PageInputs.environment(name(), RENDERING_VERSION, theme));
        Manifest previous = Manifest.read(previousOutput, MANIFEST);
        Manifest next = new Manifest(MANIFEST);
        TemplateErrors errors = new TemplateErrors();
        try {
            site.allPages().parallelStream().forEach(page -> {
                try {
                    // the handouts the page offers, with their size: from the context's plan, whoever lays them out
                    List<Map<String, Object>> files = handouts == null ? List.of() : handouts.links(page, out);
                    String hash = inputs.of(page, files.toString());
                    Path folder = out.resolve(page.path());
                    Folders.make(folder);
                    Manifest.Entry entry = previous.takeOver(page.path(), hash, previousOutput, out)
                            .orElse(null);
                    if (entry == null) {
                        try {
                            renderLeaflet(context, page, folder, files);
                            entry = Manifest.Entry.of(hash).withFiles(List.of(page.path() + "index.html"));
                            rendered.incrementAndGet();
                        } catch (TemplateError e) {
                            errors.add(e, page.path() + "index.html"); // reported below, once per template position
                        }
                    } else {
                        reused.incrementAndGet();
                    }
                    if (entry != null) {
                        copyFiles(context, page, folder, out, previous, next);
                        next.put(page.path(), entry);
                    }
                    progress.step(name());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        copyPictures(site, out);
        String key = siteWideKey(context, inputs);
        boolean sameLeaflets = key != null
                && previousOutput != null
                && previous.get(SITE_WIDE, key).isPresent();
        SitePages pages =
                new SitePages(theme, out, previous, previousOutput, next, errors, inputs.siteWide(), sameLeaflets);
        Supplier<Indexes> sourceIndexes = null;
        for (String lang : site.settings().languages()) {
            Supplier<Indexes> indexes = once(() -> new Indexes(site, views, lang));
            if (lang.equals(site.settings().sourceLanguage())) {
                sourceIndexes = indexes; // the home page lists the same leaflets
            }
            pages.write(lang + "/index.html", "index.ftlh", () -> {
                Map<String, Object> byType = indexes.get().byType();
                byType.put("bundles", bundleList(context, lang, "../"));
                return byType;
            });
            pages.write(
                    lang + "/a-z/index.html",
                    "index-az.ftlh",
                    () -> indexes.get().alphabetical());
            pages.write(
                    lang + "/departments/index.html",
                    "departments.ftlh",
                    () -> indexes.get().byDepartment());
            for (Department dept : site.settings().departments().values()) {
                pages.write(
                        dept.path(lang) + "index.html",
                        "department.ftlh",
                        () -> views.withMessages(
                                views.departmentPage(dept, lang, indexes.get().groupsOf(dept.id(), "../../../"))));
            }
            writeSearchPage(pages, site, views, lang);
        }
        Bundles bundles = context.bundles();
        for (Bundles.Edition edition : bundles.editions()) {
            Map<String, Object> download = handouts == null ? null : bundles.download(edition, out);
            Map<String, Object> bilingual = null;
            if (handouts != null) {
                Optional<Bundles.Edition> beside = bundles.bilingualOf(edition);
                if (beside.isPresent()) {
                    bilingual = bundles.download(beside.get(), out);
                }
            }
            // a packet's page shows its leaflets' headings and its handouts: not on the site-wide key, always modelled
            pages.writeModelled(
                    edition.path() + "index.html", "bundle.ftlh", bundles.page(edition, download, bilingual));
        }
        Supplier<Indexes> home = sourceIndexes;
        pages.write("index.html", "home.ftlh", () -> home.get().home());
        pages.write(
                "404.html",
                "404.ftlh",
                () -> views.withMessages(views.common(
                        site.settings().sourceLanguage(),
                        site.settings().baseUrl().getPath().endsWith("/")
                                ? site.settings().baseUrl().getPath()
                                : site.settings().baseUrl().getPath() + "/")));
        if (key != null) {
            next.put(SITE_WIDE, Manifest.Entry.of(key));
        }
        siteWideModels = pages.models;
        next.write(out);
        errors.reportTo(diagnostics);
    }

    /**
     * Everything the site-wide pages (home, indexes, departments, search, 404; not the care-path packets' pages) show
     * of the leaflets, summed up: per language and leaflet, the card a page in that language shows (title, summary,
     * type, code, language, address, preparation warning: {@link PageInputs#card}) and the departments it is in, and
     * the packets listed on the index pages; with {@code site.yaml}, the templates and Pil ({@link
     * PageInputs#siteWide}). When it is the previous build's, their models are not even made: each page is taken over
     * as the previous build recorded it. The cards of an unchanged leaflet are known without being made in a
     * watching process ({@link KnownCards}), so an edit of a body costs no site-wide model at all. {@code null} when
     * the packets' list has no fingerprint.
     */
    private static String siteWideKey(RenderContext context, PageInputs inputs) {
        Site site = context.site();
        Fingerprint key = Fingerprint.start()
                .add(inputs.siteWide())
                .add(String.join(",", site.settings().languages()));
        for (String lang : site.settings().languages()) {
            key.add(lang);
            for (String id : site.leafletIds()) {
                Optional<Page> page = site.resolve(id, lang);
                if (page.isEmpty()) {
                    continue; // a leaflet without a source file: on no page
                }
                key.add(id)
                        .add(inputs.card(id, lang))
                        .add(String.join(",", page.get().meta().departments()));
            }
            Map<String, Object> bundles = new LinkedHashMap<>();
            bundles.put("bundles", bundleList(context, lang, ""));
            Optional<String> listed = ModelFingerprint.of("", "", bundles);
            if (listed.isEmpty()) {
                return null;
            }
            key.add(listed.get());
        }
        return key.hex();
    }

    /** {@code make}'s value, made when first asked for (on one thread). */
    private static <T> Supplier<T> once(Supplier<T> make) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = make.get();
                }
                return value;
            }
        };
    }

    /** Site-wide pages whose template model the last render made (the others were taken over by the site-wide key). */
    int siteWideModels() {
        return siteWideModels;
    }

    /** The care-path packets made in {@code lang}, for its index page: title, intro, address, how many leaflets. */
    private static List<Map<String, Object>> bundleList(RenderContext context, String lang, String root) {
        String source = context.site().settings().sourceLanguage();
        List<Map<String, Object>> list = new ArrayList<>();
        for (Bundles.Edition edition : context.bundles().editions()) {
            if (!edition.lang().equals(lang)) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("title", edition.bundle().title().in(lang, source));
            m.put("href", root + edition.path());
            m.put("count", context.bundles().pages(edition).size());
            String intro = edition.bundle().intro().inOnly(lang);
            if (intro != null && !intro.isBlank()) {
                m.put("intro", intro);
            }
            list.add(m);
        }
        return list;
    }

    /**
     * The search page of a language (results come from the search service, or are filled in by it when
     * JavaScript is off). The texts the service formats its answers with are the search index output's.
     */
    private static void writeSearchPage(SitePages pages, Site site, TemplateModels views, String lang)
            throws IOException {
        String root = "../../";
        pages.write(lang + "/search/index.html", "search.ftlh", () -> {
            Map<String, Object> model = views.withMessages(views.common(lang, root));
            model.put("canonical", site.settings().absoluteUrl(lang + "/search/"));
            model.put("alternates", views.languageAlternates(lang, root, "search/"));
            List<Map<String, Object>> types = new ArrayList<>();
            for (LeafletType type : LeafletType.values()) {
                types.add(
                        Map.of("key", type.key(), "label", views.messages(lang).get("type." + type.key() + ".plural")));
            }
            if (Bundles.editions(site).stream().anyMatch(e -> e.lang().equals(lang))) {
                // care-path packets are found too (the search index has them as their own kind)
                types.add(
                        Map.of("key", Bundle.KIND, "label", views.messages(lang).get("index.bundles")));
            }
            model.put("types", types);
            return model;
        });
    }

    private void renderLeaflet(RenderContext context, Page page, Path folder, List<Map<String, Object>> files)
            throws IOException {
        String body = LeafletMarkdown.renderHtml(
                page.translation().body(), context.body(page, RenderContext.Medium.WEB, "../../"));
        Map<String, Object> model = context.withMessages(context.views().leafletPage(page, body));
        model.put("downloads", files);
        write(context.theme(), folder.resolve("index.html"), "leaflet.ftlh", model);
    }

    /**
     * The pictures content files name besides leaflets' own, checked when loaded: people's photos
     * ({@code people/<id>.jpg}) and posters of videos and podcasts ({@code media/<id>.jpg}), one folder each for the
     * whole site.
     */
    private static void copyPictures(Site site, Path out) throws IOException {
        Map<String, Path> pictures = new TreeMap<>();
        for (Person p : site.content().people().values()) {
            if (p.photo() != null) {
                pictures.put(PEOPLE_FOLDER + p.photoName(), p.photo());
            }
        }
        for (ExternalLink link : site.content().links().values()) {
            if (link.poster() != null) {
                pictures.put(link.posterName(), link.poster());
            }
        }
        for (Map.Entry<String, Path> picture : pictures.entrySet()) {
            Path to = out.resolve(picture.getKey());
            Files.createDirectories(to.getParent());
            Files.copy(picture.getValue(), to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Images and attachments sit beside the page, so relative links in the Markdown keep working. A file that the
     * build knows has not changed since the previous build copied it ({@link RenderContext#knownFiles}: its
     * fingerprint is the one recorded with the copy) is taken over from the previous site by a hard link; every other
     * one is copied, and recorded (in this output's manifest, by the copy's path) only if it did not change while it
     * was copied.
     */
    private static void copyFiles(
            RenderContext context, Page page, Path folder, Path out, Manifest previous, Manifest next)
            throws IOException {
        Path source = page.leaflet().folder();
        KnownFiles known = context.knownFiles();
        for (Reference ref : page.translation().references()) {
            if (ref.kind() != Reference.Kind.FILE) {
                continue;
            }
            // the checker's rule again: only files really in the leaflet's folder, of a type that runs nothing
            if (Attachments.resolve(source, ref.target()) instanceof Attachments.Found found) {
                Path to = folder.resolve(found.name()).normalize();
                // never over the page itself: the server trusts a leaflet folder's index.html as Pil's own page
                if (to.startsWith(folder) && !to.equals(folder.resolve("index.html"))) {
                    Folders.make(to.getParent());
                    Path listed = source.resolve(found.name()); // as the build found it: found.file() is its real path
                    String key = page.path() + folder.relativize(to).toString().replace('\\', '/');
                    String fingerprint = known == null ? null : known.unchanged(listed);
                    if (fingerprint != null) {
                        Optional<Manifest.Entry> kept =
                                previous.takeOver(key, fingerprint, context.previousOutput(), out);
                        if (kept.isPresent()) {
                            next.put(key, kept.get());
                            continue;
                        }
                    }
                    Files.copy(found.file(), to, StandardCopyOption.REPLACE_EXISTING);
                    if (fingerprint != null && fingerprint.equals(known.unchanged(listed))) {
                        next.put(
                                key,
                                Manifest.Entry.of(fingerprint)
                                        .withFiles(List.of(key))
                                        .withSizes(out));
                    }
                }
            }
        }
    }

    /**
     * Writes the site-wide pages (home, indexes, departments, search, packets, 404), each taken over from the previous
     * build when its model is the same ({@link ModelFingerprint}); a template error is collected instead of thrown.
     */
    private final class SitePages {
        private final Theme theme;
        private final Path out;
        private final Manifest previous;
        private final Path previousOutput;
        private final Manifest next;
        private final TemplateErrors errors;
        private final String environment;
        private final boolean sameLeaflets;
        int models;

        SitePages(
                Theme theme,
                Path out,
                Manifest previous,
                Path previousOutput,
                Manifest next,
                TemplateErrors errors,
                String environment,
                boolean sameLeaflets) {
            this.theme = theme;
            this.out = out;
            this.previous = previous;
            this.previousOutput = previousOutput;
            this.next = next;
            this.errors = errors;
            this.environment = environment;
            this.sameLeaflets = sameLeaflets;
        }

        /**
         * A page that shows nothing of the leaflets beyond the {@link #siteWideKey}: when that is the previous
         * build's, taken over as that build recorded it, without making its model.
         */
        void write(String page, String templateName, Supplier<Map<String, Object>> model) throws IOException {
            if (sameLeaflets) {
                Optional<Manifest.Entry> before = previous.get(page);
                if (before.isPresent()) {
                    Folders.make(out.resolve(page).getParent());
                    Optional<Manifest.Entry> kept =
                            previous.takeOver(page, before.get().fingerprint(), previousOutput, out);
                    if (kept.isPresent()) {
                        next.put(page, kept.get());
                        return;
                    }
                }
            }
            writeModelled(page, templateName, model.get());
        }

        /** A page taken over only when its template model is the same as the previous build's. */
        void writeModelled(String page, String templateName, Map<String, Object> model) throws IOException {
            models++;
            Optional<String> hash = ModelFingerprint.of(environment, templateName, model);
            Folders.make(out.resolve(page).getParent());
            try {
                ModelFingerprint.takeOverOrWrite(
                        page,
                        hash,
                        previous,
                        previousOutput,
                        next,
                        out,
                        () -> HtmlOutput.write(theme, out.resolve(page), templateName, model));
            } catch (TemplateError e) {
                errors.add(e, page);
            }
        }
    }

    private static void write(Theme theme, Path file, String templateName, Map<String, Object> model)
            throws IOException {
        Files.createDirectories(file.getParent());
        String html = theme.render(templateName, model);
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write(html);
        }
    }
}
