package nl.pil.cache;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * How a build takes a file over from the previous output: a hard link, so that 4,000 unchanged pages cost no
 * copying. Safe because Pil never changes a written file in place: a link shared by two builds is never written
 * through.
 */
public final class FileLinks {
    /** Makes a hard link; a parameter so that tests can refuse it as a file system would. */
    interface Linker {
        void link(Path target, Path source) throws IOException;
    }

    private FileLinks() {}

    /**
     * Makes {@code target} hold {@code source}'s bytes: a hard link, or a copy where the file system cannot link
     * (another drive, FAT, some network shares). A {@code target} already there is replaced, unless it is the same
     * file.
     */
    public static void linkOrCopy(Path source, Path target) throws IOException {
        linkOrCopy(source, target, Files::createLink);
    }

    static void linkOrCopy(Path source, Path target, Linker linker) throws IOException {
        // nearly always nothing is at the target yet (a build writes into an empty folder): link first, and look at
        // what is there only when the link is refused for it (two system calls fewer per page taken over)
        try {
            linker.link(target, source);
            return;
        } catch (FileAlreadyExistsException e) {
            if (Files.isSameFile(source, target)) {
                return;
            }
            Files.delete(target);
        } catch (IOException | UnsupportedOperationException e) {
            copy(source, target);
            return;
        }
        try {
            linker.link(target, source);
        } catch (IOException | UnsupportedOperationException e) {
            copy(source, target);
        }
    }

    /** Where the file system cannot link (another drive, FAT, some network shares). */
    private static void copy(Path source, Path target) throws IOException {
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
    }
}
