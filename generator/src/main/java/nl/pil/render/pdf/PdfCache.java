package nl.pil.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Which handouts a build wrote and from which inputs, kept in the output folder ({@value #FILE}) so the next
 * build can reuse every handout whose inputs are unchanged instead of laying it out again.
 *
 * <p>An entry's fingerprint is a SHA-256 over: the XHTML the print template produced (all text, cards of linked
 * leaflets, settings, interface text, dates), the bytes of the leaflet's images, the paper size and date, the
 * user's template folders (CSS, fonts, patterns) and Pil's own version and code. Reused files are hard-linked
 * (copied where links are not possible) from the previous output into the new one.
 */
public final class PdfCache {
    public static final String FILE = ".pil/pdf-cache.tsv";
    private static final String HEADER = "# Pil PDF cache: page\tfingerprint\tpages\tfiles";

    /** The handouts of one page (leaflet in one language). */
    public record Entry(String pagePath, String hash, int pages, List<String> files) {
        public Entry {
            files = List.copyOf(files);
        }
    }

    private final Map<String, Entry> entries = new TreeMap<>();

    /** The cache of a previous output folder; empty when there is none or it cannot be read. */
    public static PdfCache read(Path outputFolder) {
        PdfCache cache = new PdfCache();
        Path file = outputFolder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return cache;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length == 4) {
                    cache.put(new Entry(f[0], f[1], Integer.parseInt(f[2]), List.of(f[3].split(" "))));
                }
            }
        } catch (IOException | RuntimeException e) {
            return new PdfCache(); // a damaged cache only costs time
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
     * If the previous build wrote this page's handouts from the same inputs, links them into {@code targetFolder}.
     *
     * @return the entry when every file was reused; empty when the handouts must be laid out
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
        Path file = outputFolder.resolve(FILE);
        Files.createDirectories(file.getParent());
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (Entry e : entries.values()) {
            text.append(e.pagePath()).append('\t').append(e.hash()).append('\t').append(e.pages()).append('\t')
                    .append(String.join(" ", e.files())).append('\n');
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** SHA-256 (hex) of texts and byte blobs, each length-prefixed so that boundaries count. */
    public static String hash(String a, String b, String c, String d, List<byte[]> blobs) {
        MessageDigest digest = sha256();
        for (String s : new String[] {a, b, c, d}) {
            update(digest, s.getBytes(StandardCharsets.UTF_8));
        }
        for (byte[] blob : blobs) {
            update(digest, blob);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, byte[] bytes) {
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    /**
     * What every handout of a build depends on besides its own content: Pil's version and code, and the
     * files of the user's template folders (which may override CSS, fonts and hyphenation patterns).
     */
    public static String environmentFingerprint(int renderingVersion, List<Path> templateFolders, Class<?> code) {
        MessageDigest digest = sha256();
        String version = code.getPackage().getImplementationVersion();
        update(digest, ("pil " + version + " rendering " + renderingVersion).getBytes(StandardCharsets.UTF_8));
        update(digest, codeStamp(code).getBytes(StandardCharsets.UTF_8));
        for (Path folder : templateFolders) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    update(digest, folder.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                    update(digest, Files.readAllBytes(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Size and time of the jar (or newest class file) Pil runs from, so a rebuilt Pil never reuses old handouts. */
    private static String codeStamp(Class<?> code) {
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

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
