package nl.pil.output;

import java.io.IOException;
import java.nio.file.Path;
import nl.pil.link.Site;
import nl.pil.model.Diagnostics;

/**
 * One output of the render stage (web pages, sitemap, PDFs, search index), written below the output folder.
 *
 * @param <C> what every output of a build shares, made once per build after linking (the render stage's context:
 *            the site, its interface text, the handout plan); no output takes another output's results
 */
public interface Output<C> {
    String name();

    /** The output format this belongs to, as chosen in build options (e.g. {@code --formats}). */
    default String format() {
        return name();
    }

    /** Renders, reporting each step (page, handout) to {@code progress}, if the output has steps. */
    void render(C context, Path outputFolder, Diagnostics diagnostics, Progress progress) throws IOException;

    default void render(C context, Path outputFolder, Diagnostics diagnostics) throws IOException {
        render(context, outputFolder, diagnostics, Progress.NONE);
    }

    /** How many steps {@link #render(Object, Path, Diagnostics, Progress)} reports, 0 if it reports none. */
    default int steps(Site site) {
        return 0;
    }

    /** Pages (or handouts) of the last render: written afresh and taken over unchanged from the previous build. */
    record Counts(int written, int reused) {
        public int total() {
            return written + reused;
        }
    }

    /** What the last render wrote, for outputs that write a file per page; {@code null} for others. */
    default Counts counts() {
        return null;
    }
}
