package nl.pil.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import javax.imageio.ImageIO;
import nl.pil.ContentFixture;
import nl.pil.compile.BuildResult;
import nl.pil.compile.BuildSession;
import nl.pil.compile.Compiler;
import nl.pil.output.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pictures and attachments beside a leaflet are copied into each new site; one that has not changed since the
 * previous build copied it is taken over from the previous site by a hard link instead, and a changed one is copied
 * afresh, whatever its size.
 */
class FileCopiesTest {
    @TempDir
    Path dir;

    private static byte[] picture(int colour) throws IOException {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, colour);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    private static Object inode(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }

    private static void build(ContentFixture f) throws IOException {
        BuildResult result = new Compiler(f.options().withFormats(Set.of("html"))).buildIfChanged();
        assertTrue(result.published(), result.diagnostics()::toString);
    }

    @Test
    void anUnchangedFileIsTakenOverAndAChangedOneCopiedAfresh() throws Exception {
        byte[] route = picture(0x336699);
        byte[] form = "Vragenlijst, versie 1".getBytes(StandardCharsets.UTF_8);
        ContentFixture f = new ContentFixture(dir)
                .leaflet("ct", "exam", "CT", "prepare-days: 1", "![De route](route.png)\n\n[Vragenlijst](lijst.txt)\n")
                .leaflet("mri", "exam", "MRI", "prepare-days: 1", "![De route](route.png)\n")
                .writeBytes("ct/route.png", route)
                .writeBytes("ct/lijst.txt", form)
                .writeBytes("mri/route.png", route);
        Object inodes = Files.getFileStore(f.root()).type();
        assumeTrue(
                Set.of("ext4", "xfs", "btrfs", "tmpfs", "overlay", "zfs").contains(inodes),
                "a file system whose change times Pil trusts");
        Thread.sleep(3_200); // a file is trusted only once its last change is older than InputFiles.SETTLE

        build(f);
        Path ctRoute = f.output().resolve("nl/ct/route.png");
        Path ctForm = f.output().resolve("nl/ct/lijst.txt");
        Path mriRoute = f.output().resolve("nl/mri/route.png");
        Object ctRouteBefore = inode(ctRoute);
        Object ctFormBefore = inode(ctForm);
        Object mriRouteBefore = inode(mriRoute);

        f.write("ct/nl.md", Files.readString(f.root().resolve("ct/nl.md")) + "Nog een zin.\n");
        byte[] otherRoute = picture(0x993366);
        assertEquals(route.length, otherRoute.length, "the same size: only the file's times tell");
        f.writeBytes("mri/route.png", otherRoute);
        byte[] otherForm = "Vragenlijst, versie 2".getBytes(StandardCharsets.UTF_8);
        f.writeBytes("ct/lijst.txt", otherForm);
        Thread.sleep(3_200); // the changed files settled too: read again, and known by their new fingerprints
        build(f);

        assertEquals(ctRouteBefore, inode(ctRoute), "unchanged, beside a page made again: taken over");
        assertArrayEquals(route, Files.readAllBytes(ctRoute));
        assertNotEquals(ctFormBefore, inode(ctForm), "changed: copied afresh");
        assertArrayEquals(otherForm, Files.readAllBytes(ctForm));
        assertNotEquals(mriRouteBefore, inode(mriRoute), "changed beside a page taken over: copied afresh");
        assertArrayEquals(otherRoute, Files.readAllBytes(mriRoute));
        assertArrayEquals(route, Files.readAllBytes(f.root().resolve("ct/route.png")), "the content untouched");

        Object mriRouteNow = inode(mriRoute);
        f.write("mri/nl.md", Files.readString(f.root().resolve("mri/nl.md")) + "Nog een zin.\n");
        build(f);
        assertEquals(mriRouteNow, inode(mriRoute), "unchanged since the last build copied it: taken over");

        f.writeBytes("mri/route.png", route); // changed again, and built at once: its times are too recent to trust
        build(f);
        assertArrayEquals(route, Files.readAllBytes(mriRoute));
    }

    /**
     * {@code pil watch} has no up-to-date check: it knows a file by its size, times and identity, once its last
     * change is older than {@code InputFiles.SETTLE}.
     */
    @Test
    void aWatchingProcessTakesOverTheCopyOfAFileWhoseTimesAreUnchanged() throws Exception {
        byte[] route = picture(0x336699);
        ContentFixture f = new ContentFixture(dir)
                .leaflet("ct", "exam", "CT", "prepare-days: 1", "![De route](route.png)\n")
                .writeBytes("ct/route.png", route);
        assumeTrue(
                Set.of("ext4", "xfs", "btrfs", "tmpfs", "overlay", "zfs")
                        .contains(Files.getFileStore(f.root()).type()),
                "a file system whose change times Pil trusts");
        Thread.sleep(3_200);
        Path copy = f.output().resolve("nl/ct/route.png");
        try (BuildSession session = new BuildSession()) {
            Compiler compiler = new Compiler(f.options().withFormats(Set.of("html")), Progress.NONE, session);
            assertTrue(compiler.build().published());
            Object first = inode(copy);

            f.write("ct/nl.md", Files.readString(f.root().resolve("ct/nl.md")) + "Nog een zin.\n");
            assertTrue(compiler.build().published());
            assertEquals(first, inode(copy), "unchanged: taken over");

            byte[] other = picture(0x993366);
            f.writeBytes("ct/route.png", other); // the same size, changed just now
            assertTrue(compiler.build().published());
            assertArrayEquals(other, Files.readAllBytes(copy));
            assertNotEquals(first, inode(copy));
        }
    }
}
