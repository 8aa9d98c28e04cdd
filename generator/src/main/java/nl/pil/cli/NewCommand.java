package nl.pil.cli;

import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.pil.i18n.Messages;
import nl.pil.load.ContentLoader;
import nl.pil.load.LeafletFile;
import nl.pil.model.Diagnostics;
import nl.pil.model.Leaflet;
import nl.pil.model.LeafletType;
import nl.pil.model.SiteSettings;
import nl.pil.render.Theme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "new",
        mixinStandardHelpOptions = true,
        description = {
            "Start a leaflet from the template of its type: the required front matter and the usual sections",
            "(exam: what, preparation, the examination, after, results, questions), with TODO where text is needed.",
            "The build warns about every TODO left."
        })
final class NewCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "TYPE", description = "condition, exam, treatment, aftercare or general")
    String type;

    @Parameters(
            index = "1",
            paramLabel = "ID",
            description = "Leaflet id: lowercase letters, digits and dashes, e.g. ct-scan.")
    String id;

    @Option(
            names = {"-l", "--lang"},
            description = "Language of the file (default: the site's source language).")
    String lang;

    @Option(names = "--title", description = "Title (default: the id as it is).")
    String title;

    @Option(names = "--department", description = "Department id from site.yaml (default: the first one).")
    String department;

    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var err = spec.commandLine().getErr();
        if (LeafletType.fromKey(type).isEmpty()) {
            err.println("pil: unknown type '" + type + "'; use one of " + LeafletType.keys());
            return Main.USAGE;
        }
        if (!Leaflet.isValidId(id)) {
            err.println(
                    "pil: '" + id + "' is not a leaflet id: use lowercase letters, digits and dashes, e.g. ct-scan");
            return Main.USAGE;
        }
        var options = project.toBuildOptions();
        Diagnostics diagnostics = new Diagnostics();
        var content = new ContentLoader(options.contentFolder()).load(diagnostics);
        if (content.isEmpty()) {
            diagnostics.sorted().forEach(d -> err.println(d.format()));
            return Main.CONTENT_ERRORS;
        }
        SiteSettings site = content.get().settings();
        String language = lang != null ? lang : site.sourceLanguage();
        if (!site.languages().contains(language)) {
            err.println("pil: '" + language + "' is not one of the site's languages: " + site.languages());
            return Main.USAGE;
        }
        Path folder = content.get()
                .leaflet(id)
                .map(l -> l.folder())
                .orElse(options.contentFolder().resolve(id));
        Path file = folder.resolve(language + ".md");
        if (Files.exists(file)) {
            err.println("pil: " + file + " already exists");
            return Main.CONTENT_ERRORS;
        }
        boolean source = language.equals(site.sourceLanguage());
        if (!source && !Files.exists(folder.resolve(site.sourceLanguage() + ".md"))) {
            err.println("pil: write the " + site.sourceLanguage() + " version first: pil new " + type + " " + id);
            return Main.CONTENT_ERRORS;
        }
        // the id as it is: capitalised Latin ("Pet ct") would be wrong in most languages and scripts
        String shownTitle = title != null ? title : id;
        Theme theme = new Theme(options.templateFolders());
        List<String> frontMatter = new ArrayList<>();
        Path schema = writeSchema(options.contentFolder());
        // editors with the YAML language server check the front matter against it while the writer types
        frontMatter.add("# yaml-language-server: $schema="
                + folder.toAbsolutePath()
                        .normalize()
                        .relativize(schema)
                        .toString()
                        .replace('\\', '/'));
        frontMatter.add("type: " + type);
        frontMatter.add("title: " + shownTitle);
        frontMatter.add("summary: " + Messages.load(language, theme).get("new.summary"));
        if (source) {
            LocalDate today = options.today();
            String dept = department != null
                    ? department
                    : site.departments().keySet().stream().sorted().findFirst().orElse("TODO");
            frontMatter.add("code: TODO");
            frontMatter.add("department: " + dept);
            frontMatter.add("reviewed: " + today + "       # date of the last medical review");
            frontMatter.add("review-due: " + today.plusYears(2) + "     # next review");
            frontMatter.add("authors: [TODO]");
            frontMatter.add("reviewers: [TODO]");
            frontMatter.add("related: []");
            frontMatter.add("keywords: []");
            if (type.equals("exam")) {
                frontMatter.add("# prepare-days: 1   # uncomment when patients must read this days before the exam");
            }
        }
        String md = LeafletFile.join(frontMatter, sections(theme, language, shownTitle));
        Files.createDirectories(folder);
        Files.writeString(file, md, StandardCharsets.UTF_8);
        spec.commandLine().getOut().println("created " + file + "; fill in every TODO, then run 'pil check'");
        return 0;
    }

    /** Where pil new keeps the front matter's JSON schema for editors: ignored by the build, like every '_' folder. */
    static final String SCHEMA = "_schema/leaflet.schema.json";

    /** The schema of this version of Pil (docs/leaflet.schema.json), written beside the leaflets when missing or old. */
    private static Path writeSchema(Path contentFolder) throws IOException {
        Path file = contentFolder.resolve(SCHEMA).toAbsolutePath().normalize();
        byte[] schema;
        try (var in = NewCommand.class.getResourceAsStream("leaflet.schema.json")) {
            schema = in.readAllBytes();
        }
        if (!Files.isRegularFile(file) || !java.util.Arrays.equals(Files.readAllBytes(file), schema)) {
            Files.createDirectories(file.getParent());
            Files.write(file, schema);
        }
        return file;
    }

    private String sections(Theme theme, String language, String shownTitle) throws IOException {
        Template template;
        try {
            template = theme.freemarker().getTemplate("new/" + language + "/" + type + ".md");
        } catch (TemplateNotFoundException e) {
            template = theme.freemarker().getTemplate("new/en/" + type + ".md");
        }
        StringWriter out = new StringWriter();
        try {
            template.process(Map.of("title", shownTitle), out);
        } catch (TemplateException e) {
            throw new IOException("template new/" + language + "/" + type + ".md: " + e.getMessage(), e);
        }
        return out.toString();
    }
}
