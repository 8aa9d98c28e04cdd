package nl.pil.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.pil.model.Fingerprint;

/**
 * What an output wrote in the previous build and from which inputs, kept in the output folder (e.g.
 * {@value #HTML}) so that the next build can take over every file whose inputs did not change instead of
 * writing it again. The inputs are summed up in a {@link Fingerprint} per page (see {@link PageInputs}); files
 * taken over are hard-linked (copied where links are not possible) from the previous output into the new one.
 *
 * <p>The cache is only an optimisation: a missing or damaged file means everything is written afresh.
 */
public final class OutputCache {
    public static final String HTML = ".pil/html-cache.tsv";
    public static final String PDF = ".pil/pdf-cache.tsv";
    private static final String HEADER = "# Pil build cache: page\tfingerprint\tpages\tfiles\twarnings";
    private static final String WARNING_SEPARATOR = "\u001F";

    /**
     * The files one page (leaflet in one language) has in one output; {@code pages} counts printed pages, if any.
     *
     * @param warnings what writing them reported, repeated whenever they are taken over: a problem stays visible until fixed
     */
    public record Entry(String pagePath, String hash, int pages, List<String> files, List<String> warnings) {
        public Entry {
            files = List.copyOf(files);
            warnings = warnings.stream().map(w -> w.replaceAll("[\\t\\n\\r\\u001F]+", " ").strip()).toList();
        }

        public Entry(String pagePath, String hash, int pages, List<String> files) {
            this(pagePath, hash, pages, files, List.of());
        }
    }

    private final Map<String, Entry> entries = new TreeMap<>();
    private final String file;

    public OutputCache(String file) {
        this.file = file;
    }

    /** The cache of a previous output folder; empty when there is none ({@code null}) or it cannot be read. */
    public static OutputCache read(Path outputFolder, String file) {
        OutputCache cache = new OutputCache(file);
        if (outputFolder == null) {
            return cache;
        }
        Path path = outputFolder.resolve(file);
        if (!Files.isRegularFile(path)) {
            return cache;
        }
        try {
            for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length == 4 || f.length == 5) {
                    List<String> warnings = f.length == 5 ? List.of(f[4].split(WARNING_SEPARATOR)) : List.of();
                    cache.put(new Entry(f[0], f[1], Integer.parseInt(f[2]), List.of(f[3].split(" ")), warnings));
                }
            }
        } catch (IOException | RuntimeException e) {
            return new OutputCache(file); // a damaged cache only costs time
        }
        return cache;
    }

    public synchronized void put(Entry entry) {
        entries.put(entry.pagePath(), entry);
    }

    public synchronized Optional<Entry> get(String pagePath) {
        return Optional.ofNullable(entries.get(pagePath));
    }

    /**
     * If the previous build wrote this page's files from the same inputs, links them into {@code targetFolder}.
     *
     * @return the entry when every file was reused; empty when the files must be written afresh
     */
    public Optional<Entry> reuse(String pagePath, String hash, Path previousOutput, Path targetFolder) throws IOException {
        Optional<Entry> entry = get(pagePath).filter(e -> e.hash().equals(hash));
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        Path from = previousOutput.resolve(pagePath);
        for (String name : entry.get().files()) {
            if (!Files.isRegularFile(from.resolve(name))) {
                return Optional.empty();
            }
        }
        for (String name : entry.get().files()) {
            Path source = from.resolve(name);
            Path target = targetFolder.resolve(name);
            if (Files.exists(target) && Files.isSameFile(source, target)) {
                continue;
            }
            Files.deleteIfExists(target);
            try {
                Files.createLink(target, source);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return entry;
    }

    public synchronized void write(Path outputFolder) throws IOException {
        Path path = outputFolder.resolve(file);
        Files.createDirectories(path.getParent());
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (Entry e : entries.values()) {
            text.append(e.pagePath()).append('\t').append(e.hash()).append('\t').append(e.pages()).append('\t')
                    .append(String.join(" ", e.files()));
            if (!e.warnings().isEmpty()) {
                text.append('\t').append(String.join(WARNING_SEPARATOR, e.warnings()));
            }
            text.append('\n');
        }
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }

    /**
     * What every page of an output depends on besides content: Pil's version and code, and the files of the
     * user's template folders (which may override templates, interface text, CSS, fonts and hyphenation patterns).
     */
    static String environmentFingerprint(String output, int renderingVersion, Theme theme) {
        return Fingerprint.start()
                .add("pil " + OutputCache.class.getPackage().getImplementationVersion() + " " + output + " " + renderingVersion)
                .add(codeStamp(OutputCache.class))
                .add(theme.filesFingerprint())
                .hex();
    }

    /** Size and time of the jar (or class files) Pil runs from, so a rebuilt Pil never takes over old output. */
    public static String codeStamp(Class<?> code) {
        try {
            Path location = Path.of(code.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(location)) {
                return Files.size(location) + "@" + Files.getLastModifiedTime(location).toMillis();
            }
            try (Stream<Path> files = Files.walk(location)) {
                List<String> stamps = new ArrayList<>();
                files.filter(p -> p.toString().endsWith(".class")).sorted()
                        .forEach(p -> {
                            try {
                                stamps.add(p + "@" + Files.getLastModifiedTime(p).toMillis());
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
                return Integer.toHexString(stamps.hashCode());
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown";
        }
    }
}
