package nl.pil.translate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.pil.check.AlertKinds;
import nl.pil.link.Page;
import nl.pil.link.Site;
import nl.pil.load.LeafletFile;
import nl.pil.markdown.Alert;
import nl.pil.markdown.LeafletMarkdown;
import nl.pil.model.FrontMatter;
import nl.pil.model.SourceVersion;

/** Export of leaflets to XLIFF for agencies, and import of their translations as leaflet files. */
public final class XliffExchange {
    private final Site site;

    public XliffExchange(Site site) {
        this.site = site;
    }

    /** Writes {@code <folder>/<lang>/<id>.xlf} for each leaflet; returns the files written. */
    public List<Path> export(String lang, List<String> ids, Path folder) throws IOException {
        String source = site.settings().sourceLanguage();
        List<Path> written = new ArrayList<>();
        for (String id : ids.isEmpty() ? site.leafletIds() : ids) {
            Page original = site.pages().get(id).get(source);
            Page existing = site.pages().get(id).get(lang);
            Map<String, String> sources = units(original);
            Map<String, String> targets = new LinkedHashMap<>();
            if (existing != null) {
                // hand the agency what is there, when it still lines up block for block
                Map<String, String> current = units(existing);
                if (current.keySet().equals(sources.keySet())) {
                    targets.putAll(current);
                } else {
                    targets.put("title", current.get("title"));
                    targets.put("summary", current.get("summary"));
                }
            }
            Path file = folder.resolve(lang).resolve(id + ".xlf");
            Xliff.write(
                    new Xliff.Document(
                            source,
                            lang,
                            id,
                            id + "/" + source + ".md",
                            SourceVersion.of(original.translation()),
                            original.meta().type().key(),
                            sources,
                            targets),
                    file);
            written.add(file);
        }
        return written;
    }

    private static Map<String, String> units(Page page) {
        Map<String, String> units = new LinkedHashMap<>();
        units.put("title", page.meta().title());
        units.put("summary", page.meta().summary());
        if (!page.translation().meta().keywords().isEmpty()) {
            units.put("keywords", String.join(", ", page.translation().meta().keywords()));
        }
        if (page.translation().meta().prepareNote() != null) {
            units.put("prepare-note", page.translation().meta().prepareNote());
        }
        List<String> blocks = Xliff.blocks(page.translation().bodyText());
        for (int i = 0; i < blocks.size(); i++) {
            units.put("b" + (i + 1), blocks.get(i));
        }
        return units;
    }

    /**
     * Writes the translation in {@code xlf} as {@code <content>/<id>/<lang>.md}, stamped with the source
     * version the file was made from. Every unit needs a target.
     */
    public Path importFile(Path xlf, LocalDate today) throws IOException {
        return importFile(xlf, today, null);
    }

    /** As {@link #importFile(Path, LocalDate)}; a {@code translator} (not null) is recorded as {@code translated-by}. */
    public Path importFile(Path xlf, LocalDate today, String translator) throws IOException {
        Xliff.Document doc = Xliff.read(xlf);
        if (!doc.sourceLang().equals(site.settings().sourceLanguage())) {
            throw new IOException(xlf + ": source language " + doc.sourceLang() + " is not the site's ("
                    + site.settings().sourceLanguage() + ")");
        }
        if (!site.settings().languages().contains(doc.targetLang())
                || doc.targetLang().equals(doc.sourceLang())) {
            throw new IOException(
                    xlf + ": target language " + doc.targetLang() + " is not one of the site's translation languages");
        }
        Map<String, Page> pages = site.pages().get(doc.leafletId());
        if (pages == null) {
            throw new IOException(xlf + ": unknown leaflet '" + doc.leafletId() + "'");
        }
        List<String> missing = doc.sources().keySet().stream()
                .filter(unit -> doc.targets().getOrDefault(unit, "").isBlank())
                .toList();
        if (!missing.isEmpty()) {
            throw new IOException(xlf + ": no translation for " + String.join(", ", missing));
        }
        Page original = pages.get(doc.sourceLang());
        FrontMatter meta = original.meta();
        List<String> frontMatter = new ArrayList<>();
        frontMatter.add("type: " + meta.type().key());
        frontMatter.add("title: " + yamlText(doc.targets().get("title")));
        frontMatter.add("summary: " + yamlText(doc.targets().get("summary")));
        Optional.ofNullable(doc.targets().get("keywords"))
                .ifPresent(k -> frontMatter.add("keywords: ["
                        + String.join(
                                ", ",
                                Arrays.stream(k.split(","))
                                        .map(String::strip)
                                        .filter(s -> !s.isEmpty())
                                        .map(XliffExchange::yamlText)
                                        .toList())
                        + "]"));
        if (meta.prepareDays() != null) {
            frontMatter.add("prepare-days: " + meta.prepareDays());
        }
        Optional.ofNullable(doc.targets().get("prepare-note"))
                .ifPresent(note -> frontMatter.add("prepare-note: " + yamlText(note)));
        frontMatter.add("translated-from: " + doc.sourceVersion());
        frontMatter.add("translated-on: " + today);
        if (translator != null) {
            frontMatter.add("translated-by: " + yamlText(translator.strip()));
        }
        List<String> blocks = new ArrayList<>();
        doc.sources().keySet().stream()
                .filter(u -> u.matches("b\\d+"))
                .forEach(u -> blocks.add(doc.targets().get(u).strip()));
        String body = String.join("\n\n", blocks) + "\n";
        List<Alert.Kind> expected = AlertKinds.of(original.translation().body());
        List<Alert.Kind> alerts = AlertKinds.of(LeafletMarkdown.parse(body));
        if (!alerts.equals(expected)) {
            // a warning must never vanish in translation: a garbled '[!WARNING]' makes the Arabic text a plain quote
            throw new IOException(
                    xlf + ": the translation has the alerts " + alerts + " where the source has " + expected
                            + "; keep every '> [!KIND]' marker of the source as it is, on the first line of its quote");
        }
        String md = LeafletFile.join(frontMatter, body);
        Path file = original.leaflet().folder().resolve(doc.targetLang() + ".md");
        Files.writeString(file, md, StandardCharsets.UTF_8);
        return file;
    }

    /** A YAML scalar that stays text whatever the translator typed (quotes, colons, leading symbols). */
    static String yamlText(String s) {
        String flat = s.strip().replace("\n", " ");
        return "\"" + flat.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
