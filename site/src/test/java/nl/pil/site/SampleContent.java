package nl.pil.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The project's sample content ({@code content/}), copied for a test that changes it or adds to it. */
public final class SampleContent {
    private static final Path SAMPLE = Path.of("../content"); // the site module's tests run in site/

    private SampleContent() {}

    /** Copies every file and folder of the sample content into {@code folder} (made if missing). */
    public static Path copyTo(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(SAMPLE)) {
            for (Path from : files.toList()) {
                Path to = folder.resolve(SAMPLE.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        return folder;
    }
}
