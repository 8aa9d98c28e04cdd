package nl.pil.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Folders of an output being written. */
public final class Folders {
    private Folders() {}

    /**
     * Makes {@code folder} and its parents, unless it is a folder already. A rebuild writes into the folders of the site
     * it replaces (a spare), where {@link Files#createDirectories} first tries to make each page's folder and fails
     * with two exceptions before it looks: at 40,000 pages, a second or more of each rebuild.
     */
    public static void make(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
        }
    }
}
