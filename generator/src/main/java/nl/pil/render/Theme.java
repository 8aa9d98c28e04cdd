package nl.pil.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.pil.cache.Fingerprint;
import nl.pil.i18n.Messages;
import nl.pil.model.Diagnostics;
import nl.pil.model.SourcePosition;

/**
 * Templates, interface text and assets, looked up in the user's template folders first and in Pil's
 * built-in templates last, so a user overrides one file by putting a file of the same name in their folder.
 *
 * <p>Templates run sandboxed ({@link TemplateSandbox}), and nothing is read from a user's folder through a
 * symbolic link that leads outside it. A template that fails is a {@link TemplateError}, reported as a diagnostic.
 */
public final class Theme implements Messages.ResourceSource {
    static final String BUILT_IN = "pil/templates/";

    private final List<Path> folders;
    private final Configuration freemarker;

    /** @param folders user template folders, most specific first; may be empty */
    public Theme(List<Path> folders) {
        this.folders = folders.stream()
                .filter(Files::isDirectory)
                .map(p -> p.toAbsolutePath().normalize())
                .toList();
        this.freemarker = configure(this.folders);
    }

    private static Configuration configure(List<Path> folders) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        TemplateSandbox.apply(cfg);
        List<TemplateLoader> loaders = new ArrayList<>();
        for (Path folder : folders) {
            loaders.add(new TemplateSandbox.FolderLoader(folder));
        }
        loaders.add(new ClassTemplateLoader(Theme.class.getClassLoader(), BUILT_IN));
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        cfg.setDefaultEncoding(StandardCharsets.UTF_8.name());
        cfg.setOutputEncoding(StandardCharsets.UTF_8.name());
        cfg.setRecognizeStandardFileExtensions(true); // .ftlh escapes HTML, .ftlx escapes XML
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setLocalizedLookup(false);
        cfg.setNumberFormat("computer");
        return cfg;
    }

    public Configuration freemarker() {
        return freemarker;
    }

    /**
     * Renders one template of the theme with {@code model}.
     *
     * @throws TemplateError when the template (or one it includes) cannot be read or parsed, or fails while rendering
     */
    public String render(String templateName, Object model) {
        try {
            Template template = freemarker.getTemplate(templateName);
            StringWriter writer = new StringWriter();
            template.process(model, writer);
            return writer.toString();
        } catch (IOException | TemplateException e) {
            throw TemplateError.of(this, templateName, e);
        }
    }

    /**
     * Parses every template ({@code .ftl}, {@code .ftlh}, {@code .ftlx}) in the user's folders, reporting syntax errors
     * and templates that lead outside their folder; warns about other files there that do (they are not read). Run by
     * {@code pil check} and before every build, so a build does not find these only while rendering.
     */
    public void checkTemplates(Diagnostics diagnostics) {
        Set<String> names = new TreeSet<>();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(f -> Files.isSymbolicLink(f) || !Files.isDirectory(f))
                        .sorted()
                        .toList()) {
                    String name = folder.relativize(file).toString().replace('\\', '/');
                    if (name.matches(".*\\.ftl[hx]?")) {
                        names.add(name);
                    } else if (!TemplateSandbox.inside(folder, file)) {
                        diagnostics.warning(
                                SourcePosition.of(show(file)),
                                "'" + show(file) + "' leads outside the template folder; Pil does not read it",
                                "replace the link with the file itself");
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                diagnostics.error(
                        SourcePosition.of(show(folder)), "cannot read the template folder: " + e.getMessage(), null);
            }
        }
        for (String name : names) {
            try {
                freemarker.getTemplate(name);
            } catch (IOException e) {
                diagnostics.report(TemplateError.of(this, name, e).diagnostic());
            }
        }
    }

    /**
     * The file a template name was read from, as shown in diagnostics: relative to the working folder when below it;
     * a built-in template as {@code <built-in>/name}.
     */
    String displayPath(String templateName) {
        for (Path folder : folders) {
            Path file = folder.resolve(templateName).normalize();
            if (file.startsWith(folder) && (Files.exists(file) || Files.isSymbolicLink(file))) {
                return show(file);
            }
        }
        return "<built-in>/" + templateName;
    }

    private static String show(Path file) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath().normalize();
        return (absolute.startsWith(here) ? here.relativize(absolute) : absolute)
                .toString()
                .replace('\\', '/');
    }

    public List<Path> folders() {
        return folders;
    }

    private volatile String filesFingerprint;

    /**
     * A fingerprint of every file in the user's template folders (templates, interface text, CSS, fonts, patterns),
     * read once per theme: every output of a build depends on them.
     */
    String filesFingerprint() {
        String known = filesFingerprint;
        if (known == null) {
            Fingerprint fingerprint = Fingerprint.start();
            for (Path folder : folders) {
                try (Stream<Path> files = Files.walk(folder)) {
                    for (Path file : files.filter(f -> Files.isRegularFile(f) && TemplateSandbox.inside(folder, f))
                            .sorted()
                            .toList()) {
                        fingerprint.addFile(folder, file);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            known = fingerprint.hex();
            filesFingerprint = known;
        }
        return known;
    }

    @Override
    public List<InputStream> openAll(String relativePath) throws IOException {
        List<InputStream> streams = new ArrayList<>();
        InputStream builtIn = Theme.class.getClassLoader().getResourceAsStream(BUILT_IN + relativePath);
        if (builtIn != null) {
            streams.add(builtIn);
        }
        for (Path folder : folders.reversed()) {
            Path file = folder.resolve(relativePath).normalize();
            if (file.startsWith(folder) && Files.isRegularFile(file) && TemplateSandbox.inside(folder, file)) {
                streams.add(Files.newInputStream(file));
            }
        }
        return streams;
    }

    /**
     * Copies the theme's assets (CSS, JS, fonts, logo) to {@code target}: the built-in ones listed in
     * {@code assets/assets.list}, then every file of the users' {@code assets/} folders over them.
     */
    public void copyAssets(Path target) throws IOException {
        Files.createDirectories(target);
        try (InputStream list = Theme.class.getClassLoader().getResourceAsStream(BUILT_IN + "assets/assets.list")) {
            if (list != null) {
                for (String name : new String(list.readAllBytes(), StandardCharsets.UTF_8)
                        .lines()
                        .map(String::strip)
                        .filter(s -> !s.isEmpty() && !s.startsWith("#"))
                        .toList()) {
                    try (InputStream in =
                            Theme.class.getClassLoader().getResourceAsStream(BUILT_IN + "assets/" + name)) {
                        if (in != null) {
                            Path out = target.resolve(name);
                            Files.createDirectories(out.getParent());
                            Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            }
        }
        for (Path folder : folders.reversed()) {
            Path assets = folder.resolve("assets");
            if (!Files.isDirectory(assets)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(assets)) {
                for (Path file : files.filter(f -> Files.isRegularFile(f) && TemplateSandbox.inside(folder, f))
                        .toList()) {
                    if (file.getFileName().toString().equals("assets.list")) {
                        continue;
                    }
                    Path out = target.resolve(assets.relativize(file).toString());
                    Files.createDirectories(out.getParent());
                    Files.copy(file, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    public Optional<Path> firstFolder() {
        return folders.stream().findFirst();
    }
}
