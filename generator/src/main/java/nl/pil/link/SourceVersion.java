package nl.pil.link;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import nl.pil.model.Translation;

/**
 * A short fingerprint of what a patient reads in the source language: title, summary, preparation days and
 * body, with whitespace normalised (re-wrapping a paragraph is not a change). A translation records the
 * fingerprint it was made from ({@code translated-from}); when the source's fingerprint moves on, the
 * translation is outdated.
 */
public final class SourceVersion {
    static final int LENGTH = 10;

    private SourceVersion() {
    }

    public static String of(Translation source) {
        String text = source.meta().title() + "\n" + source.meta().summary() + "\n" + source.meta().prepareDays() + "\n"
                + source.bodyText();
        String normalised = text.strip().replaceAll("\\s+", " ");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
