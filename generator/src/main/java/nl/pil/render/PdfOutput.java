package nl.pil.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.pil.i18n.Messages;
import nl.pil.link.LinkedSite;
import nl.pil.link.Page;
import nl.pil.markdown.Alert;
import nl.pil.markdown.BodyContext;
import nl.pil.markdown.LeafletMarkdown;
import nl.pil.model.Diagnostics;
import nl.pil.model.PageFormat;
import nl.pil.model.PdfSettings;
import nl.pil.model.Reference;
import nl.pil.model.SourcePosition;
import nl.pil.output.Output;
import nl.pil.render.pdf.Hyphenator;
import nl.pil.render.pdf.PdfRenderer;
import nl.pil.render.pdf.PrintVariants;
import nl.pil.render.pdf.QrCodes;
import nl.pil.render.pdf.ThemeFiles;

/**
 * PDF handouts: one per leaflet and language, beside its page ({@code <lang>/<id>/<code>-<lang>.pdf}), from the
 * print template {@code pdf.ftlh} and {@code pdf.css}. With {@code bleed} a print-shop copy ({@code -print.pdf})
 * is written too, and with {@code booklet} an imposed A5 booklet ({@code -booklet.pdf}).
 *
 * <p>Leaflets are laid out in parallel, one per core. A handout whose inputs did not change since the previous
 * build (its leaflet's files, the cards it shows, its images, the theme, settings and Pil version: see
 * {@link PageInputs}) is not laid out again: the previous build's file is linked into the new output.
 * {@value OutputCache#PDF} in the output folder records the fingerprints.
 */
public final class PdfOutput implements Output {
    /** Bump when the PDF code changes in a way the fingerprint would not notice. */
    static final int RENDERING_VERSION = 1;

    private final Theme theme;
    private final Path previousOutput;
    private final int threads;
    private final Map<String, List<Map<String, Object>>> links = new ConcurrentHashMap<>();
    private final AtomicInteger rendered = new AtomicInteger();
    private final AtomicInteger reused = new AtomicInteger();

    /** @param previousOutput the output folder of the previous build, whose handouts may be reused (may not exist; {@code null}: none) */
    public PdfOutput(Theme theme, Path previousOutput) {
        this(theme, previousOutput, Runtime.getRuntime().availableProcessors());
    }

    public PdfOutput(Theme theme, Path previousOutput, int threads) {
        this.theme = theme;
        this.previousOutput = previousOutput;
        this.threads = Math.max(1, threads);
    }

    @Override
    public String name() {
        return "pdf";
    }

    /** The handouts of a page, for its download links; known once {@link #render} has run. */
    public List<Map<String, Object>> links(Page page) {
        return links.getOrDefault(page.path(), List.of());
    }

    @Override
    public Counts counts() {
        return new Counts(rendered.get(), reused.get());
    }

    /** File name of a page's handout: the leaflet code (or id) and language, e.g. {@code RAD-012-nl.pdf}. */
    public static String fileName(Page page) {
        String code = page.meta().code();
        String base = code == null || code.isBlank() ? page.id() : code.strip().replaceAll("[^A-Za-z0-9._-]+", "-");
        return base + "-" + page.lang() + ".pdf";
    }

    @Override
    public int steps(LinkedSite site) {
        return site.allPages().size();
    }

    @Override
    public void render(LinkedSite site, Path out, Diagnostics diagnostics, nl.pil.output.Progress progress) throws IOException {
        links.clear();
        rendered.set(0);
        reused.set(0);
        Map<String, Messages> messages = new LinkedHashMap<>();
        for (String lang : site.site().languages()) {
            messages.put(lang, Messages.load(lang, theme)); // missing text is reported by the HTML output
        }
        Views views = new Views(site, messages);
        ThemeFiles files = new ThemeFiles(theme);
        // made when the first handout must be laid out: often none is
        java.util.function.Supplier<PdfRenderer> renderer = memoized(() -> new PdfRenderer(files));
        Map<String, java.util.Optional<Hyphenator>> hyphenators = new ConcurrentHashMap<>();
        PageInputs inputs = new PageInputs(site, views, OutputCache.environmentFingerprint(name(), RENDERING_VERSION, theme)
                + settingsFingerprint(site.site().pdf()));
        Instant sourceDate = sourceDateEpoch();
        OutputCache previous = OutputCache.read(previousOutput, OutputCache.PDF);
        OutputCache next = new OutputCache(OutputCache.PDF);
        TemplateErrors errors = new TemplateErrors();

        List<Page> pages = site.allPages();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "pil-pdf");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Page page : pages) {
                futures.add(pool.submit(() -> {
                    // patterns are only read when a handout in that language is laid out: usually none is
                    java.util.function.Supplier<Hyphenator> hyphenator =
                            () -> hyphenators.computeIfAbsent(page.lang(), lang -> loadHyphenator(files, lang)).orElse(null);
                    renderPage(page, views, renderer, hyphenator, inputs, sourceDate, previous, next, out, diagnostics, errors);
                    progress.step(name());
                    return null;
                }));
            }
            for (int i = 0; i < futures.size(); i++) {
                try {
                    futures.get(i).get();
                } catch (ExecutionException e) {
                    futures.forEach(f -> f.cancel(true));
                    Throwable cause = e.getCause() instanceof UncheckedIOException u ? u.getCause() : e.getCause();
                    if (cause instanceof RuntimeException re && !(cause instanceof UncheckedIOException)) {
                        throw re;
                    }
                    throw new IOException("PDF of " + pages.get(i).path() + ": " + cause.getMessage(), cause);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while writing PDFs", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        next.write(out);
        errors.reportTo(diagnostics);
    }

    /** {@code make} run once, on first use, by whichever thread comes first. */
    private static <T> java.util.function.Supplier<T> memoized(java.util.function.Supplier<T> make) {
        return new java.util.function.Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = make.get();
                }
                return value;
            }
        };
    }

    private static java.util.Optional<Hyphenator> loadHyphenator(ThemeFiles files, String lang) {
        return files.read("hyphenation/" + lang.replaceFirst("-.*", "") + ".pat").map(bytes -> {
            try {
                return Hyphenator.fromPatterns(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void renderPage(Page page, Views views, java.util.function.Supplier<PdfRenderer> renderer,
                            java.util.function.Supplier<Hyphenator> hyphenator, PageInputs inputs,
                            Instant sourceDate, OutputCache previous, OutputCache next, Path out, Diagnostics diagnostics,
                            TemplateErrors errors) throws IOException {
        PageFormat format = page.meta().pdfFormat() != null ? page.meta().pdfFormat() : views.site().site().pdf().format();
        PdfSettings settings = views.site().site().pdf();
        Instant date = sourceDate != null ? sourceDate
                : (page.meta().reviewed() != null ? page.meta().reviewed() : LocalDate.of(2000, 1, 1)).atStartOfDay(ZoneOffset.UTC).toInstant();
        String hash = inputs.of(page, date.toString(), format.name(), images(page));
        Path folder = out.resolve(page.path());
        Files.createDirectories(folder);
        String main = fileName(page);

        OutputCache.Entry entry = previous.reuse(page.path(), hash, previousOutput, folder).orElse(null);
        SourcePosition at = SourcePosition.of(page.translation().displayPath());
        if (entry != null) {
            reused.incrementAndGet();
        } else {
            String xhtml;
            try {
                xhtml = xhtml(page, views, format, settings);
            } catch (TemplateError e) {
                errors.add(e, page.path() + main); // reported once per template position when all pages are done
                return;
            }
            if (errors.any()) {
                return; // the build fails: only look for more template errors, lay nothing out
            }
            PdfRenderer.Rendered pdf = renderer.get().render(new PdfRenderer.Job(xhtml, page.leaflet().folder(),
                    "rtl".equals(Views.direction(page.lang())), hyphenator.get(), date, producer(), views.site().site().absoluteUrl(page.path())));
            Files.write(folder.resolve(main), pdf.bytes());
            List<String> names = new ArrayList<>(List.of(main));
            if (settings.bleed()) {
                String name = main.replaceFirst("\\.pdf$", "-print.pdf");
                Files.write(folder.resolve(name), PrintVariants.withBleedAndCropMarks(pdf.bytes()));
                names.add(name);
            }
            if (settings.booklet() && format == PageFormat.A5 && pdf.pages() > 2) {
                String name = main.replaceFirst("\\.pdf$", "-booklet.pdf");
                Files.write(folder.resolve(name), PrintVariants.booklet(pdf.bytes(), "rtl".equals(Views.direction(page.lang()))));
                names.add(name);
            }
            entry = new OutputCache.Entry(page.path(), hash, pdf.pages(), names, pdf.problems());
            rendered.incrementAndGet();
        }
        for (String problem : entry.warnings()) {
            diagnostics.warning(at, "PDF: " + problem, null);
        }
        next.put(entry);
        links.put(page.path(), linkModel(entry, folder, format));
    }

    private static List<Map<String, Object>> linkModel(OutputCache.Entry entry, Path folder, PageFormat format) throws IOException {
        List<Map<String, Object>> list = new ArrayList<>();
        for (String name : entry.files()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("href", name);
            m.put("kind", name.endsWith("-print.pdf") ? "print" : name.endsWith("-booklet.pdf") ? "booklet" : "handout");
            m.put("format", format.name());
            m.put("pages", entry.pages());
            m.put("sizeKb", Math.max(1, (Files.size(folder.resolve(name)) + 512) / 1024));
            list.add(m);
        }
        return list;
    }

    private static String producer() {
        String v = PdfOutput.class.getPackage().getImplementationVersion();
        return "Pil" + (v == null ? "" : " " + v);
    }

    /** The print settings and the logo's bytes (site.yaml may keep its path while the picture is replaced). */
    private static String settingsFingerprint(PdfSettings settings) {
        String logo = "";
        if (settings.logo() != null) {
            try {
                logo = nl.pil.model.Fingerprint.start().add(Files.readAllBytes(settings.logo())).hex();
            } catch (IOException e) {
                logo = "unreadable"; // laying the handout out reports it
            }
        }
        return "|bleed=" + settings.bleed() + "|booklet=" + settings.booklet() + "|logo=" + logo;
    }

    /** SOURCE_DATE_EPOCH (reproducible-builds.org), if set: the date written into every PDF. */
    static Instant sourceDateEpoch() {
        return sourceDateEpoch(System.getenv("SOURCE_DATE_EPOCH"));
    }

    /** Seconds since 1970 as an instant; {@code null} for anything else. */
    static Instant sourceDateEpoch(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The images and attachments the leaflet uses, as a fingerprint of their bytes: a changed photo means a changed handout. */
    private static String images(Page page) throws IOException {
        nl.pil.model.Fingerprint result = nl.pil.model.Fingerprint.start();
        Path source = page.leaflet().folder();
        for (Reference ref : page.translation().references()) {
            if (ref.kind() != Reference.Kind.FILE) {
                continue;
            }
            if (nl.pil.load.Attachments.resolve(source, ref.target()) instanceof nl.pil.load.Attachments.Found found) {
                result.add(found.name()).add(Files.readAllBytes(found.file()));
            }
        }
        return result.hex();
    }

    /** The leaflet through the print template: well-formed XHTML. */
    String xhtml(Page page, Views views, PageFormat format, PdfSettings settings) {
        String lang = page.lang();
        LinkedSite site = views.site();
        Messages msg = views.messages(lang);
        BodyContext context = new BodyContext() {
            @Override
            public ResolvedLink resolveLeaflet(String leafletId, String fragment) {
                return site.resolve(leafletId, lang).map(target -> new ResolvedLink(
                        site.site().absoluteUrl(target.path()) + (fragment == null || fragment.isEmpty() ? "" : "#" + fragment),
                        target.lang().equals(lang) ? null : target.lang(),
                        target.lang().equals(lang) ? null : "(" + Views.languageName(target.lang()) + ")")).orElse(null);
            }

            @Override
            public String cardHtml(String leafletId) {
                if (site.resolve(leafletId, lang).isEmpty()) {
                    return "";
                }
                Map<String, Object> model = HtmlOutput.withMessages(views.common(lang, ""), views);
                model.put("card", card(views, leafletId, lang));
                return theme.render("pdf-card.ftlh", model);
            }

            @Override
            public String alertTitle(Alert.Kind kind) {
                return msg.get("callout." + kind.key());
            }
        };
        String body = LeafletMarkdown.render(page.translation().body(), context);
        Map<String, Object> model = HtmlOutput.withMessages(views.leafletPage(page, body), views);
        model.put("format", format.name());
        model.put("pageWidth", format.widthMm() + "mm");
        model.put("pageHeight", format.heightMm() + "mm");
        String url = site.site().absoluteUrl(page.path());
        model.put("url", url);
        model.put("shortUrl", shortUrl(url));
        model.put("qr", QrCodes.dataUri(url));
        model.put("keywords", page.meta().keywords());
        model.put("related", page.meta().related().stream().map(id -> card(views, id, lang)).toList());
        model.put("pageOf", pageOf(msg, "rtl".equals(Views.direction(lang))));
        if (page.meta().reviewed() != null) {
            model.put("reviewedShort", DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .withLocale(Views.dateLocale(lang)).format(page.meta().reviewed()));
        }
        if (settings.logo() != null) {
            model.put("logo", dataUri(settings.logo()));
        }
        return theme.render("pdf.ftlh", model);
    }

    private static Map<String, Object> card(Views views, String id, String lang) {
        Map<String, Object> card = views.card(id, lang, "");
        String url = views.site().site().absoluteUrl(views.site().resolve(id, lang).orElseThrow().path());
        card.put("url", url);
        card.put("shortUrl", shortUrl(url));
        return card;
    }

    /** What a reader types: host and path, no scheme and no trailing slash (the server adds it). */
    static String shortUrl(String url) {
        String s = url.replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    /**
     * "Pagina {page} van {pages}" as text parts and counters, for the running footer. For a right-to-left
     * language the parts come in visual order (last first, without spaces): the footer lays them out left to right.
     */
    static List<Map<String, Object>> pageOf(Messages msg, boolean rightToLeft) {
        String text = msg.format("pdf.pageOf", Map.of("page", "\uE000", "pages", "\uE001"));
        List<Map<String, Object>> parts = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '\uE000' || c == '\uE001') {
                if (!run.isEmpty()) {
                    parts.add(Map.of("text", run.toString()));
                    run.setLength(0);
                }
                parts.add(Map.of("counter", c == '\uE000' ? "page" : "pages"));
            } else {
                run.append(c);
            }
        }
        if (!run.isEmpty()) {
            parts.add(Map.of("text", run.toString()));
        }
        if (!rightToLeft) {
            return parts;
        }
        List<Map<String, Object>> visual = new ArrayList<>();
        for (Map<String, Object> part : parts.reversed()) {
            if (part.get("text") instanceof String words) {
                // without spaces: pdf.css sets each word apart as an inline block, out of reach of the bidi algorithm
                visual.add(Map.of("text", words.strip()));
            } else {
                visual.add(part);
            }
        }
        return visual;
    }

    private static String dataUri(Path image) {
        try {
            String name = image.getFileName().toString().toLowerCase(Locale.ROOT);
            String type = name.endsWith(".png") ? "image/png" : "image/jpeg";
            return "data:" + type + ";base64," + java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(image));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
