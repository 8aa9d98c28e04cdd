package nl.pil.load;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.pil.model.CheckSettings;
import nl.pil.model.Contact;
import nl.pil.model.Department;
import nl.pil.model.Diagnostics;
import nl.pil.model.LocalizedText;
import nl.pil.model.PdfSettings;
import nl.pil.model.SiteSettings;
import nl.pil.model.SourcePosition;
import nl.pil.model.Suggest;

/** Reads and validates {@code site.yaml}. */
final class SiteReader {
    static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Z]{2})?");
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    static final List<String> KEYS = List.of(
            "name", "base-url", "languages", "contact", "departments", "featured", "pdf", "checks", "overdue-notice");
    static final List<String> PDF_KEYS = List.of("format", "bleed", "booklet", "logo", "bilingual");
    private static final List<String> CONTACT_KEYS = List.of("phone", "emergency", "email", "address");
    private static final List<String> DEPARTMENT_KEYS = List.of("name", "about", "phone", "email", "hours", "location");

    private SiteReader() {}

    /** The text of site.yaml; empty (with an error) when it is missing or unreadable. */
    static Optional<String> text(Path file, String displayPath, Diagnostics diagnostics) {
        if (!Files.isRegularFile(file)) {
            diagnostics.error(
                    SourcePosition.of(displayPath),
                    "site.yaml is missing",
                    "create it with at least 'name', 'base-url' and 'languages' (see the README)");
            return Optional.empty();
        }
        if (!Attachments.realPathInside(file, file.getParent())) {
            diagnostics.error(
                    SourcePosition.of(displayPath),
                    "site.yaml is a symbolic link to a file outside the content folder",
                    "copy the file into the content folder instead of linking to it");
            return Optional.empty();
        }
        return TextFile.read(file, displayPath, diagnostics);
    }

    /** @param file where the text was read from: relative paths in it (the PDF logo) are resolved from its folder */
    static Optional<SiteSettings> read(String text, Path file, String displayPath, Diagnostics diagnostics) {
        Optional<YamlDocument.Parsed> parsed = YamlDocument.parse(text, displayPath, 1, diagnostics);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlFields site = new YamlFields(parsed.get(), diagnostics, "site.yaml");
        SourcePosition top = SourcePosition.of(displayPath);
        site.rejectUnknownKeys(KEYS, "site.yaml knows: " + String.join(", ", KEYS));
        site.requireAll(List.of("name", "base-url", "languages"), top, "see the README for an example site.yaml");

        List<String> languages = languages(site, diagnostics);
        Set<String> languageSet = new LinkedHashSet<>(languages);
        Optional<LocalizedText> name = site.localized("name", languageSet);
        Optional<URI> baseUrl = site.absoluteUrl("base-url");
        Contact contact = site.mapping("contact", "'contact'")
                .map(c -> {
                    c.rejectUnknownKeys(CONTACT_KEYS, "contact knows: " + String.join(", ", CONTACT_KEYS));
                    return new Contact(
                            c.text("phone").orElse(null),
                            c.text("emergency").orElse(null),
                            c.text("email").orElse(null),
                            c.text("address").orElse(null));
                })
                .orElse(Contact.none());
        long errorsBefore = diagnostics.errorCount();
        Map<String, Department> departments = departments(site, languageSet, diagnostics);
        boolean departmentsRead = diagnostics.errorCount() == errorsBefore;
        PdfSettings pdf = site.mapping("pdf", "'pdf'")
                .map(p -> pdfSettings(p, file.toAbsolutePath().getParent(), languages, diagnostics))
                .orElse(PdfSettings.defaults());

        CheckSettings checks = site.mapping("checks", "'checks'")
                .map(SiteReader::checkSettings)
                .orElse(CheckSettings.DEFAULTS);

        boolean overdueNotice = site.bool("overdue-notice").orElse(false);
        List<SiteSettings.Featured> featured = new ArrayList<>();
        List<String> featuredIds = site.textList("featured");
        for (int i = 0; i < featuredIds.size(); i++) {
            featured.add(new SiteSettings.Featured(featuredIds.get(i), site.itemAt("featured", i)));
        }

        if (name.isEmpty() || baseUrl.isEmpty() || languages.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SiteSettings(
                name.get(),
                baseUrl.get(),
                languages,
                contact,
                departments,
                pdf,
                checks,
                overdueNotice,
                departmentsRead,
                featured));
    }

    private static List<String> languages(YamlFields site, Diagnostics diagnostics) {
        List<String> languages = new ArrayList<>();
        for (String lang : site.textList("languages")) {
            if (!LANGUAGE.matcher(lang).matches()) {
                diagnostics.error(
                        site.at("languages"),
                        "'" + lang + "' is not a language code",
                        "use lowercase ISO 639 codes such as nl, en, ar, tr, pl, uk");
            } else if (languages.contains(lang)) {
                diagnostics.error(site.at("languages"), "language '" + lang + "' is listed twice", null);
            } else {
                languages.add(lang);
            }
        }
        return languages;
    }

    private static PdfSettings pdfSettings(
            YamlFields p, Path contentRoot, List<String> languages, Diagnostics diagnostics) {
        p.rejectUnknownKeys(PDF_KEYS, "pdf knows: " + String.join(", ", PDF_KEYS));
        PdfSettings defaults = PdfSettings.defaults();
        Path logo = p.text("logo")
                .flatMap(name -> {
                    Path file = contentRoot.resolve(name).normalize();
                    String lower = name.toLowerCase(Locale.ROOT);
                    if (!file.startsWith(contentRoot) || !Files.isRegularFile(file)) {
                        diagnostics.error(
                                p.at("logo"),
                                "logo file '" + name + "' not found",
                                "give a path relative to the content folder, e.g. 'logo: logo.png'");
                        return Optional.empty();
                    }
                    if (!Attachments.realPathInside(file, contentRoot)) {
                        diagnostics.error(
                                p.at("logo"),
                                "logo file '" + name + "' is a symbolic link to a file outside the content folder",
                                "copy the logo into the content folder instead of linking to it");
                        return Optional.empty();
                    }
                    if (!(lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg"))) {
                        diagnostics.error(
                                p.at("logo"),
                                "logo must be a PNG or JPEG image, not '" + name + "'",
                                "export the logo as PNG (at least 600 pixels wide for sharp print)");
                        return Optional.empty();
                    }
                    return Optional.of(file);
                })
                .orElse(null);
        return new PdfSettings(
                p.pageFormat("format").orElse(defaults.format()),
                p.bool("bleed").orElse(defaults.bleed()),
                p.bool("booklet").orElse(defaults.booklet()),
                logo,
                bilingual(p, languages, diagnostics));
    }

    /** {@code bilingual: [ar, tr]}: translation languages of the site, each once; the source language has no pair. */
    private static List<String> bilingual(YamlFields p, List<String> languages, Diagnostics diagnostics) {
        List<String> chosen = new ArrayList<>();
        List<String> items = p.textList("bilingual");
        for (int i = 0; i < items.size(); i++) {
            String lang = items.get(i);
            SourcePosition at = p.itemAt("bilingual", i);
            if (!languages.isEmpty() && lang.equals(languages.getFirst())) {
                diagnostics.error(
                        at,
                        "'" + lang + "' is the source language: a bilingual handout pairs it with a translation",
                        "list translation languages only, e.g. 'bilingual: ["
                                + String.join(", ", languages.subList(1, languages.size())) + "]'");
            } else if (!languages.contains(lang)) {
                diagnostics.error(
                        at,
                        "bilingual handouts in '" + lang + "', which is not a language of the site",
                        Suggest.didYouMean(lang, languages) + "the site's languages are: "
                                + String.join(", ", languages));
            } else if (chosen.contains(lang)) {
                diagnostics.warning(at, "language '" + lang + "' is listed twice in 'bilingual'", "list it once");
            } else {
                chosen.add(lang);
            }
        }
        // in site order, whatever order they were listed in: the order of the download links
        return languages.stream().filter(chosen::contains).toList();
    }

    /**
     * {@code checks:}: {@code strict: true}, and per rule id either a level ({@code off}, {@code warning},
     * {@code error}) or a group with {@code level:} and the rule's thresholds. Rule ids are checked by the check stage.
     */
    private static CheckSettings checkSettings(YamlFields checks) {
        boolean strict = checks.bool("strict").orElse(false);
        Map<String, CheckSettings.Rule> rules = new LinkedHashMap<>();
        for (String id : checks.keys()) {
            if (id.equals("strict")) {
                continue;
            }
            SourcePosition at = checks.keyPositions().get(id);
            if (checks.isMapping(id)) {
                checks.mapping(id, "check '" + id + "'").ifPresent(rule -> {
                    CheckSettings.Level level = rule.text("level")
                            .flatMap(l -> level(l, rule.at("level"), rule))
                            .orElse(null);
                    Map<String, Integer> thresholds = new LinkedHashMap<>();
                    for (String key : rule.keys()) {
                        if (!key.equals("level")) {
                            rule.integer(key, 0, 1_000_000).ifPresent(n -> thresholds.put(key, n));
                        }
                    }
                    rules.put(id, new CheckSettings.Rule(level, thresholds, at));
                });
            } else {
                checks.text(id)
                        .flatMap(l -> level(l, checks.at(id), checks))
                        .ifPresent(level -> rules.put(id, new CheckSettings.Rule(level, Map.of(), at)));
            }
        }
        return new CheckSettings(rules, strict);
    }

    private static Optional<CheckSettings.Level> level(String value, SourcePosition at, YamlFields fields) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "off", "false" -> Optional.of(CheckSettings.Level.OFF);
            case "warning" -> Optional.of(CheckSettings.Level.WARNING);
            case "error" -> Optional.of(CheckSettings.Level.ERROR);
            default -> {
                fields.report(at, "'" + value + "' is not a check level", "write off, warning or error");
                yield Optional.empty();
            }
        };
    }

    private static Map<String, Department> departments(
            YamlFields site, Set<String> languages, Diagnostics diagnostics) {
        Map<String, Department> departments = new LinkedHashMap<>();
        site.mapping("departments", "'departments'").ifPresent(all -> {
            for (String id : all.keys()) {
                if (!ID.matcher(id).matches()) {
                    diagnostics.error(
                            all.keyPositions().get(id),
                            "department id '" + id + "' must be lowercase letters, digits and dashes",
                            null);
                    continue;
                }
                all.mapping(id, "department '" + id + "'").ifPresent(d -> {
                    d.rejectUnknownKeys(DEPARTMENT_KEYS, "a department knows: " + String.join(", ", DEPARTMENT_KEYS));
                    d.requireAll(
                            List.of("name"),
                            all.keyPositions().get(id),
                            "give the department a name, e.g. 'name: {nl: Radiologie, en: Radiology}'");
                    LocalizedText name = d.localized("name", languages).orElse(LocalizedText.of(id));
                    departments.put(
                            id,
                            new Department(
                                    id,
                                    name,
                                    d.text("phone").orElse(null),
                                    d.text("email").orElse(null),
                                    d.localized("hours", languages).orElse(LocalizedText.empty()),
                                    d.localized("about", languages).orElse(LocalizedText.empty()),
                                    d.localized("location", languages).orElse(LocalizedText.empty()),
                                    all.keyPositions().get(id)));
                });
            }
        });
        return departments;
    }
}
