package nl.pil.cache;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

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
    private static final ObjectWriter ENTRY_WRITER = JSON.writerFor(Entry.class);

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
    private record Stored(int format, String name, String version, SortedMap<String, Entry> entries) {}

    private final String name;
    private final String version;
    // put and looked up by every page of a build from all its threads (a lock around a TreeMap made them wait on
    // each other); in key order, the order of the file
    private final ConcurrentSkipListMap<String, Entry> entries;

    /**
     * An empty manifest.
     *
     * @param name    of the file, {@code .pil/<name>.json}
     * @param version what the entries' meaning depends on beyond their fingerprints (e.g. the analyzers' version);
     *                a manifest written with another one reads as empty
     */
    public Manifest(String name, String version) {
        this(name, version, new ConcurrentSkipListMap<>());
    }

    private Manifest(String name, String version, ConcurrentSkipListMap<String, Entry> entries) {
        this.name = name;
        this.version = version;
        this.entries = entries;
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
        Manifest empty = new Manifest(name, version);
        if (outputFolder == null) {
            return empty;
        }
        Path file = file(outputFolder, name);
        if (!Files.isRegularFile(file)) {
            return empty;
        }
        try {
            Written last = Written.last(name, version);
            Stored stored;
            if (last == null) {
                stored = JSON.readValue(file.toFile(), Stored.class);
            } else {
                // a long-running process reads back what it wrote: when the bytes are the same, so are the entries
                byte[] bytes = Files.readAllBytes(file);
                stored = last.is(bytes) ? last.stored : JSON.readValue(bytes, Stored.class);
            }
            if (stored.format() == FORMAT
                    && name.equals(stored.name())
                    && version.equals(stored.version())
                    && stored.entries() != null
                    && !stored.entries().containsValue(null)) {
                return new Manifest(
                        name, version, new ConcurrentSkipListMap<>(stored.entries())); // sorted: a copy in one pass
            }
        } catch (IOException | RuntimeException e) {
            // a damaged manifest only costs time
        }
        return empty;
    }

    public static Manifest read(Path outputFolder, String name) {
        return read(outputFolder, name, "");
    }

    public Optional<Entry> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** The entry of {@code key} if it was made from the same inputs. */
    public Optional<Entry> get(String key, String fingerprint) {
        return get(key).filter(entry -> fingerprint.equals(entry.fingerprint()));
    }

    public void put(String key, Entry entry) {
        entries.put(key, entry);
    }

    /** Every key and its entry, in key order. */
    public Map<String, Entry> entries() {
        return Collections.unmodifiableSortedMap(new TreeMap<>(entries));
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

    /**
     * From now on this process remembers the last manifest of each name it writes (for as long as memory allows), to
     * read it back without parsing and to write its entries again without serializing them: for a process that builds
     * again and again ({@code pil watch}). A build that runs once does not: it reads each manifest once.
     */
    public static void rememberWritten() {
        Written.remembering = true;
    }

    /** Writes {@code .pil/<name>.json} into {@code outputFolder}, replacing the file there in one step. */
    public void write(Path outputFolder) throws IOException {
        Stored stored = new Stored(FORMAT, name, version, new TreeMap<>(entries));
        Written written = Written.remembering ? Written.of(stored) : null;
        byte[] bytes = written != null ? written.bytes : WRITER.writeValueAsBytes(stored);
        Path file = file(outputFolder, name);
        Files.createDirectories(file.getParent());
        // not Files.createTempFile: its owner-only permissions would keep the manifest from whoever else reads the site
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temp); // left by a killed build; never written through
        try {
            Files.write(temp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        if (written != null) {
            written.remember();
        }
    }

    /** The bytes of one Jackson pass over the whole manifest: what {@link #write} writes when not remembering. */
    static byte[] bytesInOnePass(String name, String version, Map<String, Entry> entries) throws IOException {
        return WRITER.writeValueAsBytes(new Stored(FORMAT, name, version, new TreeMap<>(entries)));
    }

    /** The bytes {@link #write} writes when remembering, the entries' JSON taken from the last manifest of the name where it can. */
    static byte[] bytesEntryByEntry(String name, String version, Map<String, Entry> entries) throws IOException {
        return Written.of(new Stored(FORMAT, name, version, new TreeMap<>(entries))).bytes;
    }

    /**
     * The manifest of each name that this process wrote last ({@link #rememberWritten}), while memory allows: a
     * long-running process reads back what it wrote one build before, and writes mostly the same entries again. When
     * the file holds the same bytes, reading it gives these entries without parsing; an entry written again under the
     * same key (the same object, taken over, or an equal one made again) is written as the JSON it gave last time. At
     * 20,000 × 2 the manifests run to tens of megabytes, and parsing and writing them was a fifth of a rebuild after
     * one save.
     */
    private static final class Written {
        static volatile boolean remembering;
        private static final Map<String, SoftReference<Written>> LAST = new ConcurrentHashMap<>();

        final Stored stored;
        byte[] bytes; // let go once written
        private final int length;
        private final String hash;
        private final Map<String, Json> json;

        /** An entry as written, and the JSON it gave. */
        private record Json(Entry entry, String text) {
            /** The JSON of {@code entry} if it is this one, or equal to it: an entry made again of the same values. */
            String of(Entry other) {
                return entry == other || entry.equals(other) ? text : null;
            }
        }

        private Written(Stored stored, byte[] bytes, Map<String, Json> json) {
            this.stored = stored;
            this.bytes = bytes;
            this.length = bytes.length;
            this.hash = Fingerprint.start().add(bytes).hex();
            this.json = json;
        }

        /** What this process last wrote of manifest {@code name} in {@code version}, or null. */
        static Written last(String name, String version) {
            if (!remembering) {
                return null;
            }
            SoftReference<Written> ref = LAST.get(name);
            Written last = ref == null ? null : ref.get();
            return last != null && last.stored.version().equals(version) ? last : null;
        }

        /**
         * {@code stored} as compact JSON, the same bytes as one Jackson pass over the record ({@link #bytesInOnePass}),
         * with the JSON of each entry that the last manifest of its name also wrote taken from there.
         */
        static Written of(Stored stored) throws IOException {
            SoftReference<Written> ref = LAST.get(stored.name());
            Written last = ref == null ? null : ref.get();
            Map<String, Json> json = HashMap.newHashMap(stored.entries().size());
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
            try (JsonGenerator generator = JSON.getFactory().createGenerator(out)) {
                generator.writeStartObject();
                generator.writeNumberField("format", stored.format());
                generator.writeStringField("name", stored.name());
                generator.writeStringField("version", stored.version());
                generator.writeObjectFieldStart("entries");
                for (Map.Entry<String, Entry> e : stored.entries().entrySet()) {
                    Json before = last == null ? null : last.json.get(e.getKey());
                    String value = before == null ? null : before.of(e.getValue());
                    if (value == null) {
                        // through Jackson's UTF-8 writer, which escapes what its text writer would not (a character
                        // beyond U+FFFF): the JSON is then plain UTF-8 that the raw write below copies as it is
                        value = new String(ENTRY_WRITER.writeValueAsBytes(e.getValue()), StandardCharsets.UTF_8);
                    }
                    json.put(e.getKey(), new Json(e.getValue(), value));
                    generator.writeFieldName(e.getKey());
                    generator.writeRawValue(value);
                }
                generator.writeEndObject();
                generator.writeEndObject();
            }
            return new Written(stored, out.toByteArray(), json);
        }

        /** Whether {@code file} holds the bytes written. */
        boolean is(byte[] file) {
            return file.length == length
                    && hash.equals(Fingerprint.start().add(file).hex());
        }

        void remember() {
            bytes = null;
            LAST.put(stored.name(), new SoftReference<>(this));
        }
    }
}
