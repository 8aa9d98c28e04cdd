package nl.pil.link;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.pil.model.Bundle;
import nl.pil.model.Content;
import nl.pil.model.Department;
import nl.pil.model.Diagnostics;
import nl.pil.model.ExternalLink;
import nl.pil.model.FrontMatter;
import nl.pil.model.Leaflet;
import nl.pil.model.Person;
import nl.pil.model.Reference;
import nl.pil.model.SiteSettings;
import nl.pil.model.SourcePosition;
import nl.pil.model.Suggest;
import nl.pil.model.Translation;

/**
 * The link stage: pairs translations with their source, fills in what translations leave out, and resolves
 * links, cards and {@code related} ids. A translation must never tell a patient something different from the
 * source about preparation, type or handout number: such contradictions are errors.
 */
public final class Linker {
    private final LocalDate today;

    /**
     * @param today the date "how long ago" is counted from in outdated-translation warnings, and on which a review
     *     is overdue
     */
    public Linker(LocalDate today) {
        this.today = today;
    }

    public Site link(Content content, Diagnostics diagnostics) {
        String source = content.settings().sourceLanguage();
        Map<String, Map<String, Page>> pages = new HashMap<>();
        for (Leaflet leaflet : content.leaflets()) {
            if (pages.containsKey(leaflet.id())) {
                continue; // duplicate id: reported by the checker
            }
            Translation original = leaflet.translations().get(source);
            if (original == null) {
                if (content.unreadSources().contains(leaflet.id())) {
                    continue; // the source file is there, and its own error says why it could not be read
                }
                for (Translation t : leaflet.translations().values()) {
                    diagnostics.error(
                            SourcePosition.of(t.displayPath()),
                            "translation without a source: leaflet '" + leaflet.id() + "' has no " + source + ".md",
                            "every leaflet is written in " + source + " first; add " + source + ".md to this folder");
                }
                continue;
            }
            Map<String, Page> byLang = new LinkedHashMap<>();
            String version = original.sourceVersion(); // what each translation is compared with
            for (Translation t : leaflet.translations().values()) {
                FrontMatter meta = t == original ? t.meta() : t.meta().inheritFrom(original.meta());
                TranslationState state = TranslationState.SOURCE;
                if (t != original) {
                    checkAgreement(t, original, diagnostics);
                    state = trackingState(t, original, version, diagnostics);
                } else if (t.meta().translatedFrom() != null) {
                    diagnostics.warning(
                            t.meta().positionOf("translated-from", SourcePosition.of(t.displayPath())),
                            "'translated-from' in a source-language file has no meaning",
                            "remove it");
                }
                boolean overdue = content.settings().overdueNotice()
                        && meta.reviewDue() != null
                        && meta.reviewDue().isBefore(today);
                byLang.put(t.lang(), new Page(leaflet, t, meta, state, overdue));
            }
            pages.put(leaflet.id(), byLang);
        }
        Site site = new Site(content, pages);
        checkReferences(site, content.unreadSources(), diagnostics);
        return site;
    }

    private TranslationState trackingState(
            Translation t, Translation original, String version, Diagnostics diagnostics) {
        FrontMatter meta = t.meta();
        SourcePosition at = meta.positionOf("translated-from", SourcePosition.of(t.displayPath()));
        if (meta.translatedFrom() == null) {
            diagnostics.warning(
                    at,
                    "the " + t.lang() + " translation of '" + t.leafletId()
                            + "' does not say which version of the source it was translated from",
                    "after checking it against " + original.displayPath() + ", run 'pil translations --stamp --lang "
                            + t.lang() + " " + t.leafletId() + "'");
            return TranslationState.UNTRACKED;
        }
        if (meta.translatedFrom().equals(version)) {
            return TranslationState.CURRENT;
        }
        String since = meta.translatedOn() == null
                ? ""
                : ", translated on " + meta.translatedOn() + " (" + ChronoUnit.DAYS.between(meta.translatedOn(), today)
                        + " days ago)";
        diagnostics.warning(
                at,
                "the " + t.lang() + " translation of '" + t.leafletId() + "' is outdated: " + original.displayPath()
                        + " has changed since it was translated" + since,
                "update the translation, then run 'pil translations --stamp --lang " + t.lang() + " " + t.leafletId()
                        + "'; readers see a note linking to the current " + original.lang() + " text");
        return TranslationState.OUTDATED;
    }

    private static void checkAgreement(Translation t, Translation original, Diagnostics diagnostics) {
        FrontMatter mine = t.meta();
        FrontMatter theirs = original.meta();
        SourcePosition file = SourcePosition.of(t.displayPath());
        if (mine.prepareDays() != null && !Objects.equals(mine.prepareDays(), theirs.prepareDays())) {
            diagnostics.error(
                    mine.positionOf("prepare-days", file),
                    "'prepare-days' is " + mine.prepareDays() + " here but " + theirs.prepareDays() + " in "
                            + original.displayPath(),
                    "a patient must get the same preparation time in every language; remove it here or make it equal");
        }
        if (mine.type() != null && theirs.type() != null && mine.type() != theirs.type()) {
            diagnostics.error(
                    mine.positionOf("type", file),
                    "'type' is " + mine.type().key() + " here but "
                            + theirs.type().key() + " in " + original.displayPath(),
                    "all languages of a leaflet share one type; remove it here or make it equal");
        }
        if (mine.code() != null && theirs.code() != null && !mine.code().equals(theirs.code())) {
            diagnostics.error(
                    mine.positionOf("code", file),
                    "'code' is " + mine.code() + " here but " + theirs.code() + " in " + original.displayPath(),
                    "the handout number is the same in every language; remove it here or make it equal");
        }
    }

    /**
     * Every {@code contacts}/{@code specialists} entry names a person; an author or reviewer written like an id
     * ("lotte-jansen") must name one too. A person whose own file has a problem is reported there only.
     */
    private static void checkPeople(Content content, Translation t, Diagnostics diagnostics) {
        Set<String> known = content.people().keySet();
        FrontMatter meta = t.meta();
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        byKey.put("contacts", meta.contacts());
        byKey.put("specialists", meta.specialists());
        byKey.put("authors", meta.authors());
        byKey.put("reviewers", meta.reviewers());
        byKey.forEach((key, entries) -> {
            boolean idsOnly = key.equals("contacts") || key.equals("specialists");
            for (int i = 0; i < entries.size(); i++) {
                String id = entries.get(i);
                if ((idsOnly || Person.looksLikeId(id))
                        && !known.contains(id)
                        && !content.rejectedPeople().contains(id)) {
                    diagnostics.error(
                            meta.positionOfItem(key, i, SourcePosition.of(t.displayPath())),
                            "'" + key + "' names unknown person '" + id + "'",
                            Suggest.didYouMean(id, known) + "a person id is the name of a file in content/people/"
                                    + " without .yaml");
                }
            }
        });
    }

    /** @param unread leaflets whose source file could not be read: its own error says so, links to it are not wrong */
    private static void checkReferences(Site site, Set<String> unread, Diagnostics diagnostics) {
        Set<String> ids = site.pages().keySet();
        for (Page page : site.allPages()) {
            Translation t = page.translation();
            for (Reference ref : t.references()) {
                if (ref.kind() == Reference.Kind.FILE || ids.contains(ref.target()) || unread.contains(ref.target())) {
                    continue;
                }
                String linkId = ref.kind() == Reference.Kind.CARD ? ExternalLink.idOf(ref.target()) : null;
                if (linkId != null) {
                    Set<String> links = site.content().links().keySet();
                    if (!links.contains(linkId)
                            && !site.content().rejectedLinks().contains(linkId)) {
                        diagnostics.error(
                                ref.position(),
                                "card of unknown link '" + linkId + "'",
                                Suggest.didYouMean(linkId, links) + "declare the page in content/links.yaml first");
                    }
                    continue;
                }
                String departmentId = ref.kind() == Reference.Kind.CARD ? Department.idOf(ref.target()) : null;
                if (departmentId != null) {
                    Map<String, Department> departments = site.settings().departments();
                    if (!departments.containsKey(departmentId)
                            && site.settings().departmentsRead()) {
                        diagnostics.error(
                                ref.position(),
                                "card of unknown department '" + departmentId + "'",
                                Suggest.didYouMean(departmentId, departments.keySet())
                                        + "a department id is its key under 'departments' in site.yaml");
                    }
                    continue;
                }
                String what =
                        ref.kind() == Reference.Kind.CARD ? "card of unknown leaflet '" : "link to unknown leaflet '";
                diagnostics.error(
                        ref.position(),
                        what + ref.target() + "'",
                        Suggest.didYouMean(ref.target(), ids)
                                + "a leaflet id is the name of its folder in the content folder");
            }
            checkPeople(site.content(), t, diagnostics);
            List<String> related = t.meta().related();
            for (int i = 0; i < related.size(); i++) {
                String id = related.get(i);
                SourcePosition relatedAt = t.meta().positionOfItem("related", i, SourcePosition.of(t.displayPath()));
                if (id.equals(page.id())) {
                    diagnostics.warning(relatedAt, "leaflet lists itself in 'related'", "remove '" + id + "'");
                } else if (!ids.contains(id) && !unread.contains(id)) {
                    diagnostics.error(
                            relatedAt,
                            "'related' names unknown leaflet '" + id + "'",
                            Suggest.didYouMean(id, ids) + "use leaflet ids (folder names)");
                }
            }
        }
        checkLinksUsed(site.content(), diagnostics);
        checkBundles(site, ids, unread, diagnostics);
        for (SiteSettings.Featured featured : site.settings().featured()) {
            if (!ids.contains(featured.id()) && !unread.contains(featured.id())) {
                diagnostics.error(
                        featured.position(),
                        "'featured' names unknown leaflet '" + featured.id() + "'",
                        Suggest.didYouMean(featured.id(), ids) + "use leaflet ids (folder names)");
            }
        }
    }

    /**
     * The leaflets of each care-path packet exist; one that is not translated into a language the packet is made in is
     * printed in the source language (marked as such), which the writer should know.
     */
    private static void checkBundles(Site site, Set<String> ids, Set<String> unread, Diagnostics diagnostics) {
        String source = site.settings().sourceLanguage();
        for (Bundle bundle : site.content().bundles()) {
            for (Bundle.Item item : bundle.leaflets()) {
                if (!ids.contains(item.id())) {
                    if (!unread.contains(item.id())) {
                        diagnostics.error(
                                item.position(),
                                "bundle '" + bundle.id() + "' names unknown leaflet '" + item.id() + "'",
                                Suggest.didYouMean(item.id(), ids) + "use leaflet ids (folder names)");
                    }
                    continue;
                }
                for (String lang : bundle.languages(site.settings().languages())) {
                    if (!site.pages().get(item.id()).containsKey(lang)) {
                        diagnostics.warning(
                                item.position(),
                                "leaflet '" + item.id() + "' has no " + lang + " translation: the " + lang + " packet '"
                                        + bundle.id() + "' prints it in " + source,
                                "translate it, or leave it: the packet marks it as not translated");
                    }
                }
            }
        }
    }

    /** A link in links.yaml that no leaflet shows, in any language: a leftover, or a card forgotten. */
    private static void checkLinksUsed(Content content, Diagnostics diagnostics) {
        Set<String> used = new HashSet<>();
        for (Leaflet leaflet : content.leaflets()) {
            for (Translation t : leaflet.translations().values()) {
                for (Reference ref : t.references()) {
                    String linkId = ref.kind() == Reference.Kind.CARD ? ExternalLink.idOf(ref.target()) : null;
                    if (linkId != null) {
                        used.add(linkId);
                    }
                }
            }
        }
        for (ExternalLink link : content.links().values()) {
            if (!used.contains(link.id())) {
                diagnostics.warning(
                        link.position(),
                        "link '" + link.id() + "' is not shown by any leaflet",
                        "show it as a card with [[link:" + link.id() + "]] in a leaflet, or remove it from links.yaml");
            }
        }
    }
}
