package nl.pil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.pil.app.BuildSummary;
import nl.pil.compile.BuildOptions;
import nl.pil.link.Linker;
import nl.pil.link.Site;
import nl.pil.load.ContentLoader;
import nl.pil.model.Content;
import nl.pil.model.Diagnostic;
import nl.pil.model.Diagnostics;
import nl.pil.model.SiteSettings;
import nl.pil.model.Translation;
import nl.pil.translate.Stamper;
import nl.pil.translate.TranslationMatrix;
import nl.pil.translate.XliffExchange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "translations",
        mixinStandardHelpOptions = true,
        description = {
            "Show which leaflets are translated, outdated or missing per language, and write the overview as",
            "HTML and CSV. With --stamp, record that translations match the current source; with --export/--import,",
            "exchange XLIFF 2.0 files with translation agencies."
        })
final class TranslationsCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Option(
            names = {"-l", "--lang"},
            description = "Only this language (required for --export).")
    String lang;

    @Option(
            names = "--report",
            paramLabel = "DIR",
            defaultValue = "build/translations",
            description = "Where the overview goes: index.html and translations.csv (default: ${DEFAULT-VALUE}).")
    Path report;

    @Option(
            names = "--stamp",
            description =
                    "Mark the translations of the given leaflets (all when none given) as made from the current source.")
    boolean stamp;

    @Option(
            names = "--translator",
            paramLabel = "NAME",
            description = "With --stamp or --import: who translated them (an agency, or a person with their"
                    + " credential), recorded as translated-by.")
    String translator;

    @Option(
            names = "--reviewed-by",
            paramLabel = "NAME",
            description = "Record that NAME reviewed the current translations of the given leaflets in --lang"
                    + " (accuracy and cultural fit), dated --today.")
    String reviewedBy;

    @Option(
            names = "--export",
            paramLabel = "FORMAT",
            description = "Write files for translators; the only format is xliff.")
    String export;

    @Option(
            names = "--to",
            paramLabel = "DIR",
            defaultValue = "build/xliff",
            description = "Where --export writes (default: ${DEFAULT-VALUE}).")
    Path exportFolder;

    @Option(
            names = "--import",
            paramLabel = "PATH",
            description = "Read translated XLIFF files (a file or a folder) into the content folder.")
    Path importPath;

    @Parameters(paramLabel = "LEAFLET", arity = "0..*", description = "Leaflet ids (default: all).")
    List<String> ids = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        var options = project.toBuildOptions();
        if (translator != null && !stamp && importPath == null) {
            err.println("pil: --translator goes with --stamp or --import");
            return Main.USAGE;
        }
        if (stamp) {
            return stamp(options, out, err);
        }
        Diagnostics diagnostics = new Diagnostics();
        Content content =
                new ContentLoader(options.contentFolder()).load(diagnostics).orElse(null);
        Site site = content == null ? null : new Linker(options.today()).link(content, diagnostics);
        List<Diagnostic> errors =
                diagnostics.sorted().stream().filter(Diagnostic::isError).toList();
        if (site == null || !errors.isEmpty()) {
            errors.forEach(d -> err.println(d.format()));
            err.println("pil: fix the errors above first");
            return Main.CONTENT_ERRORS;
        }
        if (lang != null && !site.settings().languages().contains(lang)) {
            err.println("pil: '" + lang + "' is not one of the site's languages: "
                    + site.settings().languages());
            return Main.USAGE;
        }
        for (String id : ids) {
            if (!site.pages().containsKey(id)) {
                err.println("pil: unknown leaflet '" + id + "'");
                return Main.USAGE;
            }
        }
        if (reviewedBy != null) {
            if (lang == null || lang.equals(site.settings().sourceLanguage()) || reviewedBy.isBlank()) {
                err.println("pil: use --reviewed-by NAME --lang <translation language> [LEAFLET...]");
                return Main.USAGE;
            }
            List<Translation> skipped = new ArrayList<>();
            List<Translation> reviewed = Stamper.review(site, lang, ids, reviewedBy, options.today(), skipped);
            reviewed.forEach(t -> out.println("reviewed " + t.displayPath()));
            skipped.forEach(t -> err.println("pil: " + t.displayPath()
                    + " is not up to date with its source: update it and run --stamp first, then review it"));
            out.println(BuildSummary.plural(reviewed.size(), "translation") + " recorded as reviewed by " + reviewedBy);
            return skipped.isEmpty() ? 0 : Main.CONTENT_ERRORS;
        }
        if (export != null) {
            if (!export.equalsIgnoreCase("xliff")
                    || lang == null
                    || lang.equals(site.settings().sourceLanguage())) {
                err.println("pil: use --export xliff --lang <translation language>");
                return Main.USAGE;
            }
            List<Path> files = new XliffExchange(site).export(lang, ids, exportFolder);
            out.println(
                    "wrote " + BuildSummary.plural(files.size(), "XLIFF file") + " to " + exportFolder.resolve(lang));
            return 0;
        }
        if (importPath != null) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(importPath)) {
                files = walk.filter(p ->
                                p.toString().endsWith(".xlf") || p.toString().endsWith(".xliff"))
                        .sorted()
                        .toList();
            }
            XliffExchange exchange = new XliffExchange(site);
            int failed = 0;
            for (Path file : files) {
                try {
                    out.println("imported " + exchange.importFile(file, options.today(), translator));
                } catch (IOException e) {
                    err.println("pil: " + e.getMessage());
                    failed++;
                }
            }
            out.println(BuildSummary.plural(files.size() - failed, "file") + " imported"
                    + (failed > 0 ? ", " + failed + " failed" : "") + "; run 'pil check' to see them checked");
            return failed > 0 ? Main.CONTENT_ERRORS : 0;
        }
        return overview(site, out);
    }

    /**
     * One leaflet folder at a time, front matter and body text only: a site of any size is stamped in the memory of one
     * leaflet (issue 17: 20,000 leaflets in two languages took 128 s and 3.75 GB when the whole site was loaded).
     */
    private int stamp(BuildOptions options, PrintWriter out, PrintWriter err) {
        Diagnostics diagnostics = new Diagnostics();
        ContentLoader loader = new ContentLoader(options.contentFolder());
        SiteSettings settings = loader.settings(diagnostics).orElse(null);
        if (settings == null) {
            diagnostics.sorted().forEach(d -> err.println(d.format()));
            err.println("pil: fix the errors above first");
            return Main.CONTENT_ERRORS;
        }
        if (lang != null && !settings.languages().contains(lang)) {
            err.println("pil: '" + lang + "' is not one of the site's languages: " + settings.languages());
            return Main.USAGE;
        }
        if (!ids.isEmpty()) {
            Set<String> known = loader.leafletFolders(new Diagnostics()).keySet().stream()
                    .map(folder -> folder.getFileName().toString())
                    .collect(Collectors.toSet());
            for (String id : ids) {
                if (!known.contains(id)) {
                    err.println("pil: unknown leaflet '" + id + "'");
                    return Main.USAGE;
                }
            }
        }
        List<Stamper.Stamped> stamped =
                Stamper.stampAll(loader, settings, lang, Set.copyOf(ids), options.today(), translator, diagnostics);
        for (Stamper.Stamped t : stamped) {
            out.println("stamped " + t.displayPath() + " (source version " + t.sourceVersion() + ")");
        }
        out.println(BuildSummary.plural(stamped.size(), "translation") + " stamped");
        List<Diagnostic> errors =
                diagnostics.sorted().stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty()) {
            errors.forEach(d -> err.println(d.format()));
            err.println("pil: the leaflets with the errors above were not stamped; fix them and run --stamp again");
            return Main.CONTENT_ERRORS;
        }
        return 0;
    }

    private int overview(Site site, PrintWriter out) throws IOException {
        TranslationMatrix matrix = TranslationMatrix.of(site);
        List<String> langs =
                lang == null ? matrix.languages() : List.of(site.settings().sourceLanguage(), lang);
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-34s", "leaflet"));
        langs.forEach(l -> header.append(String.format(Locale.ROOT, " %-10s", l)));
        out.println(header.toString().stripTrailing());
        for (TranslationMatrix.Row row : matrix.rows()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-34s", row.id()));
            langs.forEach(l -> line.append(String.format(
                    Locale.ROOT, " %-10s", row.status().get(l).name().toLowerCase(Locale.ROOT))));
            out.println(line.toString().stripTrailing());
        }
        for (String l : langs) {
            if (!l.equals(site.settings().sourceLanguage())) {
                Map<TranslationMatrix.Status, Integer> c = matrix.counts(l);
                out.printf(
                        Locale.ROOT,
                        "%s: %d current, %d outdated, %d untracked, %d missing%n",
                        l,
                        c.get(TranslationMatrix.Status.CURRENT),
                        c.get(TranslationMatrix.Status.OUTDATED),
                        c.get(TranslationMatrix.Status.UNTRACKED),
                        c.get(TranslationMatrix.Status.MISSING));
                List<String> unreviewed = matrix.unreviewed(l);
                if (!unreviewed.isEmpty()) {
                    out.printf(
                            Locale.ROOT,
                            "%s: %s without a review of the current text: %s%n",
                            l,
                            BuildSummary.plural(unreviewed.size(), "translation"),
                            String.join(", ", unreviewed));
                }
            }
        }
        Files.createDirectories(report);
        Files.writeString(report.resolve("translations.csv"), matrix.csv(), StandardCharsets.UTF_8);
        Files.writeString(report.resolve("index.html"), TranslationReport.html(matrix, site), StandardCharsets.UTF_8);
        out.println(
                "overview written to " + report.resolve("index.html") + " and " + report.resolve("translations.csv"));
        return 0;
    }
}
