package nl.pil.translate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.pil.link.LinkedSite;
import nl.pil.link.SourceVersion;
import nl.pil.model.Translation;

/**
 * Records in a translation's front matter which version of the source it was translated from
 * ({@code translated-from} and {@code translated-on}), leaving every other line as the writer left it.
 */
public final class Stamper {
    private Stamper() {
    }

    /**
     * Stamps every translation of the given leaflets (all when empty) in {@code lang} (all languages when null)
     * that does not already record its source's current version; returns the translations stamped.
     */
    public static List<Translation> stampAll(LinkedSite site, String lang, List<String> ids, LocalDate on)
            throws IOException {
        List<Translation> stamped = new ArrayList<>();
        String sourceLang = site.site().sourceLanguage();
        for (String id : ids.isEmpty() ? site.leafletIds() : ids) {
            var pages = site.pages().get(id);
            String version = SourceVersion.of(pages.get(sourceLang).translation());
            for (var page : pages.values()) {
                boolean wanted = !page.lang().equals(sourceLang) && (lang == null || lang.equals(page.lang()));
                if (wanted && !version.equals(page.meta().translatedFrom())) {
                    stamp(page.translation().sourceFile(), version, on);
                    stamped.add(page.translation());
                }
            }
        }
        return stamped;
    }

    public static void stamp(Path file, String sourceVersion, LocalDate on) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        boolean bom = text.startsWith("\uFEFF");
        List<String> lines = new ArrayList<>(List.of((bom ? text.substring(1) : text).replace("\r\n", "\n").split("\n", -1)));
        if (lines.isEmpty() || !lines.getFirst().strip().equals("---")) {
            throw new IOException(file + " has no front matter");
        }
        int close = -1;
        for (int i = 1; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.equals("---") || l.equals("...")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            throw new IOException(file + ": front matter is not closed");
        }
        for (int i = close - 1; i >= 1; i--) {
            String l = lines.get(i);
            if (l.startsWith("translated-from:") || l.startsWith("translated-on:")) {
                lines.remove(i);
                close--;
            }
        }
        lines.add(close, "translated-on: " + on);
        lines.add(close, "translated-from: " + sourceVersion);
        Files.writeString(file, (bom ? "\uFEFF" : "") + String.join("\n", lines), StandardCharsets.UTF_8);
    }
}
