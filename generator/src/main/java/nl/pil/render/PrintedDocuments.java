package nl.pil.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import nl.pil.cache.Fingerprint;
import nl.pil.cache.Manifest;
import nl.pil.render.pdf.PdfRenderer;

/**
 * PDFs made of several leaflets' print bodies (care-path packets, bilingual handouts): each laid out once per build by
 * whoever asks first, or taken over from the previous build when its XHTML and pictures did not change. One place for
 * the plan a handout follows, so that both kinds are cached, counted and reported alike.
 */
final class PrintedDocuments {
    /** The manifest's count of a document's printed pages. */
    static final String PAGES = "pages";

    /** A document: its cache entry and whether it was laid out in this build; {@code entry} null on a template error. */
    record Planned(Manifest.Entry entry, boolean laidOut) {}

    /** What a document's fingerprint adds to its XHTML (its pictures'), read from files. */
    interface Inputs {
        String fingerprint() throws IOException;
    }

    /** Lays a document's XHTML out. */
    interface Layout {
        PdfRenderer.Rendered layOut(String xhtml) throws IOException;
    }

    private final RenderContext context;
    private final Manifest previous;
    private final String environment;
    private final OncePerKey<Planned> plan = new OncePerKey<>();
    private final TemplateErrors errors = new TemplateErrors();

    /** @param kind what the documents are ({@code "bundle"}), with the version of their code, for the fingerprints */
    PrintedDocuments(RenderContext context, String kind, int renderingVersion) {
        this.context = context;
        this.previous = Manifest.read(context.previousOutput(), PdfOutput.MANIFEST);
        this.environment = PageInputs.environment(kind, renderingVersion, context.theme());
    }

    /** The template errors of the documents laid out so far. */
    TemplateErrors errors() {
        return errors;
    }

    /**
     * The document {@code file} (relative to {@code out}), known in the manifest as {@code key}: laid out or taken over
     * on the first call, the same answer after.
     *
     * @param xhtml    the document's XHTML (a {@link TemplateError} is reported and nothing laid out)
     * @param pictures what the XHTML names but does not hold: the pictures' fingerprints
     */
    Planned get(String key, String file, Path out, Supplier<String> xhtml, Inputs pictures, Layout layout)
            throws IOException {
        return plan.get(key, () -> make(key, file, out, xhtml, pictures, layout));
    }

    private Planned make(String key, String file, Path out, Supplier<String> xhtml, Inputs pictures, Layout layout)
            throws IOException {
        String document;
        try {
            document = xhtml.get();
        } catch (TemplateError e) {
            errors.add(e, file);
            return new Planned(null, false);
        }
        if (errors.any() || context.handouts().errors().any()) {
            return new Planned(null, false); // the build fails: lay nothing out
        }
        String fingerprint = Fingerprint.start()
                .add(environment)
                .add(document)
                .add(pictures.fingerprint())
                .hex();
        Files.createDirectories(out.resolve(file).getParent());
        Manifest.Entry entry = previous.takeOver(key, fingerprint, context.previousOutput(), out)
                .orElse(null);
        if (entry != null) {
            return new Planned(entry, false);
        }
        PdfRenderer.Rendered pdf = layout.layOut(document);
        Files.write(out.resolve(file), pdf.bytes());
        entry = Manifest.Entry.of(fingerprint)
                .withFiles(List.of(file))
                .withCount(PAGES, pdf.pages())
                .withWarnings(pdf.problems().stream()
                        .map(w -> w.replaceAll("[\\t\\n\\r\\u001F]+", " ").strip())
                        .toList());
        return new Planned(entry, true);
    }
}
