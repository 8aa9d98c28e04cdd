package nl.pil.health;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.pil.check.Readability;
import nl.pil.compile.BuildOptions;
import nl.pil.compile.BuildResult;
import nl.pil.link.Linker;
import nl.pil.link.Page;
import nl.pil.link.Site;
import nl.pil.load.ContentLoader;
import nl.pil.model.CheckSettings;
import nl.pil.model.Content;
import nl.pil.model.Diagnostic;
import nl.pil.model.Diagnostics;
import nl.pil.model.FrontMatter;
import nl.pil.render.Theme;

/**
 * The content-health page for the hospital's communications team: per leaflet and language its reading ease, review
 * date, translation status and the checker's findings by rule, as one stand-alone HTML file ({@code health.ftlh} of the
 * templates). It is written to a staff folder, never into the public site: it names internal dates and problems.
 */
public final class HealthReport {
    /** The B1 target when {@code site.yaml} does not set {@code readability: {min-score: …}}. */
    static final int DEFAULT_TARGET = 60;

    public static final String TEMPLATE = "health.ftlh";

    /** What was written: the page, and how many rows and findings it shows. */
    public record Written(Path file, int rows, int findings, BuildResult checked) {}

    private HealthReport() {}

    /**
     * Checks the content, then writes {@code index.html} into {@code folder}.
     *
     * @return empty when the content cannot be loaded at all (no usable {@code site.yaml}); the check's diagnostics
     *         say why
     * @throws IllegalArgumentException the folder is inside the site's output folder
     */
    public static Optional<Written> write(BuildOptions options, Path folder, BuildResult checked) throws IOException {
        Path report = folder.toAbsolutePath().normalize();
        Path site = options.outputFolder().toAbsolutePath().normalize();
        if (report.startsWith(site)) {
            throw new IllegalArgumentException(
                    "the health report is for staff: write it outside the site's output folder ("
                            + options.outputFolder() + "), e.g. to build/health");
        }
        Diagnostics ignored = new Diagnostics(); // the check reported them already
        Optional<Content> content = new ContentLoader(options.contentFolder()).load(ignored);
        if (content.isEmpty()) {
            return Optional.empty();
        }
        Site linked = new Linker(options.today()).link(content.get(), ignored);
        Map<String, Object> model = model(linked, checked.diagnostics(), options.today(), report);
        String html = new Theme(options.templateFolders()).render(TEMPLATE, model);
        Files.createDirectories(report);
        Path file = report.resolve("index.html");
        Files.writeString(file, html, StandardCharsets.UTF_8);
        @SuppressWarnings("unchecked")
        int rows = ((List<Object>) model.get("rows")).size();
        return Optional.of(new Written(file, rows, checked.diagnostics().size(), checked));
    }

    /** The template's model: plain maps, lists, strings and numbers. */
    static Map<String, Object> model(Site site, List<Diagnostic> diagnostics, LocalDate today, Path reportFolder) {
        int target = site.settings()
                .checks()
                .rule("readability")
                .map(CheckSettings.Rule::thresholds)
                .map(t -> t.getOrDefault("min-score", DEFAULT_TARGET))
                .orElse(DEFAULT_TARGET);
        Map<String, List<Diagnostic>> byFile = new LinkedHashMap<>();
        for (Diagnostic d : diagnostics) {
            byFile.computeIfAbsent(d.file(), f -> new ArrayList<>()).add(d);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        String source = site.settings().sourceLanguage();
        for (String id : site.leafletIds()) {
            Page sourcePage = site.pages().get(id).get(source);
            for (String lang : site.settings().languages()) {
                Page page = site.pages().get(id).get(lang);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", id);
                row.put("lang", lang);
                row.put("title", (page != null ? page : sourcePage).meta().title());
                row.put("translation", page == null ? "missing" : page.state().key());
                FrontMatter meta = (page != null ? page : sourcePage).meta();
                row.put(
                        "reviewDue",
                        meta.reviewDue() == null ? "" : meta.reviewDue().toString());
                long overdue = meta.reviewDue() == null ? 0 : ChronoUnit.DAYS.between(meta.reviewDue(), today);
                row.put("overdueDays", Math.max(0, overdue));
                row.put("review", meta.reviewDue() == null ? "no date" : overdue > 0 ? "overdue" : "due");
                Optional<Readability.Score> score =
                        page == null ? Optional.empty() : Readability.of(page.translation());
                row.put("measured", score.isPresent());
                row.put("score", score.map(Readability.Score::rounded).orElse(0L));
                row.put("formula", score.map(s -> s.formula().title()).orElse("not measured"));
                row.put(
                        "level",
                        score.map(s -> s.band() + (s.value() >= target ? ", meets B1" : ", below B1"))
                                .orElse(page == null ? "" : "not measured"));
                row.put("meetsTarget", score.map(s -> s.value() >= target).orElse(true));
                List<Diagnostic> found = page == null
                        ? List.of()
                        : byFile.getOrDefault(page.translation().displayPath(), List.of());
                row.put("file", page == null ? "" : page.translation().displayPath());
                row.put(
                        "href",
                        page == null
                                ? ""
                                : href(reportFolder, page.translation().displayPath()));
                row.put("findings", findings(found, reportFolder));
                Map<String, Integer> byRule = new TreeMap<>();
                found.forEach(d -> byRule.merge(ruleOf(d), 1, Integer::sum));
                row.put("byRule", byRule);
                row.put("errors", found.stream().filter(Diagnostic::isError).count());
                row.put("warnings", found.stream().filter(d -> !d.isError()).count());
                rows.add(row);
            }
        }
        List<Diagnostic> other = new ArrayList<>();
        byFile.forEach((file, list) -> {
            boolean leafletFile = rows.stream().anyMatch(r -> file.equals(r.get("file")));
            if (!leafletFile) {
                other.addAll(list);
            }
        });
        Map<String, Integer> totals = new TreeMap<>();
        diagnostics.forEach(d -> totals.merge(ruleOf(d), 1, Integer::sum));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("siteName", site.settings().nameIn("en"));
        model.put("today", today.toString());
        model.put("target", target);
        model.put("languages", site.settings().languages());
        model.put("rows", rows);
        model.put("other", findings(other, reportFolder));
        model.put("totals", totals);
        model.put("leaflets", site.leafletIds().size());
        return model;
    }

    /** A diagnostic's rule id, or a name for the stage's own checks that have none. */
    static String ruleOf(Diagnostic d) {
        return d.rule() != null ? d.rule() : d.isError() ? "other-error" : "other-warning";
    }

    private static List<Map<String, Object>> findings(List<Diagnostic> list, Path reportFolder) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Diagnostic d : list) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("rule", ruleOf(d));
            f.put("severity", d.severity().name().toLowerCase(Locale.ROOT));
            f.put("message", d.message());
            f.put("hint", d.hint() == null ? "" : d.hint());
            f.put("where", d.file() + (d.line() > 0 ? ":" + d.line() : ""));
            f.put("href", href(reportFolder, d.file()));
            out.add(f);
        }
        return out;
    }

    /** The source file as a link from the report's folder (relative, so the report can be moved with the project). */
    static String href(Path reportFolder, String displayPath) {
        try {
            Path file = Path.of(displayPath).toAbsolutePath().normalize();
            String relative = reportFolder.relativize(file).toString().replace('\\', '/');
            // "./" first: a path never reads as a scheme ("javascript:…") or a host
            String path = new java.net.URI(null, null, relative.startsWith("../") ? relative : "./" + relative, null)
                    .getRawPath();
            return path;
        } catch (RuntimeException | java.net.URISyntaxException e) {
            return "";
        }
    }
}
