package nl.pil.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.pil.i18n.Messages;

/**
 * Templates, interface text and assets, looked up in the user's template folders first and in Pil's
 * built-in templates last, so a user overrides one file by putting a file of the same name in their folder.
 */
public final class Theme implements Messages.ResourceSource {
    static final String BUILT_IN = "pil/templates/";

    private final List<Path> folders;
    private final Configuration freemarker;

    /** @param folders user template folders, most specific first; may be empty */
    public Theme(List<Path> folders) {
        this.folders = folders.stream().filter(Files::isDirectory).map(p -> p.toAbsolutePath().normalize()).toList();
        this.freemarker = configure(this.folders);
    }

    private static Configuration configure(List<Path> folders) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        for (Path folder : folders) {
            try {
                loaders.add(new FileTemplateLoader(folder.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
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

    /** Renders one template of the theme with {@code model}. */
    public String render(String templateName, Object model) {
        try {
            freemarker.template.Template template = freemarker.getTemplate(templateName);
            java.io.StringWriter writer = new java.io.StringWriter();
            template.process(model, writer);
            return writer.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (freemarker.template.TemplateException e) {
            throw new TemplateFailure(templateName, e);
        }
    }

    /** A template that failed to render: a problem in the theme, not in content. */
    public static final class TemplateFailure extends RuntimeException {
        public TemplateFailure(String template, freemarker.template.TemplateException cause) {
            super("template " + template + " failed: " + cause.getMessageWithoutStackTop(), cause);
        }
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
            nl.pil.model.Fingerprint fingerprint = nl.pil.model.Fingerprint.start();
            for (Path folder : folders) {
                try (Stream<Path> files = Files.walk(folder)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        fingerprint.add(folder.relativize(file).toString().replace('\\', '/'));
                        fingerprint.add(Files.readAllBytes(file));
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
            if (file.startsWith(folder) && Files.isRegularFile(file)) {
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
                for (String name : new String(list.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                        .filter(s -> !s.isEmpty() && !s.startsWith("#")).toList()) {
                    try (InputStream in = Theme.class.getClassLoader().getResourceAsStream(BUILT_IN + "assets/" + name)) {
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
                for (Path file : files.filter(Files::isRegularFile).toList()) {
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
