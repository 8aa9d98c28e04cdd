package nl.pil.render;

import java.io.IOException;
import java.nio.file.Path;
import nl.pil.link.LinkedSite;
import nl.pil.model.Diagnostics;

/** One output of the render stage (web pages, sitemap, PDFs, search index), written below the output folder. */
public interface Output {
    String name();

    void render(LinkedSite site, Path outputFolder, Diagnostics diagnostics) throws IOException;
}
