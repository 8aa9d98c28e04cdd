package nl.pil.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.pil.build.BuildOptions;
import picocli.CommandLine.Option;

/** Options shared by the commands that read content. */
final class ProjectOptions {
    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = {"-c", "--content"}, paramLabel = "DIR", defaultValue = "content",
            description = "Content folder, holding site.yaml and one folder per leaflet (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = {"-t", "--templates"}, paramLabel = "DIR",
            description = "Template folder whose files override the built-in templates (default: ./templates if it exists).")
    Path templates;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "build/site",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = {"-f", "--formats"}, paramLabel = "LIST", split = ",", defaultValue = "html,index,pdf",
            description = "Outputs to write: html (pages, sitemap), index (search), pdf (default: ${DEFAULT-VALUE}).")
    java.util.Set<String> formats;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = "Check review dates against this date instead of today.")
    LocalDate today;

    @Option(names = "--no-pdf", description = "Do not write PDF handouts (faster previews).")
    boolean noPdf;

    @Option(names = "--languages", paramLabel = "LIST", split = ",",
            description = "Publish only these of site.yaml's languages, e.g. nl,en (default: all). All are still checked.")
    List<String> languages = new ArrayList<>();

    BuildOptions toBuildOptions() {
        List<Path> folders = new ArrayList<>();
        if (templates != null) {
            folders.add(templates);
        } else if (Files.isDirectory(Path.of("templates"))) {
            folders.add(Path.of("templates"));
        }
        java.util.Set<String> chosen = new java.util.HashSet<>(formats);
        if (noPdf) {
            chosen.remove("pdf");
        }
        for (String format : chosen) {
            if (!BuildOptions.FORMATS.contains(format)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "unknown format '" + format + "'; choose from html, index, pdf");
            }
        }
        return new BuildOptions(content, folders, out, today != null ? today : LocalDate.now(), chosen, false, languages);
    }
}
