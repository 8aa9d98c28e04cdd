package nl.pil.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 over a sequence of texts and byte blobs, each length-prefixed so that "ab"+"c" and "a"+"bc" differ.
 * What the build cache compares to decide that an output's inputs did not change.
 */
public final class Fingerprint {
    private final MessageDigest digest;

    private Fingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Fingerprint start() {
        return new Fingerprint();
    }

    /** The fingerprint of one text. */
    public static String of(String text) {
        return start().add(text).hex();
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
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
        return this;
    }

    /** Ends the fingerprint: 64 hex digits. The object must not be used afterwards. */
    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
