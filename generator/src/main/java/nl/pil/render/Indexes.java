package nl.pil.render;

import com.ibm.icu.text.AlphabeticIndex;
import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.pil.i18n.Messages;
import nl.pil.link.Page;
import nl.pil.link.Site;
import nl.pil.model.Department;
import nl.pil.model.LeafletType;
import nl.pil.model.SiteSettings;

/**
 * The ways into a language's leaflets: by type ({@code nl/}, which is also the language's home: search, the editors'
 * choice, then every leaflet), A–Z ({@code nl/a-z/}), by department ({@code nl/departments/}), and the site's home
 * page. Every view is a static page and works without JavaScript; the A–Z type filter is radio buttons and CSS.
 */
final class Indexes {
    /** The views of the index, in the order the view switch shows them. */
    private static final List<String> VIEWS = List.of("type", "az", "departments");

    private final Site site;
    private final TemplateModels views;
    private final String lang;
    private final Messages msg;
    private final Collator collator;
    /** Every leaflet's page in this language (the source language's where it is not translated), by title. */
    private final List<Page> pages;
    /** The cards made so far, by root and id (see {@link #card}). */
    private final Map<String, Map<String, Object>> cards = new HashMap<>();

    private Map<String, List<Page>> pagesByDepartment; // made when first asked for

    Indexes(Site site, TemplateModels views, String lang) {
        this.site = site;
        this.views = views;
        this.lang = lang;
        this.msg = views.messages(lang);
        this.collator = Collator.getInstance(ULocale.forLanguageTag(lang));
        this.pages = site.leafletIds().stream()
                .map(id -> site.resolve(id, lang).orElseThrow())
                .sorted(Comparator.comparing((Page p) -> p.meta().title(), collator::compare))
                .toList();
    }

    /**
     * The card of leaflet {@code id} with links from {@code root}, made once: every view, the home page and each of
     * the leaflet's departments show the same card.
     */
    private Map<String, Object> card(String id, String root) {
        return cards.computeIfAbsent(root + "\n" + id, key -> views.card(id, lang, root));
    }

    /** {@code nl/}: the leaflets by type, and within a type by their main department. */
    Map<String, Object> byType() {
        String root = "../";
        Map<String, Object> m = page(root, "type", "");
        List<Map<String, Object>> groups = new ArrayList<>();
        for (LeafletType type : LeafletType.values()) {
            Map<String, List<Map<String, Object>>> byDepartment = new TreeMap<>(collator::compare);
            for (Page page : pages) {
                if (page.meta().type() == type) {
                    Department dept = mainDepartment(page);
                    String name = dept == null
                            ? msg.get("index.otherDepartment")
                            : dept.name().in(lang, site.settings().sourceLanguage());
                    byDepartment.computeIfAbsent(name, k -> new ArrayList<>()).add(card(page.id(), root));
                }
            }
            if (!byDepartment.isEmpty()) {
                List<Map<String, Object>> departments = new ArrayList<>();
                byDepartment.forEach((name, cards) -> departments.add(Map.of("name", name, "leaflets", cards)));
                groups.add(Map.of("type", type.key(), "label", plural(type), "departments", departments));
            }
        }
        m.put("groups", groups);
        m.put("featured", featured(root));
        return m;
    }

    /**
     * {@code nl/a-z/}: the leaflets under the first letter of their title, with the language's own alphabet (ICU's
     * alphabetic index: Arabic letters on an Arabic page, and the Latin ones for titles shown in the source language).
     */
    Map<String, Object> alphabetical() {
        String root = "../../";
        Map<String, Object> m = page(root, "az", "a-z/");
        AlphabeticIndex<Map<String, Object>> index = new AlphabeticIndex<Map<String, Object>>(
                        ULocale.forLanguageTag(lang))
                .addLabels(ULocale.forLanguageTag(site.settings().sourceLanguage()))
                .addLabels(ULocale.ENGLISH);
        for (Page page : pages) {
            index.addRecord(page.meta().title(), card(page.id(), root));
        }
        List<Map<String, Object>> letters = new ArrayList<>();
        int n = 0;
        for (AlphabeticIndex.Bucket<Map<String, Object>> bucket : index) {
            n++;
            boolean normal = bucket.getLabelType() == AlphabeticIndex.Bucket.LabelType.NORMAL;
            if (!normal && bucket.size() == 0) {
                continue; // the "…" buckets before, between and after the alphabet only when something is in them
            }
            List<Map<String, Object>> cards = new ArrayList<>();
            bucket.forEach(record -> cards.add(record.getData()));
            letters.add(Map.of("label", bucket.getLabel(), "anchor", "letter-" + n, "leaflets", cards));
        }
        m.put("letters", letters);
        List<Map<String, Object>> types = new ArrayList<>();
        for (LeafletType type : LeafletType.values()) {
            if (pages.stream().anyMatch(p -> p.meta().type() == type)) {
                types.add(Map.of("key", type.key(), "label", plural(type)));
            }
        }
        m.put("types", types);
        return m;
    }

    /** {@code nl/departments/}: every department with its leaflets, then the leaflets that name none. */
    Map<String, Object> byDepartment() {
        String root = "../../";
        Map<String, Object> m = page(root, "departments", "departments/");
        List<Map<String, Object>> departments = new ArrayList<>();
        for (Department dept : sortedDepartments()) {
            Map<String, Object> d = views.department(dept, lang, root);
            d.put("leaflets", cardsOf(dept.id(), root));
            departments.add(d);
        }
        m.put("departments", departments);
        m.put(
                "unassigned",
                pages.stream()
                        .filter(p -> p.meta().departments().stream()
                                .noneMatch(site.settings().departments()::containsKey))
                        .map(p -> card(p.id(), root))
                        .toList());
        return m;
    }

    /** The leaflets naming department {@code id} (as main or as one of several), by type, for its page. */
    List<Map<String, Object>> groupsOf(String id, String root) {
        List<Map<String, Object>> groups = new ArrayList<>();
        List<Page> named = pagesByDepartment().getOrDefault(id, List.of());
        for (LeafletType type : LeafletType.values()) {
            List<Map<String, Object>> cards = named.stream()
                    .filter(p -> p.meta().type() == type)
                    .map(p -> card(p.id(), root))
                    .toList();
            if (!cards.isEmpty()) {
                groups.add(Map.of("type", type.key(), "label", plural(type), "leaflets", cards));
            }
        }
        return groups;
    }

    /**
     * The pages naming each department, in {@link #pages}' order: made once, not by going through every page for
     * every department (at 20,000 leaflets that was most of the department pages' time).
     */
    private Map<String, List<Page>> pagesByDepartment() {
        if (pagesByDepartment == null) {
            Map<String, List<Page>> map = new HashMap<>();
            for (Page page : pages) {
                for (String dept : new java.util.LinkedHashSet<>(page.meta().departments())) {
                    map.computeIfAbsent(dept, k -> new ArrayList<>()).add(page);
                }
            }
            pagesByDepartment = map;
        }
        return pagesByDepartment;
    }

    /**
     * The site's home page, in the source language: search first, then the editors' choice of leaflets, the types of
     * leaflets and the departments; the language choice at the top for readers of another language.
     */
    Map<String, Object> home() {
        String root = "";
        Map<String, Object> m = views.withMessages(views.common(lang, root));
        m.put("featured", featured(root));
        List<Map<String, Object>> types = new ArrayList<>();
        for (LeafletType type : LeafletType.values()) {
            long count = pages.stream().filter(p -> p.meta().type() == type).count();
            if (count > 0) {
                types.add(Map.of(
                        "key", type.key(), "label", plural(type), "count", count, "href", lang + "/#" + type.key()));
            }
        }
        m.put("types", types);
        m.put(
                "departments",
                sortedDepartments().stream()
                        .map(d -> views.department(d, lang, root))
                        .toList());
        return m;
    }

    private Map<String, Object> page(String root, String view, String suffix) {
        Map<String, Object> m = views.withMessages(views.common(lang, root));
        m.put("view", view);
        List<Map<String, Object>> switcher = new ArrayList<>();
        for (String v : VIEWS) {
            String path = switch (v) {
                case "type" -> "";
                case "az" -> "a-z/";
                default -> "departments/";
            };
            switcher.add(Map.of(
                    "key",
                    v,
                    "label",
                    msg.get("index.view." + v),
                    "href",
                    root + lang + "/" + path,
                    "current",
                    v.equals(view)));
        }
        m.put("views", switcher);
        m.put("alternates", views.languageAlternates(lang, root, suffix));
        m.put("canonical", site.settings().absoluteUrl(lang + "/" + suffix));
        return m;
    }

    private List<Map<String, Object>> featured(String root) {
        List<Map<String, Object>> chosen = new ArrayList<>();
        for (SiteSettings.Featured f : site.settings().featured()) {
            if (site.resolve(f.id(), lang).isPresent()) { // an unknown id is the link stage's error
                chosen.add(card(f.id(), root));
            }
        }
        return chosen;
    }

    private List<Map<String, Object>> cardsOf(String departmentId, String root) {
        return pagesByDepartment().getOrDefault(departmentId, List.of()).stream()
                .map(p -> card(p.id(), root))
                .toList();
    }

    private List<Department> sortedDepartments() {
        String source = site.settings().sourceLanguage();
        return site.settings().departments().values().stream()
                .sorted(Comparator.comparing(d -> d.name().in(lang, source), collator::compare))
                .toList();
    }

    private Department mainDepartment(Page page) {
        String id = page.meta().department();
        return id == null ? null : site.settings().departments().get(id);
    }

    private String plural(LeafletType type) {
        return msg.get("type." + type.key() + ".plural");
    }
}
