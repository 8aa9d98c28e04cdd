package nl.pil.link;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import nl.pil.cache.Fingerprint;
import nl.pil.model.FrontMatter;
import nl.pil.model.Translation;

/**
 * A short fingerprint of what a patient reads in the source language: title, summary, preparation days (and
 * note) and body, with whitespace normalised (re-wrapping a paragraph is not a change). A translation records the
 * fingerprint it was made from ({@code translated-from}); when the source's fingerprint moves on, the
 * translation is outdated.
 */
public final class SourceVersion {
    static final int LENGTH = 10;

    private SourceVersion() {}

    /** Every run of whitespace as one space (what {@code replaceAll("\\s+", " ")} does, without a regex: it runs on every file). */
    static String collapseWhitespace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                space = true;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        if (space) {
            out.append(' ');
        }
        return out.toString();
    }

    public static String of(Translation source) {
        return of(source.meta(), source.bodyText());
    }

    /** Of a source file's front matter and the text of its body (what {@link Translation#bodyText()} holds). */
    public static String of(FrontMatter meta, String bodyText) {
        String text = meta.title() + "\n" + meta.summary() + "\n" + meta.prepareDays() + "\n" + bodyText;
        if (meta.prepareNote() != null) {
            // added later than the rest: only files with a note get a new value
            text += "\n" + meta.prepareNote();
        }
        String normalised = collapseWhitespace(text.strip());
        // a plain SHA-256, not a Fingerprint: content files store this value, so it must never change
        return HexFormat.of()
                .formatHex(Fingerprint.sha256(normalised.getBytes(StandardCharsets.UTF_8)))
                .substring(0, LENGTH);
    }
}
