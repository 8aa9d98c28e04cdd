package nl.pil.translate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.pil.link.Site;
import nl.pil.link.SourceVersion;
import nl.pil.load.LeafletFile;
import nl.pil.model.Translation;

/**
 * Records in a translation's front matter which version of the source it was translated from
 * ({@code translated-from} and {@code translated-on}), leaving every other line as the writer left it.
 */
public final class Stamper {
    private Stamper() {}

    /**
     * Stamps every translation of the given leaflets (all when empty) in {@code lang} (all languages when null)
     * that does not already record its source's current version; returns the translations stamped.
     */
    public static List<Translation> stampAll(Site site, String lang, List<String> ids, LocalDate on)
            throws IOException {
        List<Translation> stamped = new ArrayList<>();
        String sourceLang = site.settings().sourceLanguage();
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
        LeafletFile.Parts parts;
        try {
            parts = LeafletFile.split((bom ? text.substring(1) : text).replace("\r\n", "\n"));
        } catch (LeafletFile.Unsplittable e) {
            throw new IOException(file + ": " + e.getMessage());
        }
        List<String> frontMatter = new ArrayList<>(parts.frontMatter().stream()
                .filter(l -> !l.startsWith("translated-from:") && !l.startsWith("translated-on:"))
                .toList());
        frontMatter.add("translated-from: " + sourceVersion);
        frontMatter.add("translated-on: " + on);
        String body = parts.body().isEmpty() ? "" : parts.body() + (text.endsWith("\n") ? "\n" : ""); // as it was
        Files.writeString(file, (bom ? "\uFEFF" : "") + LeafletFile.join(frontMatter, body), StandardCharsets.UTF_8);
    }
}
