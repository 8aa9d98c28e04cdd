package nl.pil.cache;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.util.StringHelper;

/**
 * A 128-bit MurmurHash3 (Lucene's) over a sequence of texts and byte blobs, each length-prefixed so that "ab"+"c" and
 * "a"+"bc" differ. What the build cache compares to decide that an output's inputs did not change; also Pil's one
 * SHA-256 ({@link #sha256}) for the values that must be a plain digest of their bytes.
 *
 * <p>Not SHA-256 (which it was until 2026-12): a one-shot build runs on C1 alone, where SHA-256 has no intrinsic and
 * hashed about 125 MB/s, a quarter of the CPU of one body edit at 20,000 leaflets × 2; MurmurHash3 is twenty times
 * faster there. A fingerprint tells an edit from no edit; it is not a defence against someone who writes content to
 * collide (they could write the page they want instead). Values stored in content files stay SHA-256.
 */
public final class Fingerprint {
    /** Past this many bytes the parts so far are folded into their hash, so that a large file is never held twice. */
    static final int FOLD_AT = 1 << 20;

    static final int SEED = 0x5049_4c31; // "PIL1"

    /** Starts a folded buffer; no unfolded buffer starts with it (they start with a digit or '-'). */
    private static final byte FOLDED = '#';

    private byte[] buffer = new byte[128];
    private int length;

    private Fingerprint() {}

    public static Fingerprint start() {
        return new Fingerprint();
    }

    /** The fingerprint of one text. */
    public static String of(String text) {
        return start().add(text).hex();
    }

    /** The plain SHA-256 of {@code bytes}, without length prefixes: for values stored elsewhere that must not change. */
    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java has SHA-256
        }
    }

    /** Adds a text; {@code null} counts as a value of its own, distinct from every text. */
    public Fingerprint add(String text) {
        if (text == null) {
            append((byte) '-');
            return this;
        }
        return add(text.getBytes(StandardCharsets.UTF_8));
    }

    public Fingerprint add(byte[] bytes) {
        return add(bytes, bytes.length);
    }

    /** Adds the first {@code length} bytes of {@code bytes}, as {@link #add(byte[])} adds an array of that length. */
    public Fingerprint add(byte[] bytes, int length) {
        String prefix = Integer.toString(length);
        ensure(prefix.length() + 1 + length);
        for (int i = 0; i < prefix.length(); i++) {
            buffer[this.length++] = (byte) prefix.charAt(i);
        }
        buffer[this.length++] = ':';
        System.arraycopy(bytes, 0, buffer, this.length, length);
        this.length += length;
        if (this.length > FOLD_AT) {
            fold();
        }
        return this;
    }

    /**
     * Adds a file of a folder: its path relative to {@code root} (with '/', the same on every system) and its bytes;
     * anything but a regular file counts as empty.
     */
    public Fingerprint addFile(Path root, Path file) throws IOException {
        add(root.relativize(file).toString().replace('\\', '/'));
        return add(Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0]);
    }

    /**
     * Adds Pil itself: its version and the size and time of the jar (or class files) it runs from, so that output of
     * a rebuilt Pil is never taken over.
     */
    public Fingerprint addPil() {
        return add("pil " + Fingerprint.class.getPackage().getImplementationVersion())
                .add(CodeStamp.VALUE);
    }

    /** Worked out once: the code running is the code this process loaded, whatever happens to the jar meanwhile. */
    private static final class CodeStamp {
        static final String VALUE = codeStamp();
    }

    /** Ends the fingerprint: 32 hex digits. The object must not be used afterwards. */
    public String hex() {
        long[] hash = StringHelper.murmurhash3_x64_128(buffer, 0, length, SEED);
        return HexFormat.of().toHexDigits(hash[0]) + HexFormat.of().toHexDigits(hash[1]);
    }

    private void append(byte b) {
        ensure(1);
        buffer[length++] = b;
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(length + more, buffer.length * 2));
        }
    }

    /** Replaces the parts so far by their hash, behind a byte that no unfolded sequence starts with. */
    private void fold() {
        long[] hash = StringHelper.murmurhash3_x64_128(buffer, 0, length, SEED);
        buffer = new byte[128];
        buffer[0] = FOLDED;
        for (int i = 0; i < 8; i++) {
            buffer[1 + i] = (byte) (hash[0] >>> (56 - 8 * i));
            buffer[9 + i] = (byte) (hash[1] >>> (56 - 8 * i));
        }
        length = 17;
    }

    private static String codeStamp() {
        try {
            Path location = Path.of(Fingerprint.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            if (Files.isRegularFile(location)) {
                return Files.size(location) + "@"
                        + Files.getLastModifiedTime(location).toMillis();
            }
            List<String> stamps = new ArrayList<>();
            try (Stream<Path> files = Files.walk(location)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".class"))
                        .sorted()
                        .toList()) {
                    stamps.add(file + "@" + Files.getLastModifiedTime(file).toMillis());
                }
            }
            return Integer.toHexString(stamps.hashCode());
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown";
        }
    }
}
