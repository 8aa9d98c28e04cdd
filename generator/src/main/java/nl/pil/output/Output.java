package nl.pil.output;

import java.io.IOException;
import java.nio.file.Path;
import nl.pil.link.LinkedSite;
import nl.pil.model.Diagnostics;

/** One output of the render stage (web pages, sitemap, PDFs, search index), written below the output folder. */
public interface Output {
    String name();

    /** The output format this belongs to, as chosen in build options (e.g. {@code --formats}). */
    default String format() {
        return name();
    }

    /** Renders, reporting each step (page, handout) to {@code progress}, if the output has steps. */
    void render(LinkedSite site, Path outputFolder, Diagnostics diagnostics, Progress progress) throws IOException;

    default void render(LinkedSite site, Path outputFolder, Diagnostics diagnostics) throws IOException {
        render(site, outputFolder, diagnostics, Progress.NONE);
    }

    /** How many steps {@link #render(LinkedSite, Path, Diagnostics, Progress)} reports, 0 if it reports none. */
    default int steps(LinkedSite site) {
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
