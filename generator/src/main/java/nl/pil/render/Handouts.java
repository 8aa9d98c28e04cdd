package nl.pil.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import nl.pil.cache.Fingerprint;
import nl.pil.cache.Manifest;
import nl.pil.i18n.Messages;
import nl.pil.link.Page;
import nl.pil.link.Site;
import nl.pil.load.Attachments;
import nl.pil.markdown.LeafletMarkdown;
import nl.pil.model.Languages;
import nl.pil.model.PageFormat;
import nl.pil.model.PdfSettings;
import nl.pil.model.Reference;
import nl.pil.output.Folders;
import nl.pil.render.pdf.Hyphenator;
import nl.pil.render.pdf.PdfRenderer;
import nl.pil.render.pdf.PrintVariants;
import nl.pil.render.pdf.QrCodes;
import nl.pil.render.pdf.ThemeFiles;

/**
 * The handout plan of a build, part of its {@link RenderContext}: for each page, which handout files it gets (the
 * handout, with {@code bleed} a print copy, with {@code booklet} an A5 booklet when there are more than two pages),
 * their names and sizes. Whether a booklet is made and how large a file is are only known once the handout is laid
 * out, so a page's handouts are laid out (or taken over from the previous build, see {@link PageInputs}) the first
 * time anyone asks for them, once per build, whoever asks first: the PDF output writing them, or the web page
 * linking them. Both get the same answer in any order.
 */
final class Handouts {
    /** Bump when the PDF code changes in a way the fingerprint would not notice. */
    static final int RENDERING_VERSION = 1;
    /** The count of a handout's manifest entry that holds its printed pages. */
    private static final String PAGES = "pages";

    /**
     * A page's handouts: the cache entry (files, pages, warnings of laying it out), whether they were laid out in this
     * build, and the download links of the web page; {@code entry} is {@code null} when the print template failed.
     */
    record Planned(Manifest.Entry entry, boolean laidOut, List<Map<String, Object>> links) {}

    private final RenderContext context;
    private final Site site;
    private final Theme theme;
    private final PdfSettings settings;
    private final ThemeFiles files;
    private final Supplier<PdfRenderer> renderer;
    private final Map<String, Optional<Hyphenator>> hyphenators = new ConcurrentHashMap<>();
    private final PageInputs inputs;
    private final Instant sourceDate;
    private final Manifest previous;
    private final TemplateErrors errors = new TemplateErrors();
    private final OncePerKey<Planned> plan = new OncePerKey<>();
    private final Bilinguals bilinguals;

    Handouts(RenderContext context) {
        this.context = context;
        this.site = context.site();
        this.theme = context.theme();
        this.settings = site.settings().pdf();
        this.files = new ThemeFiles(theme);
        this.renderer =
                memoized(() -> new PdfRenderer(files)); // made when the first handout must be laid out: often none is
        this.inputs =
                context.inputs(PageInputs.environment("pdf", RENDERING_VERSION, theme) + settingsFingerprint(settings));
        this.sourceDate = sourceDateEpoch(System.getenv("SOURCE_DATE_EPOCH"));
        this.previous = Manifest.read(context.previousOutput(), PdfOutput.MANIFEST);
        this.bilinguals = new Bilinguals(context);
    }

    /** The bilingual handouts: the source beside a translation, for the languages site.yaml chose. */
    Bilinguals bilinguals() {
        return bilinguals;
    }

    /** File name of a page's handout: the leaflet code (or id) and language, e.g. {@code RAD-012-nl.pdf}. */
    static String fileName(Page page) {
        String code = page.meta().code();
        String base = code == null || code.isBlank() ? page.id() : code.strip().replaceAll("[^A-Za-z0-9._-]+", "-");
        return base + "-" + page.lang() + ".pdf";
    }

    /** The renderer every handout and packet of the build is laid out with, made on first use. */
    PdfRenderer renderer() {
        return renderer.get();
    }

    /** SOURCE_DATE_EPOCH, the date in every PDF; {@code null} when not set. */
    Instant sourceDate() {
        return sourceDate;
    }

    /** The template errors of the handouts laid out so far, each position once. */
    TemplateErrors errors() {
        return errors;
    }

    /**
     * The download links of a page's handouts ({@code href}, {@code kind}, {@code format}, {@code pages},
     * {@code sizeKb}); a translation's bilingual handout last ({@code kind} bilingual, with {@code language} and
     * {@code source} named in the page's language).
     */
    List<Map<String, Object>> links(Page page, Path out) throws IOException {
        List<Map<String, Object>> links = of(page, out).links();
        Map<String, Object> bilingual = bilinguals.makes(page) ? bilinguals.link(page, out) : null;
        if (bilingual == null) {
            return links;
        }
        List<Map<String, Object>> all = new ArrayList<>(links);
        all.add(bilingual);
        return List.copyOf(all);
    }

    /** The handouts of {@code page}, written into its folder below {@code out}: laid out or taken over on the first call. */
    Planned of(Page page, Path out) throws IOException {
        return plan.get(page.path(), () -> make(page, out));
    }

    private Planned make(Page page, Path out) throws IOException {
        PageFormat format = page.meta().pdfFormat() != null ? page.meta().pdfFormat() : settings.format();
        Instant date = sourceDate != null
                ? sourceDate
                : (page.meta().reviewed() != null ? page.meta().reviewed() : LocalDate.of(2000, 1, 1))
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant();
        String hash = inputs.of(page, date.toString(), format.name(), images(page));
        Path folder = out.resolve(page.path());
        Folders.make(folder);
        String main = fileName(page);

        Manifest.Entry entry = previous.takeOver(page.path(), hash, context.previousOutput(), out)
                .orElse(null);
        if (entry != null) {
            return new Planned(entry, false, links(entry, folder, format));
        }
        String xhtml;
        try {
            xhtml = xhtml(page, format);
        } catch (TemplateError e) {
            errors.add(e, page.path() + main); // reported once per template position when all pages are done
            return new Planned(null, false, List.of());
        }
        if (errors.any()) {
            return new Planned(
                    null, false, List.of()); // the build fails: only look for more template errors, lay nothing out
        }
        boolean rightToLeft = "rtl".equals(TemplateModels.direction(page.lang()));
        PdfRenderer.Rendered pdf = renderer.get()
                .render(new PdfRenderer.Job(
                        xhtml,
                        page.leaflet().folder(),
                        rightToLeft,
                        hyphenator(page.lang()),
                        date,
                        producer(),
                        site.settings().absoluteUrl(page.path())));
        Files.write(folder.resolve(main), pdf.bytes());
        List<String> names = new ArrayList<>(List.of(main));
        if (settings.bleed()) {
            String name = main.replaceFirst("\\.pdf$", "-print.pdf");
            Files.write(folder.resolve(name), PrintVariants.withBleedAndCropMarks(pdf.bytes()));
            names.add(name);
        }
        if (settings.booklet() && format == PageFormat.A5 && pdf.pages() > 2) {
            String name = main.replaceFirst("\\.pdf$", "-booklet.pdf");
            Files.write(folder.resolve(name), PrintVariants.booklet(pdf.bytes(), rightToLeft));
            names.add(name);
        }
        entry = Manifest.Entry.of(hash)
                .withFiles(names.stream().map(name -> page.path() + name).toList())
                .withCount(PAGES, pdf.pages())
                .withWarnings(oneLine(pdf.problems()));
        return new Planned(entry, true, links(entry, folder, format));
    }

    /** Patterns are only read when a handout in that language is laid out: usually none is. */
    Hyphenator hyphenator(String lang) {
        return hyphenators
                .computeIfAbsent(
                        lang,
                        l -> files.read("hyphenation/" + Languages.base(l) + ".pat")
                                .map(bytes -> {
                                    try {
                                        return Hyphenator.fromPatterns(bytes);
                                    } catch (IOException e) {
                                        throw new UncheckedIOException(e);
                                    }
                                }))
                .orElse(null);
    }

    private static List<Map<String, Object>> links(Manifest.Entry entry, Path folder, PageFormat format)
            throws IOException {
        List<Map<String, Object>> list = new ArrayList<>();
        for (String file : entry.files()) {
            String name = file.substring(file.lastIndexOf('/') + 1);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("href", name);
            m.put(
                    "kind",
                    name.endsWith("-print.pdf") ? "print" : name.endsWith("-booklet.pdf") ? "booklet" : "handout");
            m.put("format", format.name());
            m.put("pages", (int) entry.count(PAGES));
            m.put("sizeKb", Math.max(1, (Files.size(folder.resolve(name)) + 512) / 1024));
            list.add(m);
        }
        return List.copyOf(list);
    }

    /** Each on one line, as they are reported: the same text whether the handout was laid out or taken over. */
    private static List<String> oneLine(List<String> warnings) {
        return warnings.stream()
                .map(w -> w.replaceAll("[\\t\\n\\r\\u001F]+", " ").strip())
                .toList();
    }

    /** {@code make} run once, on first use, by whichever thread comes first. */
    private static <T> Supplier<T> memoized(Supplier<T> make) {
        return new Supplier<>() {
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

    static String producer() {
        String v = Handouts.class.getPackage().getImplementationVersion();
        return "Pil" + (v == null ? "" : " " + v);
    }

    /** The print settings and the logo's bytes (site.yaml may keep its path while the picture is replaced). */
    private static String settingsFingerprint(PdfSettings settings) {
        String logo = "";
        if (settings.logo() != null) {
            try {
                logo = Fingerprint.start()
                        .add(Files.readAllBytes(settings.logo()))
                        .hex();
            } catch (IOException e) {
                logo = "unreadable"; // laying the handout out reports it
            }
        }
        return "|bleed=" + settings.bleed() + "|booklet=" + settings.booklet() + "|logo=" + logo;
    }

    /** Seconds since 1970 (SOURCE_DATE_EPOCH, reproducible-builds.org) as an instant; {@code null} for anything else. */
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
    static String images(Page page) throws IOException {
        Fingerprint result = Fingerprint.start();
        Path source = page.leaflet().folder();
        for (Reference ref : page.translation().references()) {
            if (ref.kind() != Reference.Kind.FILE) {
                continue;
            }
            if (Attachments.resolve(source, ref.target()) instanceof Attachments.Found found) {
                result.add(found.name()).add(Files.readAllBytes(found.file()));
            }
        }
        return result.hex();
    }

    /** The leaflet through the print template: well-formed XHTML. */
    String xhtml(Page page, PageFormat format) {
        String body = LeafletMarkdown.renderHtml(
                page.translation().body(), context.body(page, RenderContext.Medium.PRINT, ""));
        return theme.render("pdf.ftlh", leafletModel(page, format, body));
    }

    /** The paper ({@code format}, {@code pageWidth}, {@code pageHeight}) and the web address a print names and links. */
    static void putPaperAndAddress(Map<String, Object> model, PageFormat format, String url) {
        model.put("format", format.name());
        model.put("pageWidth", format.widthMm() + "mm");
        model.put("pageHeight", format.heightMm() + "mm");
        model.put("url", url);
        model.put("shortUrl", RenderContext.shortUrl(url));
        model.put("qr", QrCodes.dataUri(url));
    }

    /**
     * What the print templates show of a leaflet ({@code pdf.ftlh}, and {@code pdf-leaflet.ftlh} in a handout or a
     * care-path packet), its body already rendered for print.
     */
    Map<String, Object> leafletModel(Page page, PageFormat format, String body) {
        String lang = page.lang();
        TemplateModels views = context.views();
        Messages msg = context.messages(lang);
        Map<String, Object> model = context.withMessages(views.leafletPage(page, body));
        putPaperAndAddress(model, format, site.settings().absoluteUrl(page.path()));
        model.put("keywords", page.meta().keywords());
        model.put(
                "related",
                page.relatedAfterBody().stream()
                        .map(id -> context.printCard(id, lang))
                        .toList());
        model.put("pageOf", pageOf(msg, "rtl".equals(TemplateModels.direction(lang))));
        if (page.meta().reviewed() != null) {
            model.put(
                    "reviewedShort",
                    page.meta().isMonthOnly("reviewed")
                            ? TemplateModels.formatDate(
                                    page.meta(), "reviewed", page.meta().reviewed(), lang)
                            : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                                    .withLocale(TemplateModels.dateLocale(lang))
                                    .format(page.meta().reviewed()));
        }
        if (settings.logo() != null) {
            model.put("logo", dataUri(settings.logo()));
        }
        return model;
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

    static String dataUri(Path image) {
        try {
            String name = image.getFileName().toString().toLowerCase(Locale.ROOT);
            String type = name.endsWith(".png") ? "image/png" : "image/jpeg";
            return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(image));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
