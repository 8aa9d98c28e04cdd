package nl.pil.translate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.pil.link.Site;
import nl.pil.link.TranslationState;
import nl.pil.load.ContentLoader;
import nl.pil.load.LeafletFile;
import nl.pil.model.Diagnostics;
import nl.pil.model.SiteSettings;
import nl.pil.model.SourcePosition;
import nl.pil.model.SourceVersion;
import nl.pil.model.Translation;

/**
 * Records in a translation's front matter which version of the source it was translated from
 * ({@code translated-from} and {@code translated-on}), by whom ({@code translated-by}), and who reviewed it
 * ({@code translation-reviewed-by}, {@code -on}, and {@code -from}: the source version of the text reviewed), leaving every
 * other line as the writer left it.
 */
public final class Stamper {
    private Stamper() {}

    /** A translation stamped: its file as shown to people, and the source version it now records. */
    public record Stamped(String displayPath, String sourceVersion) {}

    /**
     * Stamps every translation of the given leaflets (all when empty) in {@code lang} (all languages when null) that
     * does not already record its source's current version, with {@code translator} (when not null) as who translated
     * it. Goes through the content one leaflet folder at a time, reading only front matter and body text, so memory
     * stays the same whatever the size of the site. A leaflet whose source file or a translation cannot be read is
     * left alone (that file's problems are in {@code diagnostics}); the others are stamped.
     *
     * @return the translations stamped, in the order of their files
     */
    public static List<Stamped> stampAll(
            ContentLoader loader,
            SiteSettings site,
            String lang,
            Collection<String> ids,
            LocalDate on,
            String translator,
            Diagnostics diagnostics) {
        String sourceLang = site.sourceLanguage();
        List<List<Path>> folders = loader.leafletFolders(diagnostics).entrySet().stream()
                .filter(e ->
                        ids.isEmpty() || ids.contains(e.getKey().getFileName().toString()))
                .map(Map.Entry::getValue)
                .toList();
        // the folders are independent: side by side, each holding only its own files
        return folders.parallelStream()
                .flatMap(files -> {
                    Path source = files.stream()
                            .filter(f -> sourceLang.equals(ContentLoader.languageOf(f)))
                            .findFirst()
                            .orElse(null);
                    List<Path> wanted = files.stream()
                            .filter(f -> {
                                String l = ContentLoader.languageOf(f);
                                return !sourceLang.equals(l) && (lang == null || lang.equals(l));
                            })
                            .toList();
                    if (source == null || wanted.isEmpty()) {
                        return Stream.empty(); // no source: the link stage reports that, with 'pil check'
                    }
                    return stampFolder(loader, site, source, wanted, on, translator, diagnostics).stream();
                })
                .toList();
    }

    private static List<Stamped> stampFolder(
            ContentLoader loader,
            SiteSettings site,
            Path source,
            List<Path> translations,
            LocalDate on,
            String translator,
            Diagnostics diagnostics) {
        // a leaflet with an error in any of its files is left alone, as a build would refuse it
        Diagnostics own = new Diagnostics();
        Optional<ContentLoader.FileHead> read = loader.readHead(source, site, own);
        List<ContentLoader.FileHead> heads = new ArrayList<>();
        for (Path file : translations) {
            loader.readHead(file, site, own).ifPresent(heads::add);
        }
        own.sorted().forEach(diagnostics::report);
        if (read.isEmpty() || own.hasErrors()) {
            return List.of();
        }
        String version = SourceVersion.of(read.get().meta(), read.get().bodyText());
        List<Stamped> stamped = new ArrayList<>();
        for (ContentLoader.FileHead t : heads) {
            Path file = t.file();
            if (version.equals(t.meta().translatedFrom())) {
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("translated-from", version);
            fields.put("translated-on", on.toString());
            if (translator != null) {
                fields.put("translated-by", XliffExchange.yamlText(translator));
            }
            try {
                setFields(file, fields);
            } catch (IOException e) {
                diagnostics.error(
                        SourcePosition.of(t.displayPath()),
                        "cannot stamp the translation: " + e.getMessage(),
                        "check that the file can be written");
                continue;
            }
            stamped.add(new Stamped(t.displayPath(), version));
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
