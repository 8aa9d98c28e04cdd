package nl.pil.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
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
 * A picture that decoded is not decoded again while it stays the same (the image-damaged rule looks at every picture
 * in every check); a damaged one is decoded, and reported, every time.
 */
class DecodedPicturesTest {
    private static final String ROUTE = "Zo loopt u:\n\n![De route](route.png)\n";

    @TempDir
    Path dir;

    /** Three leaflets with a picture each: the same good bytes beside two, half of them beside the third. */
    private ContentFixture site(byte[] good, byte[] damaged) {
        return new ContentFixture(dir)
                .write("site.yaml", ContentFixture.SITE_YAML + "checks:\n  image-damaged: warning\n")
                .leaflet("ct", "exam", "CT", "prepare-days: 1", ROUTE)
                .leaflet("mri", "exam", "MRI", "prepare-days: 1", ROUTE)
                .leaflet("echo", "exam", "Echo", "prepare-days: 1", ROUTE)
                .writeBytes("ct/route.png", good)
                .writeBytes("mri/route.png", good)
                .writeBytes("echo/route.png", damaged);
    }

    /** PNG bytes no other test decoded (the verdicts of a watching process are kept by bytes). */
    private static byte[] freshPicture() throws IOException {
        BufferedImage image = new BufferedImage(5, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, (int) System.nanoTime());
        image.setRGB(2, 2, (int) (System.nanoTime() >>> 20));
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    private static List<String> damaged(ContentFixture f, BuildResult result) {
        String root = f.root().toAbsolutePath().toString().replace('\\', '/') + "/";
        return f.headlines(result).stream()
                .filter(h -> h.endsWith("[image-damaged]"))
                .map(h -> h.replace(root, ""))
                .toList();
    }

    private static final List<String> ECHO = List.of(
            "echo/nl.md:14:1: warning: image 'route.png' cannot be read: the file is damaged or not the kind its name"
                    + " says [image-damaged]");

    /** {@code pil watch}: the good bytes are decoded once for both leaflets and both checks. */
    @Test
    void aWatchingProcessKnowsAPictureByItsBytes() throws Exception {
        byte[] good = freshPicture();
        byte[] damaged = Arrays.copyOf(good, good.length / 2); // a download cut off half way
        ContentFixture f = site(good, damaged);
        try (BuildSession session = new BuildSession()) {
            Compiler compiler = new Compiler(f.options(), Progress.NONE, session);
            int before = DecodedPictures.decodes();
            assertEquals(ECHO, damaged(f, compiler.check()));
            assertEquals(ECHO, damaged(f, compiler.check()), "the damaged one again");
            assertEquals(1 + 2, DecodedPictures.decodes() - before);

            f.writeBytes("echo/route.png", good); // mended
            assertEquals(List.of(), damaged(f, compiler.check()));
            f.writeBytes("ct/route.png", damaged); // and broken where it was good
            assertEquals(1, damaged(f, compiler.check()).size());
        }
    }

    /**
     * {@code pil watch} does not even read a picture whose size, times and identity are as they were when its bytes
     * decoded (once its last change is older than {@code InputFiles.SETTLE}); a changed one is read again.
     */
    @Test
    void aWatchingProcessDoesNotReadAPictureWhoseTimesAreUnchanged() throws Exception {
        byte[] good = freshPicture();
        byte[] damaged = Arrays.copyOf(good, good.length / 2);
        ContentFixture f = site(good, damaged);
        assumeTrue(
                Set.of("ext4", "xfs", "btrfs", "tmpfs", "overlay", "zfs")
                        .contains(Files.getFileStore(f.root()).type()),
                "a file system whose change times Pil trusts");
        Thread.sleep(3_200); // a file is known by its times once its last change is older than InputFiles.SETTLE
        try (BuildSession session = new BuildSession()) {
            Compiler compiler = new Compiler(f.options(), Progress.NONE, session);
            BuildResult built = compiler.build();
            assertTrue(built.published(), built.diagnostics()::toString);
            assertEquals(ECHO, damaged(f, built));
            assertTrue(
                    Files.notExists(f.output().resolve(".pil/pictures.json")),
                    "what a watching process knows stays in memory");
            int reads = DecodedPictures.reads();
            assertEquals(ECHO, damaged(f, compiler.check()));
            assertEquals(1, DecodedPictures.reads() - reads, "only the damaged picture is read again");

            f.writeBytes("mri/route.png", damaged); // broken where it was good
            reads = DecodedPictures.reads();
            assertEquals(2, damaged(f, compiler.check()).size());
            assertEquals(2, DecodedPictures.reads() - reads, "the changed one and the damaged one");
        }
    }

    /**
     * {@code pil build}, one process per build: a picture that decoded in the last build and has not changed since
     * (size, times, identity: what the up-to-date check reads) is not decoded again; a changed one is.
     */
    @Test
    void aBuildKnowsAPictureThatDecodedInTheLastBuildUntilItChanges() throws Exception {
        byte[] good = freshPicture();
        byte[] damaged = Arrays.copyOf(good, good.length / 2);
        ContentFixture f = site(good, damaged).translation("ct", "en", "CT", "", ROUTE); // the same file in English
        FileStore store = Files.getFileStore(f.root());
        assumeTrue(
                Set.of("ext4", "xfs", "btrfs", "tmpfs", "overlay", "zfs").contains(store.type()),
                "a file system whose change times Pil trusts");
        // a file is trusted only once its last change is older than InputFiles.SETTLE when it is read
        Thread.sleep(3_200);

        int before = DecodedPictures.decodes();
        assertEquals(ECHO, damaged(f, build(f)));
        assertEquals(3, DecodedPictures.decodes() - before, "the first build decodes each file once");
        assertTrue(Files.isRegularFile(f.output().resolve(".pil/pictures.json")));

        f.write("ct/nl.md", Files.readString(f.root().resolve("ct/nl.md")) + "Nog een zin.\n"); // not up to date
        before = DecodedPictures.decodes();
        assertEquals(ECHO, damaged(f, build(f)), "the damaged one again");
        assertEquals(1, DecodedPictures.decodes() - before, "only the damaged one decoded");

        f.writeBytes("echo/route.png", good); // mended
        f.writeBytes("ct/route.png", damaged); // and broken where it was good, at once
        before = DecodedPictures.decodes();
        assertEquals(
                List.of(
                        "ct/en.md:8:1: warning: image 'route.png' cannot be read: the file is damaged or not the kind"
                                + " its name says [image-damaged]",
                        "ct/nl.md:14:1: warning: image 'route.png' cannot be read: the file is damaged or not the kind"
                                + " its name says [image-damaged]"),
                damaged(f, build(f)));
        assertEquals(
                3, DecodedPictures.decodes() - before, "the two changed ones, the damaged one for each file naming it");

        before = DecodedPictures.decodes();
        assertEquals(
                2,
                damaged(f, new Compiler(f.options().withClean(true)).buildIfChanged())
                        .size());
        assertEquals(
                4,
                DecodedPictures.decodes() - before,
                "a clean build knows nothing: each picture, the damaged one for each file naming it");
    }

    private static BuildResult build(ContentFixture f) throws IOException {
        BuildResult result = new Compiler(f.options()).buildIfChanged();
        assertTrue(result.published(), result.diagnostics()::toString);
        return result;
    }
}
