package nl.pil.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageInputStream;
import nl.pil.cache.Fingerprint;
import nl.pil.load.Attachments;
import nl.pil.model.CheckSettings;
import nl.pil.model.Content;
import nl.pil.model.Leaflet;
import nl.pil.model.Reference;
import nl.pil.model.Translation;

/**
 * An image file beside the leaflet that cannot be decoded: the page shows a broken image and the handout leaves it
 * out, so what the image explains (the route, the position on the table) never reaches the patient. An error by
 * default.
 */
final class ImageDamagedRule extends Rule {
    private static final Pattern IMAGE = Pattern.compile(".*\\.(png|jpe?g|gif)");
    /** The fingerprints of the bytes of pictures that decoded in this process. */
    private static final Set<String> DECODED = ConcurrentHashMap.newKeySet();

    private static final AtomicInteger decodes = new AtomicInteger();
    private static volatile boolean remembering;

    /** From now on, pictures that decoded are known by their bytes (see {@link #readable}). */
    static void remember() {
        remembering = true;
    }

    ImageDamagedRule() {
        super("image-damaged", CheckSettings.Level.ERROR, "every image beside a leaflet can be decoded");
    }

    @Override
    public void check(Content content, Findings findings) {
        for (Leaflet leaflet : content.leaflets()) {
            for (Translation t : leaflet.translations().values()) {
                for (Reference ref : t.references()) {
                    if (ref.kind() == Reference.Kind.FILE
                            && Attachments.resolve(leaflet.folder(), ref.target()) instanceof Attachments.Found found
                            && IMAGE.matcher(found.name().toLowerCase(Locale.ROOT))
                                    .matches()
                            && !readable(found.file())) {
                        findings.report(
                                ref.position(),
                                "image '" + ref.target()
                                        + "' cannot be read: the file is damaged or not the kind its name says",
                                "save it again as PNG or JPEG from an image program");
                    }
                }
            }
        }
    }

    /**
     * Whether {@code file} decodes. Decoding takes ~1.6 ms for a 360 KB PNG, reading and hashing its bytes about a third
     * of that; the rule runs on every picture in every build, so a process that builds again and again ({@link
     * #remember}) knows what decoded once by the fingerprint of its bytes (unchanged since the last save, or the same
     * picture beside another leaflet), and decodes only bytes not seen before. A build that runs once decodes each
     * picture from its file: hashing first would only add to it.
     */
    static boolean readable(Path file) {
        if (!remembering) {
            decodes.incrementAndGet();
            try {
                return ImageIO.read(file.toFile()) != null;
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return false;
        }
        String fingerprint = Fingerprint.start().add(bytes).hex();
        if (DECODED.contains(fingerprint)) {
            return true;
        }
        decodes.incrementAndGet();
        boolean readable;
        try {
            // from memory: a stream of its own would make ImageIO cache it in a temporary file
            readable = ImageIO.read(new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) != null;
        } catch (IOException | RuntimeException e) {
            readable = false;
        }
        if (readable) {
            DECODED.add(fingerprint); // 32 characters each: 20,000 pictures are a few megabytes
        }
        return readable;
    }

    /** Pictures decoded (not known by their bytes), since the process started: for tests. */
    static int decodes() {
        return decodes.get();
    }
}
