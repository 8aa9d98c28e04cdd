package nl.pil.render;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import nl.pil.i18n.Messages;
import nl.pil.link.LinkedSite;
import nl.pil.link.Page;
import nl.pil.markdown.Alert;
import nl.pil.markdown.BodyContext;
import nl.pil.markdown.LeafletMarkdown;
import nl.pil.model.Department;
import nl.pil.model.Diagnostics;
import nl.pil.model.LeafletType;
import nl.pil.model.Reference;
import nl.pil.model.SourcePosition;
import nl.pil.output.Output;

/**
 * The web pages: a page per leaflet and language, an index per language, the home page with the language
 * choice, the 404 page and the theme's assets. Everything goes through the theme's FreeMarker templates.
 *
 * <p>A leaflet page whose inputs ({@link PageInputs}) did not change since the previous build is taken over from
 * it instead of being rendered again; {@value OutputCache#HTML} records what each page was made from. The
 * site-wide pages (language indexes, home, search, 404) list every leaflet and are always written.
 */
public final class HtmlOutput implements Output {
    /** Bump when page rendering changes in a way the fingerprint would not notice. */
    static final int RENDERING_VERSION = 1;

    private final Theme theme;
    private final Function<Page, List<Map<String, Object>>> downloads;
    private final Path previousOutput;
    private final java.util.concurrent.atomic.AtomicInteger rendered = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger reused = new java.util.concurrent.atomic.AtomicInteger();

    /** Renders every page afresh. */
    public HtmlOutput(Theme theme) {
        this(theme, page -> List.of(), null);
    }

    /**
     * @param downloads      files offered on a leaflet's page (its PDF handouts), as {@code href}, {@code label}, … maps
     * @param previousOutput the previous build's output folder, whose unchanged pages are taken over ({@code null}: none)
     */
    public HtmlOutput(Theme theme, Function<Page, List<Map<String, Object>>> downloads, Path previousOutput) {
        this.theme = theme;
        this.downloads = downloads;
        this.previousOutput = previousOutput;
    }

    @Override
    public Counts counts() {
        return new Counts(rendered.get(), reused.get());
    }

    @Override
    public String name() {
        return "html";
    }

    @Override
    public int steps(LinkedSite site) {
        return site.allPages().size();
    }

    @Override
    public void render(LinkedSite site, Path out, Diagnostics diagnostics, nl.pil.output.Progress progress) throws IOException {
        rendered.set(0);
        reused.set(0);
        Map<String, Messages> messages = loadMessages(site, diagnostics);
        Views views = new Views(site, messages);
        theme.copyAssets(out.resolve("assets"));
        PageInputs inputs = new PageInputs(site, views, OutputCache.environmentFingerprint(name(), RENDERING_VERSION, theme));
        OutputCache previous = OutputCache.read(previousOutput, OutputCache.HTML);
        OutputCache next = new OutputCache(OutputCache.HTML);
        TemplateErrors errors = new TemplateErrors();
        try {
            site.allPages().parallelStream().forEach(page -> {
                try {
                    List<Map<String, Object>> files = downloads.apply(page);
                    String hash = inputs.of(page, files.toString());
                    Path folder = out.resolve(page.path());
                    Files.createDirectories(folder);
                    OutputCache.Entry entry = previous.reuse(page.path(), hash, previousOutput, folder).orElse(null);
                    if (entry == null) {
                        try {
                            renderLeaflet(page, views, folder, files);
                            entry = new OutputCache.Entry(page.path(), hash, 0, List.of("index.html"));
                            rendered.incrementAndGet();
                        } catch (TemplateError e) {
                            errors.add(e, page.path() + "index.html"); // reported below, once per template position
                        }
                    } else {
                        reused.incrementAndGet();
                    }
                    if (entry != null) {
                        copyFiles(page, folder);
                        next.put(entry);
                    }
                    progress.step(name());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        next.write(out);
        for (String lang : site.site().languages()) {
            write(out, lang + "/index.html", "index.ftlh", languageIndex(site, views, lang), errors);
            writeSearchPage(site, views, lang, out, errors);
        }
        Map<String, Object> home = views.common(site.site().sourceLanguage(), "");
        write(out, "index.html", "home.ftlh", withMessages(home, views), errors);
        Map<String, Object> notFound = views.common(site.site().sourceLanguage(), site.site().baseUrl().getPath().endsWith("/")
                ? site.site().baseUrl().getPath() : site.site().baseUrl().getPath() + "/");
        write(out, "404.html", "404.ftlh", withMessages(notFound, views), errors);
        errors.reportTo(diagnostics);
    }

    /**
     * The search page of a language (results come from the search service, or are filled in by it when
     * JavaScript is off), and the search texts the service formats its answers with.
     */
    private void writeSearchPage(LinkedSite site, Views views, String lang, Path out, TemplateErrors errors) throws IOException {
        String root = "../../";
        Map<String, Object> model = withMessages(views.common(lang, root), views);
        model.put("canonical", site.site().absoluteUrl(lang + "/search/"));
        model.put("alternates", views.languageAlternates(lang, root, "search/"));
        List<Map<String, Object>> types = new ArrayList<>();
        for (LeafletType type : LeafletType.values()) {
            types.add(Map.of("key", type.key(), "label", views.messages(lang).get("type." + type.key() + ".plural")));
        }
        model.put("types", types);
        write(out, lang + "/search/index.html", "search.ftlh", model, errors);
        java.util.Properties texts = new java.util.Properties();
        texts.putAll(views.messages(lang).patterns("search."));
        texts.putAll(views.messages(lang).patterns("home."));
        for (LeafletType type : LeafletType.values()) {
            texts.put("type." + type.key(), views.messages(lang).get("type." + type.key()));
        }
        // IndexLayout.texts(out, lang): spelled out, as render must not depend on search (which depends on render);
        // these texts move to the index output with the shared render context (issue 11)
        Path file = out.resolve("_search").resolve("texts-" + lang + ".properties");
        Files.createDirectories(file.getParent());
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            // sorted, without the timestamp Properties.store adds, so builds stay reproducible
            for (String key : new java.util.TreeSet<>(texts.stringPropertyNames())) {
                writer.write(key + "=" + texts.getProperty(key).replace("\\", "\\\\").replace("\n", "\\n") + "\n");
            }
        }
    }

    private Map<String, Messages> loadMessages(LinkedSite site, Diagnostics diagnostics) throws IOException {
        Map<String, Messages> messages = new LinkedHashMap<>();
        for (String lang : site.site().languages()) {
            Messages m = Messages.load(lang, theme);
            SourcePosition at = SourcePosition.of("templates/i18n/" + lang + ".properties");
            if (!m.hasOwnFile()) {
                diagnostics.warning(at, "no interface text for language '" + lang + "'; English is used",
                        "add i18n/" + lang + ".properties to your templates folder");
            } else if (!m.missingKeys().isEmpty()) {
                diagnostics.warning(at, "interface text for '" + lang + "' lacks " + m.missingKeys().size()
                        + " keys; English is used for: " + String.join(", ", m.missingKeys()), null);
            }
            messages.put(lang, m);
        }
        return messages;
    }

    private void renderLeaflet(Page page, Views views, Path folder, List<Map<String, Object>> files) throws IOException {
        String lang = page.lang();
        String root = "../../";
        LinkedSite site = views.site();
        BodyContext context = new BodyContext() {
            @Override
            public ResolvedLink resolveLeaflet(String leafletId, String fragment) {
                return site.resolve(leafletId, lang).map(target -> new ResolvedLink(
                        root + target.path() + (fragment == null || fragment.isEmpty() ? "" : "#" + fragment),
                        target.lang().equals(lang) ? null : target.lang(),
                        target.lang().equals(lang) ? null : "(" + Views.languageName(target.lang()) + ")")).orElse(null);
            }

            @Override
            public String cardHtml(String leafletId) {
                if (site.resolve(leafletId, lang).isEmpty()) {
                    return "";
                }
                Map<String, Object> model = withMessages(views.common(lang, root), views);
                model.put("card", views.card(leafletId, lang, root));
                return theme.render("card.ftlh", model);
            }

            @Override
            public String alertTitle(Alert.Kind kind) {
                return views.messages(lang).get("callout." + kind.key());
            }
        };
        String body = LeafletMarkdown.render(page.translation().body(), context);
        Map<String, Object> model = withMessages(views.leafletPage(page, body), views);
        model.put("downloads", files);
        write(folder.resolve("index.html"), "leaflet.ftlh", model);
    }

    /** Images and attachments sit beside the page, so relative links in the Markdown keep working. */
    private static void copyFiles(Page page, Path folder) throws IOException {
        Path source = page.leaflet().folder();
        for (Reference ref : page.translation().references()) {
            if (ref.kind() != Reference.Kind.FILE) {
                continue;
            }
            // the checker's rule again: only files really in the leaflet's folder, of a type that runs nothing
            if (nl.pil.load.Attachments.resolve(source, ref.target()) instanceof nl.pil.load.Attachments.Found found) {
                Path to = folder.resolve(found.name()).normalize();
                // never over the page itself: the server trusts a leaflet folder's index.html as Pil's own page
                if (to.startsWith(folder) && !to.equals(folder.resolve("index.html"))) {
                    Files.createDirectories(to.getParent());
                    Files.copy(found.file(), to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private Map<String, Object> languageIndex(LinkedSite site, Views views, String lang) {
        String root = "../";
        Map<String, Object> m = withMessages(views.common(lang, root), views);
        Collator collator = Collator.getInstance(ULocale.forLanguageTag(lang));
        Messages msg = views.messages(lang);
        List<Map<String, Object>> groups = new ArrayList<>();
        for (LeafletType type : LeafletType.values()) {
            // every leaflet is listed; one not yet translated links to the source language, marked as such
            Map<String, List<Map<String, Object>>> byDepartment = new TreeMap<>(collator::compare);
            for (String id : site.leafletIds()) {
                Page page = site.resolve(id, lang).orElseThrow();
                if (page.meta().type() != type) {
                    continue;
                }
                Department dept = page.meta().department() == null ? null : site.site().departments().get(page.meta().department());
                String deptName = dept == null ? msg.get("index.otherDepartment")
                        : dept.name().in(lang, site.site().sourceLanguage());
                byDepartment.computeIfAbsent(deptName, k -> new ArrayList<>()).add(views.card(id, lang, root));
            }
            if (byDepartment.isEmpty()) {
                continue;
            }
            List<Map<String, Object>> departments = new ArrayList<>();
            byDepartment.forEach((name, cards) -> {
                cards.sort(Comparator.comparing(c -> (String) c.get("title"), collator::compare));
                departments.add(Map.of("name", name, "leaflets", cards));
            });
            groups.add(Map.of("type", type.key(), "label", msg.get("type." + type.key() + ".plural"), "departments", departments));
        }
        m.put("groups", groups);
        m.put("alternates", views.languageAlternates(lang, root, ""));
        m.put("canonical", site.site().absoluteUrl(lang + "/"));
        return m;
    }

    static Map<String, Object> withMessages(Map<String, Object> model, Views views) {
        Messages msg = views.messages((String) model.get("lang"));
        model.put("msg", (TemplateMethodModelEx) args -> {
            if (args.isEmpty()) {
                throw new TemplateModelException("msg needs a key");
            }
            String key = String.valueOf(DeepUnwrap.unwrap((freemarker.template.TemplateModel) args.get(0)));
            if (args.size() == 1) {
                return msg.get(key);
            }
            Object params = DeepUnwrap.unwrap((freemarker.template.TemplateModel) args.get(1));
            if (!(params instanceof Map<?, ?> map)) {
                throw new TemplateModelException("msg's second argument must be a hash, e.g. {\"days\": 3}");
            }
            Map<String, Object> named = new LinkedHashMap<>();
            map.forEach((k, v) -> named.put(String.valueOf(k), v));
            return msg.format(key, named);
        });
        return model;
    }

    /** A site-wide page; a template error is collected in {@code errors} instead of thrown. */
    private void write(Path out, String page, String templateName, Map<String, Object> model, TemplateErrors errors) throws IOException {
        try {
            write(out.resolve(page), templateName, model);
        } catch (TemplateError e) {
            errors.add(e, page);
        }
    }

    private void write(Path file, String templateName, Map<String, Object> model) throws IOException {
        Files.createDirectories(file.getParent());
        String html = theme.render(templateName, model);
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write(html);
        }
    }
}
