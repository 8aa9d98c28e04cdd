package nl.pil.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileLinksTest {
    @TempDir
    Path dir;

    @Test
    void linksWhereTheFileSystemCan() throws IOException {
        Path source = Files.writeString(dir.resolve("a.html"), "page");
        Path target = dir.resolve("b.html");
        FileLinks.linkOrCopy(source, target);
        assertTrue(Files.isSameFile(source, target), "a hard link");
        FileLinks.linkOrCopy(source, target); // already the same file: left alone
        assertTrue(Files.isSameFile(source, target));
    }

    @Test
    void copiesWhereTheFileSystemCannotLink() throws IOException {
        Path source = Files.writeString(dir.resolve("a.html"), "page");
        Path target = dir.resolve("b.html");
        FileLinks.linkOrCopy(source, target, (t, s) -> {
            throw new IOException("links not supported");
        });
        assertEquals("page", Files.readString(target));
        assertFalse(Files.isSameFile(source, target), "a copy");

        Path other = dir.resolve("c.html");
        FileLinks.linkOrCopy(source, other, (t, s) -> {
            throw new UnsupportedOperationException();
        });
        assertEquals("page", Files.readString(other));
    }

    @Test
    void replacesAnotherFileAtTheTarget() throws IOException {
        Path source = Files.writeString(dir.resolve("a.html"), "new");
        Path target = Files.writeString(dir.resolve("b.html"), "old");
        FileLinks.linkOrCopy(source, target);
        assertEquals("new", Files.readString(target));
        Path copied = Files.writeString(dir.resolve("c.html"), "old");
        FileLinks.linkOrCopy(source, copied, (t, s) -> {
            throw new IOException("links not supported");
        });
        assertEquals("new", Files.readString(copied));
    }

    @Test
    void aFileAlreadyThereThatIsAnotherIsReplacedNotWrittenThrough() throws IOException {
        Path source = Files.writeString(dir.resolve("a.html"), "new");
        Path shared = Files.writeString(dir.resolve("live.html"), "served");
        Path target = dir.resolve("b.html");
        Files.createLink(target, shared); // a link to a page another site serves
        FileLinks.linkOrCopy(source, target);
        assertTrue(Files.isSameFile(source, target));
        assertEquals("served", Files.readString(shared), "the other site's page is untouched");
    }
}
