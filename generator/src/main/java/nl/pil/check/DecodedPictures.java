package nl.pil.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageInputStream;
import nl.pil.cache.Fingerprint;
import nl.pil.cache.KnownFiles;
import nl.pil.cache.Manifest;

/**
 * Which pictures beside leaflets are known to decode from earlier checks. Decoding takes ~1.6 ms for a 360 KB PNG and
 * the {@code image-damaged} rule looks at every picture of the site in every check: with one picture per leaflet that
 * was most of a build after a small edit. A picture is known in one of two ways:
 *
 * <ul>
 *   <li>in a process that checks again and again ({@code pil watch}), by the file's size, times and identity while
 *       they stay as they were when its bytes decoded, else by the fingerprint of its bytes: they are read and hashed
 *       (a third of decoding) and decoded only when those bytes were not seen decoding before;
 *   <li>in builds, by the fingerprint the build took of the file before it began ({@link KnownFiles}: the
 *       up-to-date check reads a file only when its size, times or identity changed), kept in the output folder
 *       ({@code .pil/pictures.json}): a picture that decoded in the last build and has not changed since is neither
 *       read nor decoded.
 * </ul>
 *
 * Only pictures that decoded are known: a damaged one is decoded, and reported, every time.
 */
public final class DecodedPictures {
    static final String MANIFEST = "pictures";
    private static final String DECODED = "decoded";
    private static final AtomicInteger decodes = new AtomicInteger();
    private static final AtomicInteger reads = new AtomicInteger();

    private final KnownFiles files; // by bytes: the files' stamps; else their fingerprints; null: not known
    private final boolean byBytes;
    private final Path previousOutput; // null: nothing known from a previous build (pil watch keeps its own)
    private volatile Manifest before;
    /** By bytes: every fingerprint that decoded in this process; by files: those of this check, for the next build. */
    private final Set<String> decoded = ConcurrentHashMap.newKeySet();
    /** By bytes: the files whose bytes decoded, by their size, times and identity. */
    private final Set<String> stamps = ConcurrentHashMap.newKeySet();
    /** By bytes: the pictures being decoded now, by the fingerprint of their bytes. */
    private final Map<String, FutureTask<Boolean>> inProgress = new ConcurrentHashMap<>();

    private DecodedPictures(KnownFiles files, boolean byBytes, Path previousOutput) {
        this.files = files;
        this.byBytes = byBytes;
        this.previousOutput = previousOutput;
    }

    /** Nothing known: every picture is decoded from its file. */
    static DecodedPictures none() {
        return new DecodedPictures(null, false, null);
    }

    /**
     * Known in memory, from check to check of one process: by their size, times and identity ({@code stamps}, as
     * {@link KnownFiles} tells them; null: not at all), else by their bytes.
     */
    static DecodedPictures byBytes(KnownFiles stamps) {
        return new DecodedPictures(stamps, true, null);
    }

    /**
     * Known by the fingerprints of their files: those that decoded in the build that wrote {@code previousOutput}
     * (nothing when it is null), and, for the next build, those that decode in this one ({@link #write}).
     */
    static DecodedPictures byFiles(Path previousOutput, KnownFiles files) {
        return new DecodedPictures(files, false, previousOutput);
    }

    /**
     * Whether {@code file} decodes.
     *
     * @param listedAs the file's path below the content folder, as the build found it: {@code file} is its real path
     */
    boolean readable(Path file, Path listedAs) {
        // by bytes: a file as it was when its bytes decoded is not even read (saving one leaflet leaves the others'
        // alone); by files: as the last build or this check found it (the same file beside another language)
        Set<String> known = byBytes ? stamps : decoded;
        String key = files == null ? null : files.unchanged(listedAs);
        if (key != null && (known.contains(key) || before().get(key, DECODED).isPresent())) {
            known.add(key);
            return true;
        }
        boolean readable = byBytes ? readableByBytes(file) : decode(file);
        // kept only when the file was not changed while it was read: the bytes decoded are the bytes it was known by
        if (readable && key != null && key.equals(files.unchanged(listedAs))) {
            known.add(key);
        }
        return readable;
    }

    /**
     * Writes the pictures of this check that decoded into {@code outputFolder}, for the next build; only when known by
     * the fingerprints of their files (a watching process keeps its own in memory).
     */
    void write(Path outputFolder) throws IOException {
        if (files == null || byBytes) {
            return;
        }
        Manifest now = new Manifest(MANIFEST, version());
        decoded.forEach(fingerprint -> now.put(fingerprint, Manifest.Entry.of(DECODED)));
        now.write(outputFolder);
    }

    private Manifest before() {
        Manifest known = before;
        if (known == null) {
            synchronized (this) {
                if (before == null) {
                    before = Manifest.read(previousOutput, MANIFEST, version());
                }
                known = before;
            }
        }
        return known;
    }

    /** Pil and the Java it runs on: the image decoders are Java's own. */
    private static String version() {
        return Fingerprint.start().addPil().add(Runtime.version().toString()).hex();
    }

    private boolean readableByBytes(Path file) {
        byte[] bytes;
        try {
            reads.incrementAndGet();
            bytes = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return false;
        }
        String fingerprint = Fingerprint.start().add(bytes).hex();
        if (decoded.contains(fingerprint)) {
            return true;
        }
        // the same picture beside several leaflets, checked side by side, is decoded once: the others wait for it
        FutureTask<Boolean> decoding = new FutureTask<>(() -> decode(bytes));
        FutureTask<Boolean> first = inProgress.putIfAbsent(fingerprint, decoding);
        if (first == null) {
            if (decoded.contains(fingerprint)) { // decoded by another thread since this one looked
                inProgress.remove(fingerprint, decoding);
                return true;
            }
            first = decoding;
            decoding.run();
        }
        boolean readable;
        try {
            readable = first.get();
        } catch (ExecutionException e) {
            readable = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            readable = false;
        }
        if (readable) {
            decoded.add(fingerprint); // 32 characters each: 20,000 pictures are a few megabytes
        }
        inProgress.remove(fingerprint, first); // a damaged picture is decoded again by the next check
        return readable;
    }

    private static boolean decode(byte[] bytes) {
        decodes.incrementAndGet();
        try {
            // from memory: a stream of its own would make ImageIO cache it in a temporary file
            return ImageIO.read(new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean decode(Path file) {
        decodes.incrementAndGet();
        try {
            return ImageIO.read(file.toFile()) != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Pictures read to be known by their bytes since the process started, by any check: for tests. */
    static int reads() {
        return reads.get();
    }

    /** Pictures decoded since the process started, by any check: for tests. */
    static int decodes() {
        return decodes.get();
    }
}
