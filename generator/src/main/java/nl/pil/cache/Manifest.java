package nl.pil.cache;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What one output of a build wrote and from which inputs, kept in the output folder as {@code .pil/<name>.json} so
 * that the next build can take over whatever did not change. Per key (a page's path, a language, a document): the
 * {@link Fingerprint} of its inputs, the files written, counts (printed pages), warnings to repeat while it is taken
 * over, and small typed extras. The up-to-date check, the web pages, the handouts and the search index each keep one.
 *
 * <p>Only an optimisation: a missing, damaged or foreign file, or one written with another {@code version}, reads as
 * empty, and everything it does not vouch for is made afresh. Written to a temporary file and moved into place, so a
 * killed build never leaves half a manifest.
 */
public final class Manifest {
    /** The folder of the output folder that holds the manifests. */
    public static final String FOLDER = ".pil";
    /** Of the file layout below; another one reads as empty. */
    private static final int FORMAT = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    // the same bytes on every system (the search index's manifest is part of a reproducible build): compact, so with
    // no line breaks to differ; and the manifests of 20,000 leaflets run to tens of megabytes, read and written by
    // every build
    private static final ObjectWriter WRITER = JSON.writer();

    /**
     * What one key was made from and what it gave.
     *
     * @param files    written for it, relative to the output folder
     * @param counts   e.g. the printed pages of a handout
     * @param warnings what making it reported: reported again whenever it is taken over, so a problem stays visible until fixed
     * @param extras   anything else JSON can hold, as JSON values (maps, lists, texts, numbers): see {@link #extra}
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Entry(
            String fingerprint,
            List<String> files,
            Map<String, Long> counts,
            List<String> warnings,
            Map<String, Object> extras) {
        public Entry {
            files = files == null ? List.of() : List.copyOf(files);
            counts = counts == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(counts));
            warnings = warnings == null ? List.of() : List.copyOf(warnings);
            extras = extras == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(extras));
        }

        public static Entry of(String fingerprint) {
            return new Entry(fingerprint, List.of(), Map.of(), List.of(), Map.of());
        }

        public Entry withFiles(List<String> files) {
            return new Entry(fingerprint, files, counts, warnings, extras);
        }

        public Entry withCount(String name, long value) {
            Map<String, Long> more = new TreeMap<>(counts);
            more.put(name, value);
            return new Entry(fingerprint, files, more, warnings, extras);
        }

        public Entry withWarnings(List<String> warnings) {
            return new Entry(fingerprint, files, counts, warnings, extras);
        }

        /** With {@code value} (a record, list, map, text or number) kept as its JSON value, so a read entry equals a written one. */
        public Entry withExtra(String name, Object value) {
            Map<String, Object> more = new TreeMap<>(extras);
            more.put(name, JSON.convertValue(value, Object.class));
            return new Entry(fingerprint, files, counts, warnings, more);
        }

        /**
         * With the size of each of its files in {@code outputFolder}, as written: a file edited since (by hand, say) is
         * then not taken over. Sizes, not times: the manifest is part of a reproducible build.
         */
        public Entry withSizes(Path outputFolder) throws IOException {
            Map<String, Long> more = new TreeMap<>(counts);
            for (String file : files) {
                more.put(BYTES + file, Files.size(outputFolder.resolve(file)));
            }
            return new Entry(fingerprint, files, more, warnings, extras);
        }

        /** Whether {@code file} (one of this entry's, in {@code outputFolder}) is there and, if sized, as written. */
        boolean intact(Path outputFolder, String file) {
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(outputFolder.resolve(file), BasicFileAttributes.class);
            } catch (IOException e) {
                return false;
            }
            Long size = counts.get(BYTES + file);
            return attributes.isRegularFile() && (size == null || size == attributes.size());
        }

        /** A count, 0 when there is none. */
        public long count(String name) {
            return counts.getOrDefault(name, 0L);
        }

        /**
         * An extra as {@code type} (e.g. a record, or an array of records).
         *
         * @throws IllegalArgumentException when it is not of that type: a damaged manifest
         */
        public <T> Optional<T> extra(String name, Class<T> type) {
            return Optional.ofNullable(extras.get(name)).map(value -> JSON.convertValue(value, type));
        }
    }

    private static final String BYTES = "bytes:";

    /** The file as stored. */
    private record Stored(int format, String name, String version, Map<String, Entry> entries) {}

    private final String name;
    private final String version;
    private final Map<String, Entry> entries = new TreeMap<>();

    /**
     * An empty manifest.
     *
     * @param name    of the file, {@code .pil/<name>.json}
     * @param version what the entries' meaning depends on beyond their fingerprints (e.g. the analyzers' version);
     *                a manifest written with another one reads as empty
     */
    public Manifest(String name, String version) {
        this.name = name;
        this.version = version;
    }

    public Manifest(String name) {
        this(name, "");
    }

    /** The file of manifest {@code name} in {@code outputFolder}. */
    public static Path file(Path outputFolder, String name) {
        return outputFolder.resolve(FOLDER).resolve(name + ".json");
    }

    /** The manifest a previous build left in {@code outputFolder}; empty when there is none ({@code null} too) or it cannot be used. */
    public static Manifest read(Path outputFolder, String name, String version) {
        Manifest manifest = new Manifest(name, version);
        if (outputFolder == null) {
            return manifest;
        }
        Path file = file(outputFolder, name);
        if (!Files.isRegularFile(file)) {
            return manifest;
        }
        try {
            Stored stored = JSON.readValue(file.toFile(), Stored.class);
            if (stored.format() == FORMAT
                    && name.equals(stored.name())
                    && version.equals(stored.version())
                    && stored.entries() != null
                    && !stored.entries().containsValue(null)) {
                manifest.entries.putAll(stored.entries());
            }
        } catch (IOException | RuntimeException e) {
            // a damaged manifest only costs time
        }
        return manifest;
    }

    public static Manifest read(Path outputFolder, String name) {
        return read(outputFolder, name, "");
    }

    public synchronized Optional<Entry> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** The entry of {@code key} if it was made from the same inputs. */
    public synchronized Optional<Entry> get(String key, String fingerprint) {
        return get(key).filter(entry -> fingerprint.equals(entry.fingerprint()));
    }

    public synchronized void put(String key, Entry entry) {
        entries.put(key, entry);
    }

    /** Every key and its entry, in key order. */
    public synchronized Map<String, Entry> entries() {
        return Collections.unmodifiableMap(new TreeMap<>(entries));
    }

    /**
     * If the previous build made {@code key} from the same inputs and its files are all still there (of the size written,
     * when the entry has {@link Entry#withSizes sizes}), links them from
     * {@code previousOutput} into {@code output} ({@link FileLinks#linkOrCopy}).
     *
     * @return the entry when every file was taken over; empty when they must be made afresh
     */
    public Optional<Entry> takeOver(String key, String fingerprint, Path previousOutput, Path output)
            throws IOException {
        Optional<Entry> entry = get(key, fingerprint);
        if (entry.isEmpty()) {
            return entry;
        }
        for (String file : entry.get().files()) {
            if (!entry.get().intact(previousOutput, file)) {
                return Optional.empty();
            }
        }
        for (String file : entry.get().files()) {
            FileLinks.linkOrCopy(previousOutput.resolve(file), output.resolve(file));
        }
        return entry;
    }

    /** Writes {@code .pil/<name>.json} into {@code outputFolder}, replacing the file there in one step. */
    public void write(Path outputFolder) throws IOException {
        Stored stored;
        synchronized (this) {
            stored = new Stored(FORMAT, name, version, new TreeMap<>(entries));
        }
        Path file = file(outputFolder, name);
        Files.createDirectories(file.getParent());
        // not Files.createTempFile: its owner-only permissions would keep the manifest from whoever else reads the site
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temp); // left by a killed build; never written through
        try {
            try (OutputStream out =
                    Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                WRITER.writeValue(out, stored);
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
