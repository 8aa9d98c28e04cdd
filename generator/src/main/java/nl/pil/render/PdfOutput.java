package nl.pil.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.pil.cache.Manifest;
import nl.pil.link.Page;
import nl.pil.link.Site;
import nl.pil.model.Diagnostics;
import nl.pil.model.SourcePosition;
import nl.pil.output.Output;
import nl.pil.output.Progress;
import nl.pil.render.pdf.PdfRenderer;

/**
 * PDF handouts: one per leaflet and language, beside its page ({@code <lang>/<id>/<code>-<lang>.pdf}), from the
 * print template {@code pdf.ftlh} and {@code pdf.css}. With {@code bleed} a print-shop copy ({@code -print.pdf})
 * is written too, and with {@code booklet} an imposed A5 booklet ({@code -booklet.pdf}). Translations into the
 * languages of {@code bilingual} also get one with the source beside them ({@code -nl-ar.pdf}, {@link Bilinguals}).
 *
 * <p>The handouts are the context's {@link Handouts}: this output has every page's handouts made (where the web pages
 * have not asked for them already), leaflets in parallel, one per core, reports their warnings and template errors,
 * and records the fingerprints in the manifest {@value #MANIFEST}. A handout whose inputs did not change since the previous
 * build (see {@link PageInputs}) is not laid out again: the previous build's file is linked into the new output.
 */
public final class PdfOutput implements Output<RenderContext> {
    /** The name of this output's {@link Manifest}; the handout plan reads the previous build's. */
    static final String MANIFEST = "pdf";

    private final int threads;
    private final AtomicInteger rendered = new AtomicInteger();
    private final AtomicInteger reused = new AtomicInteger();

    public PdfOutput() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public PdfOutput(int threads) {
        this.threads = Math.max(1, threads);
    }

    @Override
    public String name() {
        return "pdf";
    }

    @Override
    public Counts counts() {
        return new Counts(rendered.get(), reused.get());
    }

    /** File name of a page's handout: the leaflet code (or id) and language, e.g. {@code RAD-012-nl.pdf}. */
    public static String fileName(Page page) {
        return Handouts.fileName(page);
    }

    @Override
    public int steps(Site site) {
        return site.allPages().size()
                + Bundles.editions(site).size()
                + Bundles.bilinguals(site).size()
                + Bilinguals.pages(site).size();
    }

    @Override
    public void render(RenderContext context, Path out, Diagnostics diagnostics, Progress progress) throws IOException {
        rendered.set(0);
        reused.set(0);
        Handouts handouts = context.handouts();
        if (handouts == null) {
            throw new IllegalArgumentException("the render context was made without handouts");
        }
        Manifest next = new Manifest(MANIFEST);
        List<Page> pages = context.site().allPages();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "pil-pdf");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Page page : pages) {
                futures.add(pool.submit(() -> {
                    Handouts.Planned planned = handouts.of(page, out);
                    if (planned.entry() != null) {
                        (planned.laidOut() ? rendered : reused).incrementAndGet();
                        SourcePosition at = SourcePosition.of(page.translation().displayPath());
                        for (String problem : planned.entry().warnings()) {
                            diagnostics.warning(at, "PDF: " + problem, null);
                        }
                        next.put(page.path(), planned.entry());
                    }
                    progress.step(name());
                    return null;
                }));
            }
            Bundles bundles = context.bundles();
            List<Bundles.Edition> editions = new ArrayList<>(bundles.editions());
            editions.addAll(bundles.bilinguals());
            for (Bundles.Edition edition : editions) {
                futures.add(pool.submit(() -> {
                    PrintedDocuments.Planned planned = bundles.pdf(edition, out);
                    if (planned.entry() != null) {
                        (planned.laidOut() ? rendered : reused).incrementAndGet();
                        SourcePosition at = edition.bundle().position();
                        for (String problem : planned.entry().warnings()) {
                            diagnostics.warning(at, "PDF: " + problem, null);
                        }
                        next.put(edition.key(), planned.entry());
                    }
                    progress.step(name());
                    return null;
                }));
            }
            Bilinguals bilinguals = handouts.bilinguals();
            List<Page> translations = bilinguals.pages();
            for (Page page : translations) {
                futures.add(pool.submit(() -> {
                    PrintedDocuments.Planned planned = bilinguals.of(page, out);
                    if (planned.entry() != null) {
                        (planned.laidOut() ? rendered : reused).incrementAndGet();
                        SourcePosition at = SourcePosition.of(page.translation().displayPath());
                        for (String problem : planned.entry().warnings()) {
                            diagnostics.warning(at, "PDF (" + bilinguals.fileName(page) + "): " + problem, null);
                        }
                        next.put(bilinguals.key(page), planned.entry());
                    }
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
                    String what = i < pages.size()
                            ? pages.get(i).path()
                            : i < pages.size() + editions.size()
                                    ? editions.get(i - pages.size()).key()
                                    : bilinguals.key(translations.get(i - pages.size() - editions.size()));
                    throw new IOException("PDF of " + what + ": " + cause.getMessage(), cause);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while writing PDFs", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        next.write(out);
        handouts.errors().reportTo(diagnostics);
        context.bundles().errors().reportTo(diagnostics);
        handouts.bilinguals().errors().reportTo(diagnostics);
    }

    /**
     * Lays out one care-path packet in one language into {@code file}, outside any build (for {@code pil bundle}).
     *
     * @param context a render context made with handouts ({@code pdf} among its formats)
     * @return the packet's page count
     * @throws IllegalArgumentException no bundle {@code id}, or it is not made in {@code lang}
     * @throws TemplateError            the print templates failed
     */
    public static int printBundle(RenderContext context, String id, String lang, Path file) throws IOException {
        Bundles bundles = context.bundles();
        List<Bundles.Edition> editions = bundles.editions();
        List<String> ids =
                editions.stream().map(e -> e.bundle().id()).distinct().toList();
        if (!ids.contains(id)) {
            throw new IllegalArgumentException("no bundle '" + id + "'; "
                    + nl.pil.model.Suggest.didYouMean(id, ids)
                    + (ids.isEmpty()
                            ? "there are none: add one as content/bundles/<id>.yaml"
                            : "the bundles are: " + String.join(", ", ids)));
        }
        Bundles.Edition edition = editions.stream()
                .filter(e -> e.bundle().id().equals(id) && e.lang().equals(lang))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("bundle '" + id + "' is not made in '" + lang
                        + "': it has a title in "
                        + String.join(
                                ", ",
                                editions.stream()
                                        .filter(e -> e.bundle().id().equals(id))
                                        .map(Bundles.Edition::lang)
                                        .toList())));
        PdfRenderer.Rendered pdf = bundles.layOut(edition, bundles.xhtml(edition));
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(file, pdf.bytes());
        return pdf.pages();
    }

    /** SOURCE_DATE_EPOCH (reproducible-builds.org) as an instant, the date written into every PDF; {@code null} for anything else. */
    static Instant sourceDateEpoch(String value) {
        return Handouts.sourceDateEpoch(value);
    }
}
