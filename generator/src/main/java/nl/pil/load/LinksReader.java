package nl.pil.load;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.pil.model.Diagnostics;
import nl.pil.model.ExternalLink;
import nl.pil.model.LocalizedText;
import nl.pil.model.SiteSettings;
import nl.pil.model.SourcePosition;

/**
 * Reads {@code content/links.yaml}: the pages outside the site that leaflets show as cards. Each is checked for form:
 * a full {@code https://} address (patients follow it from a hospital page, so no plain http), no tracking parameters
 * ({@code utm_*}, {@code fbclid}, {@code gclid} …: a hospital does not tag its patients), a publisher and a title in
 * the source language.
 */
final class LinksReader {
    static final String FILE = "links.yaml";
    static final List<String> KEYS = List.of("url", "organisation", "title", "summary", "kind", "transcript", "poster");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern TRACKING =
            Pattern.compile("(?i)^(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_ga|_gl|yclid|igshid)$");

    private LinksReader() {}

    /** The links that can be shown, and the ids declared with a problem (each reported once, here). */
    record Links(Map<String, ExternalLink> valid, Set<String> rejected) {
        static final Links NONE = new Links(Map.of(), Set.of());
    }

    static Links read(Path root, String displayPath, SiteSettings site, Diagnostics diagnostics) {
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Links.NONE;
        }
        if (!Attachments.realPathInside(file, root)) {
            diagnostics.error(
                    SourcePosition.of(displayPath),
                    "links.yaml is a symbolic link to a file outside the content folder",
                    "copy the file into the content folder instead of linking to it");
            return Links.NONE;
        }
        Optional<String> text = TextFile.read(file, displayPath, diagnostics);
        Optional<YamlDocument.Parsed> parsed = text.flatMap(t -> YamlDocument.parse(t, displayPath, 1, diagnostics));
        if (parsed.isEmpty()) {
            return Links.NONE;
        }
        YamlFields all = new YamlFields(parsed.get(), diagnostics, "links.yaml");
        Set<String> languages = Set.copyOf(site.languages());
        Map<String, ExternalLink> links = new LinkedHashMap<>();
        Set<String> rejected = new HashSet<>(all.keys());
        for (String id : all.keys()) {
            SourcePosition at = all.keyPositions().get(id);
            if (!ID.matcher(id).matches()) {
                diagnostics.error(
                        at,
                        "'" + id + "' is not a link id",
                        "use lowercase letters, digits and dashes, e.g. 'kanker-nl-levermetastasen'");
                continue;
            }
            all.mapping(id, "link '" + id + "'").ifPresent(link -> {
                link.rejectUnknownKeys(KEYS, "a link has: " + String.join(", ", KEYS));
                link.requireAll(
                        List.of("url", "organisation", "title"),
                        at,
                        "a card needs an address, a publisher and a title");
                Optional<URI> url = link.absoluteUrl("url").filter(u -> acceptable(u, link, "url"));
                Optional<String> organisation = link.text("organisation");
                Optional<LocalizedText> title = link.localized("title", languages);
                LocalizedText summary = link.localized("summary", languages).orElse(LocalizedText.of(""));
                if (title.isPresent() && title.get().inOnly(site.sourceLanguage()) == null) {
                    link.report(
                            link.at("title"),
                            "the title of link '" + id + "' has no " + site.sourceLanguage() + " text",
                            "give 'title' for every language, or at least " + site.sourceLanguage());
                    return;
                }
                Optional<ExternalLink.Kind> kind =
                        link.text("kind").map(k -> kind(k, link)).orElse(Optional.of(ExternalLink.Kind.WEBSITE));
                URI transcript = null;
                if (link.text("transcript").isPresent()) {
                    Optional<URI> t = link.absoluteUrl("transcript").filter(u -> acceptable(u, link, "transcript"));
                    if (t.isEmpty()) {
                        return;
                    }
                    transcript = t.get();
                }
                Path poster = null;
                if (link.text("poster").isPresent()) {
                    Optional<Path> p = ImageFiles.checked(
                            root, link.text("poster").get(), "poster", link.at("poster"), diagnostics);
                    if (p.isEmpty()) {
                        return;
                    }
                    poster = p.get();
                }
                if (url.isPresent() && organisation.isPresent() && title.isPresent() && kind.isPresent()) {
                    links.put(
                            id,
                            new ExternalLink(
                                    id,
                                    url.get(),
                                    organisation.get(),
                                    title.get(),
                                    summary,
                                    at,
                                    kind.get(),
                                    transcript,
                                    poster,
                                    poster == null ? null : ImageFiles.hash(poster)));
                }
            });
        }
        rejected.removeAll(links.keySet());
        return new Links(links, rejected);
    }

    private static Optional<ExternalLink.Kind> kind(String value, YamlFields link) {
        for (ExternalLink.Kind k : ExternalLink.Kind.values()) {
            if (k.key().equals(value.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(k);
            }
        }
        link.report(link.at("kind"), "'" + value + "' is not a kind of link", "write website, video or podcast");
        return Optional.empty();
    }

    private static boolean acceptable(URI url, YamlFields link, String key) {
        if (!url.getScheme().equals("https")) {
            link.report(
                    link.at(key),
                    "'" + url + "' is not a secure (https) address",
                    "use the https:// address of the page; patients follow it from a hospital site");
            return false;
        }
        String query = url.getRawQuery();
        if (query != null) {
            StringBuilder kept = new StringBuilder();
            boolean tracked = false;
            for (String pair : query.split("&")) {
                String name = pair.split("=", 2)[0];
                if (TRACKING.matcher(name).matches()) {
                    tracked = true;
                } else if (!pair.isEmpty()) {
                    kept.append(kept.isEmpty() ? "" : "&").append(pair);
                }
            }
            if (tracked) {
                String clean = url.toString().substring(0, url.toString().indexOf('?'))
                        + (kept.isEmpty() ? "" : "?" + kept)
                        + (url.getRawFragment() == null ? "" : "#" + url.getRawFragment());
                link.report(
                        link.at(key),
                        "'" + url + "' carries tracking parameters",
                        "a hospital does not tag its patients: use " + clean);
                return false;
            }
        }
        return true;
    }
}
