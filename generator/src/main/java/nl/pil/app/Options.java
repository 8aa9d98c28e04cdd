package nl.pil.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import nl.pil.compile.BuildOptions;
import nl.pil.report.ReportFormat;

/**
 * What a front end (the {@code pil} command line, the Maven goals) asks of {@link Pil}, checked once here: the
 * folders, the formats, the date and the languages, and for serving the address and whether to build and watch.
 * Made with {@link #builder()}; {@link Builder#build()} says what is wrong with an {@link InvalidOptionException}.
 */
public final class Options {
    private static final String FORMAT_CHOICES =
            "choose from " + String.join(", ", new TreeSet<>(BuildOptions.FORMATS));

    private final BuildOptions build;
    private final boolean failOnWarnings;
    private final String host;
    private final int port;
    private final boolean noBuild;
    private final boolean watch;

    private Options(Builder b, BuildOptions build) {
        this.build = build;
        this.failOnWarnings = b.failOnWarnings;
        this.host = b.host;
        this.port = b.port;
        this.noBuild = b.noBuild;
        this.watch = b.watch;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** What the compiler gets. */
    public BuildOptions buildOptions() {
        return build;
    }

    public Path contentFolder() {
        return build.contentFolder();
    }

    public Path outputFolder() {
        return build.outputFolder();
    }

    /** Warnings fail a check or build, as errors do (a build then checks first, so that it writes nothing). */
    public boolean failOnWarnings() {
        return failOnWarnings;
    }

    /** Serving: the address to listen on. */
    public String host() {
        return host;
    }

    /** Serving: the port; 0 picks a free one. */
    public int port() {
        return port;
    }

    /** Serving: serve the output folder as it is, without building first. */
    public boolean noBuild() {
        return noBuild;
    }

    /** Serving: rebuild on every change and reload open pages. */
    public boolean watch() {
        return watch;
    }

    /**
     * The output formats named: items that are a format or several, comma-separated, in any case and with spaces
     * around; in the order first named. None named ({@code null} or empty): every format.
     */
    public static Set<String> formats(Collection<String> items) throws InvalidOptionException {
        if (items == null || items.isEmpty()) {
            return BuildOptions.FORMATS;
        }
        Set<String> result = new LinkedHashSet<>();
        for (String item : items) {
            for (String name : item == null ? new String[0] : item.split(",")) {
                String format = name.strip().toLowerCase(Locale.ROOT);
                if (format.isEmpty()) {
                    continue;
                }
                if (!BuildOptions.FORMATS.contains(format)) {
                    throw new InvalidOptionException(
                            InvalidOptionException.Option.FORMATS,
                            "unknown format '" + name.strip() + "'",
                            FORMAT_CHOICES);
                }
                result.add(format);
            }
        }
        if (result.isEmpty()) {
            throw noFormat();
        }
        return result;
    }

    private static InvalidOptionException noFormat() {
        return new InvalidOptionException(
                InvalidOptionException.Option.FORMATS, "no output format chosen", FORMAT_CHOICES);
    }

    /** The date review deadlines are checked against: {@code YYYY-MM-DD}; none (or blank): today. */
    public static LocalDate today(String text) throws InvalidOptionException {
        if (text == null || text.isBlank()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidOptionException(
                    InvalidOptionException.Option.TODAY,
                    "today must be a date like 2026-03-01, not '" + text + "'",
                    null);
        }
    }

    /** The report format named: {@code text}, {@code json} or {@code sarif}, in any case. */
    public static ReportFormat reportFormat(String name) throws InvalidOptionException {
        return ReportFormat.named(name)
                .orElseThrow(() -> new InvalidOptionException(
                        InvalidOptionException.Option.REPORT_FORMAT,
                        "unknown report format '" + (name == null ? "" : name.strip()) + "'",
                        "choose from text, json, sarif"));
    }

    /** The languages named: items that are a language or several, comma-separated; blanks are dropped. */
    public static List<String> languages(Collection<String> items) {
        List<String> chosen = new ArrayList<>();
        if (items != null) {
            for (String item : items) {
                for (String lang : item == null ? new String[0] : item.split(",")) {
                    if (!lang.isBlank()) {
                        chosen.add(lang.strip());
                    }
                }
            }
        }
        return chosen;
    }

    /** Collects the options as a front end has them; {@link #build()} checks them. */
    public static final class Builder {
        private Path content = Path.of("content");
        private Path templates;
        private Path defaultTemplates;
        private boolean requireFolders;
        private Path output = Path.of("build/site");
        private Collection<String> formats;
        private boolean noPdf;
        private LocalDate today;
        private String todayText;
        private Collection<String> languages;
        private boolean clean;
        private boolean failOnWarnings;
        private boolean strict;
        private String host = "127.0.0.1";
        private int port = 8080;
        private boolean noBuild;
        private boolean watch;

        private Builder() {}

        /** The content folder: {@code site.yaml} and one folder per leaflet. */
        public Builder content(Path folder) {
            this.content = folder;
            return this;
        }

        /** A template folder named explicitly ({@code null}: none). */
        public Builder templates(Path folder) {
            this.templates = folder;
            return this;
        }

        /** The template folder used when none is named explicitly, if it exists. */
        public Builder defaultTemplates(Path folder) {
            this.defaultTemplates = folder;
            return this;
        }

        /**
         * Whether the content folder and a template folder named explicitly must exist: a missing one is then a wrong
         * option (the Maven goals). Otherwise the content folder is left to the compiler, which reports a missing one
         * as a problem of the content (the command line).
         */
        public Builder requireFolders(boolean require) {
            this.requireFolders = require;
            return this;
        }

        public Builder output(Path folder) {
            this.output = folder;
            return this;
        }

        /** The formats named (see {@link Options#formats(Collection)}); {@code null}: every format. */
        public Builder formats(Collection<String> items) {
            this.formats = items;
            return this;
        }

        /** Leave the PDF handouts out, whatever the formats say. */
        public Builder noPdf(boolean noPdf) {
            this.noPdf = noPdf;
            return this;
        }

        /** The date to check review deadlines against; {@code null}: today. */
        public Builder today(LocalDate date) {
            this.today = date;
            this.todayText = null;
            return this;
        }

        /** The date as written ({@code YYYY-MM-DD}), checked by {@link #build()}; {@code null} or blank: today. */
        public Builder today(String text) {
            this.todayText = text;
            this.today = null;
            return this;
        }

        /** Publish only these languages (see {@link Options#languages(Collection)}); none: all. */
        public Builder languages(Collection<String> items) {
            this.languages = items;
            return this;
        }

        public Builder clean(boolean clean) {
            this.clean = clean;
            return this;
        }

        public Builder failOnWarnings(boolean failOnWarnings) {
            this.failOnWarnings = failOnWarnings;
            return this;
        }

        /** The check rules' warnings are errors (as {@code checks: {strict: true}} in {@code site.yaml}). */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder noBuild(boolean noBuild) {
            this.noBuild = noBuild;
            return this;
        }

        public Builder watch(boolean watch) {
            this.watch = watch;
            return this;
        }

        /** Checks the options, in this order: content folder, template folder, date, formats. */
        public Options build() throws InvalidOptionException {
            if (requireFolders && !Files.isDirectory(content)) {
                throw new InvalidOptionException(
                        InvalidOptionException.Option.CONTENT,
                        "content folder " + content + " does not exist; it holds site.yaml and one folder per leaflet",
                        null);
            }
            List<Path> folders = new ArrayList<>();
            if (templates != null) {
                if (requireFolders && !Files.isDirectory(templates)) {
                    throw new InvalidOptionException(
                            InvalidOptionException.Option.TEMPLATES,
                            "templates folder " + templates + " does not exist",
                            null);
                }
                folders.add(templates);
            } else if (defaultTemplates != null && Files.isDirectory(defaultTemplates)) {
                folders.add(defaultTemplates);
            }
            LocalDate date = todayText != null ? Options.today(todayText) : today != null ? today : LocalDate.now();
            Set<String> chosen = new LinkedHashSet<>(Options.formats(formats));
            if (noPdf) {
                chosen.remove("pdf");
            }
            if (chosen.isEmpty()) {
                throw noFormat();
            }
            return new Options(
                    this,
                    new BuildOptions(
                            content, folders, output, date, chosen, clean, Options.languages(languages), strict));
        }
    }
}
