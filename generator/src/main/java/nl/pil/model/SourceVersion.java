package nl.pil.model;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A short fingerprint of what a patient reads in the source language: title, summary, preparation days (and
 * note) and body, with whitespace normalised (re-wrapping a paragraph is not a change). A translation records the
 * fingerprint it was made from ({@code translated-from}); when the source's fingerprint moves on, the
 * translation is outdated.
 */
public final class SourceVersion {
    static final int LENGTH = 10;

    private SourceVersion() {}

    public static String of(Translation source) {
        return source.sourceVersion() != null ? source.sourceVersion() : of(source.meta(), source.bodyText());
    }

    /** Of a source file's front matter and the text of its body (what {@link Translation#bodyText()} holds). */
    public static String of(FrontMatter meta, String bodyText) {
        String text = meta.title() + "\n" + meta.summary() + "\n" + meta.prepareDays() + "\n" + bodyText;
        if (meta.prepareNote() != null) {
            // added later than the rest: only files with a note get a new value
            text += "\n" + meta.prepareNote();
        }
        // a plain SHA-256, not a Fingerprint: content files store this value, so it must never change
        return HexFormat.of().formatHex(normalisedSha256(text)).substring(0, LENGTH);
    }

    /**
     * SHA-256 of the UTF-8 bytes of {@code text.strip()} with every run of whitespace ({@code \\s}: space, tab, line
     * ends, vertical tab, form feed) as one space, as {@code replaceAll("\\s+", " ")} would make it (the definition:
     * {@code SourceVersionProperties}), without the three copies of the text that took: this runs on every source file
     * of every build.
     */
    static byte[] normalisedSha256(String text) {
        int start = 0;
        int end = text.length();
        // String.strip(): whitespace code points (all of them in the BMP) at both ends
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        byte[] out = new byte[8192];
        int n = 0;
        boolean space = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                space = true;
                continue;
            }
            if (n > out.length - 5) {
                sha.update(out, 0, n);
                n = 0;
            }
            if (space) {
                out[n++] = ' ';
                space = false;
            }
            if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xC0 | c >> 6);
                out[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                out[n++] = (byte) (0xF0 | cp >> 18);
                out[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                out[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                out[n++] = '?'; // what String.getBytes(UTF_8) writes for half a pair
            } else {
                out[n++] = (byte) (0xE0 | c >> 12);
                out[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | c & 0x3F);
            }
        }
        sha.update(out, 0, n); // strip() leaves no whitespace at the end, so no space is pending
        return sha.digest();
    }
}
