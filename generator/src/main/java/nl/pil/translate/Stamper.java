package nl.pil.translate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.pil.link.Site;
import nl.pil.link.SourceVersion;
import nl.pil.link.TranslationState;
import nl.pil.load.LeafletFile;
import nl.pil.model.Translation;

/**
 * Records in a translation's front matter which version of the source it was translated from
 * ({@code translated-from} and {@code translated-on}), by whom ({@code translated-by}), and who reviewed it
 * ({@code translation-reviewed-by}, {@code -on}, and {@code -from}: the source version of the text reviewed), leaving every
 * other line as the writer left it.
 */
public final class Stamper {
    private Stamper() {}

    /**
     * Stamps every translation of the given leaflets (all when empty) in {@code lang} (all languages when null)
     * that does not already record its source's current version; returns the translations stamped.
     */
    public static List<Translation> stampAll(Site site, String lang, List<String> ids, LocalDate on)
            throws IOException {
        return stampAll(site, lang, ids, on, null);
    }

    /**
     * As {@link #stampAll(Site, String, List, LocalDate)}; with a {@code translator} (not null) also records who
     * translated them, in the translations stamped.
     */
    public static List<Translation> stampAll(Site site, String lang, List<String> ids, LocalDate on, String translator)
            throws IOException {
        List<Translation> stamped = new ArrayList<>();
        String sourceLang = site.settings().sourceLanguage();
        for (String id : ids.isEmpty() ? site.leafletIds() : ids) {
            var pages = site.pages().get(id);
            String version = SourceVersion.of(pages.get(sourceLang).translation());
            for (var page : pages.values()) {
                boolean wanted = !page.lang().equals(sourceLang) && (lang == null || lang.equals(page.lang()));
                if (wanted && !version.equals(page.meta().translatedFrom())) {
                    Map<String, String> fields = new LinkedHashMap<>();
                    fields.put("translated-from", version);
                    fields.put("translated-on", on.toString());
                    if (translator != null) {
                        fields.put("translated-by", XliffExchange.yamlText(translator));
                    }
                    setFields(page.translation().sourceFile(), fields);
                    stamped.add(page.translation());
                }
            }
        }
        return stamped;
    }

    /**
     * Records that {@code reviewer} reviewed the current translations of the given leaflets (all when empty) in
     * {@code lang}, on {@code on}. An outdated translation is not recorded as reviewed: its text is about to change.
     *
     * @return the translations recorded; the outdated ones left alone are in {@code skipped}
     */
    public static List<Translation> review(
            Site site, String lang, List<String> ids, String reviewer, LocalDate on, List<Translation> skipped)
            throws IOException {
        List<Translation> reviewed = new ArrayList<>();
        String sourceLang = site.settings().sourceLanguage();
        for (String id : ids.isEmpty() ? site.leafletIds() : ids) {
            for (var page : site.pages().get(id).values()) {
                if (page.lang().equals(sourceLang) || !page.lang().equals(lang)) {
                    continue;
                }
                if (page.state() != TranslationState.CURRENT) {
                    skipped.add(page.translation());
                    continue;
                }
                Map<String, String> fields = new LinkedHashMap<>();
                fields.put("translation-reviewed-by", XliffExchange.yamlText(reviewer));
                fields.put("translation-reviewed-on", on.toString());
                fields.put("translation-reviewed-from", page.meta().translatedFrom());
                setFields(page.translation().sourceFile(), fields);
                reviewed.add(page.translation());
            }
        }
        return reviewed;
    }

    public static void stamp(Path file, String sourceVersion, LocalDate on) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("translated-from", sourceVersion);
        fields.put("translated-on", on.toString());
        setFields(file, fields);
    }

    /** Sets front-matter keys of {@code file} to these values (each on one line, at the end), keeping the rest. */
    static void setFields(Path file, Map<String, String> fields) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        boolean bom = text.startsWith("\uFEFF");
        LeafletFile.Parts parts;
        try {
            parts = LeafletFile.split((bom ? text.substring(1) : text).replace("\r\n", "\n"));
        } catch (LeafletFile.Unsplittable e) {
            throw new IOException(file + ": " + e.getMessage());
        }
        List<String> frontMatter = new ArrayList<>(parts.frontMatter().stream()
                .filter(l -> fields.keySet().stream().noneMatch(key -> l.startsWith(key + ":")))
                .toList());
        fields.forEach((key, value) -> frontMatter.add(key + ": " + value));
        String body = parts.body().isEmpty() ? "" : parts.body() + (text.endsWith("\n") ? "\n" : ""); // as it was
        Files.writeString(file, (bom ? "\uFEFF" : "") + LeafletFile.join(frontMatter, body), StandardCharsets.UTF_8);
    }
}
