package nl.pil.cache;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A SHA-256 over a sequence of texts and byte blobs, each length-prefixed so that "ab"+"c" and "a"+"bc" differ.
 * What the build cache compares to decide that an output's inputs did not change; also Pil's one SHA-256
 * ({@link #sha256}) for the values that must be a plain digest of their bytes.
 */
public final class Fingerprint {
    private final MessageDigest digest;

    private Fingerprint() {
        digest = sha256();
    }

    public static Fingerprint start() {
        return new Fingerprint();
    }

    /** The fingerprint of one text. */
    public static String of(String text) {
        return start().add(text).hex();
    }

    /** The plain SHA-256 of {@code bytes}, without length prefixes: for values stored elsewhere that must not change. */
    public static byte[] sha256(byte[] bytes) {
        return sha256().digest(bytes);
    }

    /** Adds a text; {@code null} counts as a value of its own, distinct from every text. */
    public Fingerprint add(String text) {
        if (text == null) {
            digest.update((byte) '-');
            return this;
        }
        return add(text.getBytes(StandardCharsets.UTF_8));
    }

    public Fingerprint add(byte[] bytes) {
        return add(bytes, bytes.length);
    }

    /** Adds the first {@code length} bytes of {@code bytes}, as {@link #add(byte[])} adds an array of that length. */
    public Fingerprint add(byte[] bytes, int length) {
        digest.update(Integer.toString(length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes, 0, length);
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

    /** Ends the fingerprint: 64 hex digits. The object must not be used afterwards. */
    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java has SHA-256
        }
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
