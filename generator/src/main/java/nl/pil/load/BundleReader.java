package nl.pil.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.pil.model.Bundle;
import nl.pil.model.Diagnostics;
import nl.pil.model.LocalizedText;
import nl.pil.model.Person;
import nl.pil.model.SiteSettings;
import nl.pil.model.SourcePosition;
import nl.pil.model.Suggest;

/**
 * Reads {@code content/bundles/<id>.yaml}: the care-path packets. What a file alone can tell is checked here (its
 * keys, a title in the source language, a non-empty list, a known department and contact person, a leaflet named
 * twice); whether the leaflets exist, and in which languages, is the link stage's to say.
 */
final class BundleReader {
    static final String FOLDER = "bundles";
    private static final IdFiles.Folder FILES =
            new IdFiles.Folder(FOLDER, "bundle", Bundle.ID, "liver-care-path.yaml", name -> false);
    static final List<String> KEYS = List.of("title", "intro", "leaflets", "department", "contact");

    private BundleReader() {}

    static List<Bundle> read(
            Path root,
            Function<Path, String> displayOf,
            SiteSettings site,
            Map<String, Person> people,
            Set<String> rejectedPeople,
            Diagnostics diagnostics) {
        List<Bundle> bundles = new ArrayList<>();
        for (IdFiles.IdFile f : IdFiles.list(root, FILES, displayOf, diagnostics)) {
            if (f.usable()) {
                read(f, site, people, rejectedPeople, diagnostics).ifPresent(bundles::add);
            }
        }
        return List.copyOf(bundles);
    }

    private static Optional<Bundle> read(
            IdFiles.IdFile f,
            SiteSettings site,
            Map<String, Person> people,
            Set<String> rejectedPeople,
            Diagnostics diagnostics) {
        String id = f.id();
        long before = diagnostics.errorCount();
        Optional<YamlFields> fields = IdFiles.fields(f, FILES, KEYS, diagnostics);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        YamlFields v = fields.get();
        SourcePosition start = SourcePosition.of(f.display());
        v.requireAll(List.of("title"), start, "the cover, the page and the table of contents show the title");
        Set<String> languages = Set.copyOf(site.languages());
        String source = site.sourceLanguage();
        Optional<LocalizedText> title = v.localized("title", languages);
        if (title.isPresent() && title.get().inOnly(source) == null) {
            v.report(
                    v.at("title"),
                    "bundle '" + id + "' has no " + source + " title",
                    "give 'title' in " + source + " (the source language) and in each language the packet is made in");
        }
        LocalizedText intro = v.localized("intro", languages).orElse(LocalizedText.empty());
        List<String> ids = v.textList("leaflets");
        List<Bundle.Item> items = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            String leaflet = ids.get(i);
            SourcePosition at = v.itemAt("leaflets", i);
            Integer first = seen.putIfAbsent(leaflet, i);
            if (first != null) {
                diagnostics.warning(
                        at,
                        "leaflet '" + leaflet + "' is in bundle '" + id + "' twice",
                        "remove this one: the packet prints it once, at item " + (first + 1));
                continue;
            }
            items.add(new Bundle.Item(leaflet, at));
        }
        if (items.isEmpty() && diagnostics.errorCount() == before) {
            diagnostics.error(
                    v.has("leaflets") ? v.at("leaflets") : start,
                    "bundle '" + id + "' has no leaflets",
                    "list the leaflet ids in reading order, e.g. 'leaflets: [liver-metastases, ct-scan, liver-resection]'");
        }
        Optional<String> department = IdFiles.department(v, site);
        Optional<String> contact = v.text("contact").filter(p -> {
            if (people.containsKey(p) || rejectedPeople.contains(p)) {
                return true;
            }
            v.report(
                    v.at("contact"),
                    "unknown person '" + p + "'",
                    Suggest.didYouMean(p, people.keySet())
                            + "a person id is the name of their file in content/people/");
            return false;
        });
        if (diagnostics.errorCount() > before || title.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new Bundle(id, title.get(), intro, items, department.orElse(null), contact.orElse(null), start));
    }
}
