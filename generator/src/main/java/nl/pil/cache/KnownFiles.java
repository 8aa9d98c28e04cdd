package nl.pil.cache;

import java.nio.file.Path;

/**
 * What a build knows of its input files before it reads them: the fingerprint the up-to-date check took of each file
 * below the content folder (which it takes without reading a file whose size, times and inode are as recorded).
 */
@FunctionalInterface
public interface KnownFiles {
    /**
     * The fingerprint the build took of {@code file} (its path and bytes) before it began, if the file has not changed
     * since in a way its size, times and identity would show; {@code null} when that is not known.
     */
    String unchanged(Path file);
}
