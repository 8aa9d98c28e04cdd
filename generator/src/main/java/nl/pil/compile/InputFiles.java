package nl.pil.compile;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.pil.cache.Fingerprint;
import nl.pil.cache.KnownFiles;
import nl.pil.cache.Manifest;

/**
 * What each file the up-to-date check reads was when it was last read: its size, modification and change times and
 * identity (device and inode) with its fingerprint, kept in the output folder ({@value #FILE}). A file whose size,
 * times and identity are all the same is not read again: at 20,000 leaflets × 2 reading and hashing every file was
 * most of a build that found nothing to do.
 *
 * <p>Why this can be trusted (see docs/incremental-builds.md): the change time ({@code ctime}) is set by the system on
 * every write, rename over and change of the modification time, and no program can set it back, so a tool that
 * restores times ({@code cp -p}, {@code rsync -a}, unpacking an archive) still changes it. Two cases are read again
 * anyway: a file changed within {@link #SETTLE} of when it was read (a second write within the clock's resolution
 * would leave its times as they were: the file is only trusted once its times are older than that), and every file on
 * a system whose change time Pil does not know to be kept (Windows, FAT, network shares other than NFS): there each
 * file is read every time, as before.
 */
final class InputFiles {
    static final String FILE = "inputs.tsv";
    private static final String HEADER = "pil-inputs 1";

    /** How old a file's times must be, when it is read, before its record is trusted. */
    static final Duration SETTLE = Duration.ofSeconds(3);

    /** File systems whose change time is set by the system on every change (by {@code FileStore.type()}). */
    private static final Set<String> KEEP_CHANGE_TIME = Set.of(
            "ext2",
            "ext3",
            "ext4",
            "xfs",
            "btrfs",
            "zfs",
            "f2fs",
            "bcachefs",
            "tmpfs",
            "overlay",
            "apfs",
            "hfs",
            "nfs",
            "nfs4");

    /** What a file was when it was read. */
    private record Seen(long size, long modified, long changed, String identity, boolean settled, String fingerprint) {}

    private final Map<String, Seen> before;
    private final Map<String, Seen> now = new ConcurrentHashMap<>();
    private final Map<Object, Boolean> trustedDevices = new ConcurrentHashMap<>();
    private final Duration settle;
    private volatile boolean changed;
    private final AtomicInteger reused = new AtomicInteger();

    private InputFiles(Map<String, Seen> before, Duration settle) {
        this.before = before;
        this.settle = settle;
    }

    /** Nothing known: every file is read. */
    static InputFiles none() {
        return new InputFiles(Map.of(), SETTLE);
    }

    /** What the record in {@code outputFolder} says; nothing when there is none or it cannot be read. */
    static InputFiles read(Path outputFolder) {
        return read(outputFolder, SETTLE);
    }

    static InputFiles read(Path outputFolder, Duration settle) {
        Path file = file(outputFolder);
        Map<String, Seen> known = new ConcurrentHashMap<>();
        if (Files.isRegularFile(file)) {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                if (HEADER.equals(in.readLine())) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        String[] f = line.split("\t", 7);
                        if (f.length == 7) {
                            known.put(
                                    f[6],
                                    new Seen(
                                            Long.parseLong(f[0]),
                                            Long.parseLong(f[1]),
                                            Long.parseLong(f[2]),
                                            f[3],
                                            "1".equals(f[4]),
                                            f[5]));
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                known.clear(); // a damaged record only costs reading every file
            }
        }
        return new InputFiles(known, settle);
    }

    static Path file(Path outputFolder) {
        return outputFolder.resolve(Manifest.FOLDER).resolve(FILE);
    }

    /**
     * The fingerprint of {@code file} (its path relative to {@code root} and its bytes, as {@link Fingerprint#addFile}
     * makes it): the recorded one when the file is as it was, else from reading it.
     *
     * @param attributes the file's attributes as the walk that found it read them
     */
    String fingerprint(Path root, Path file, BasicFileAttributes attributes) throws IOException {
        String key = file.toString();
        Seen seen = recordable(key) ? seen(file, attributes) : null;
        if (seen != null) {
            Seen last = before.get(key);
            if (last != null && last.settled() && same(last, seen)) {
                now.put(key, last);
                reused.incrementAndGet();
                return last.fingerprint();
            }
        }
        long readAt = System.currentTimeMillis();
        String fingerprint = Fingerprint.start().addFile(root, file).hex();
        if (seen != null) {
            // trusted next time only if its last change is well before it was read: a second write within the clock's
            // resolution would leave the same times
            long newest = Math.max(seen.modified(), seen.changed());
            boolean settled = newest <= TimeUnit.MILLISECONDS.toNanos(readAt - settle.toMillis());
            now.put(key, new Seen(seen.size(), seen.modified(), seen.changed(), seen.identity(), settled, fingerprint));
        }
        changed = true;
        return fingerprint;
    }

    /**
     * The fingerprint {@link #fingerprint} took of {@code file} in this build, if the file has not changed since: its
     * size, times and identity are as they were then, and its last change before that was long enough before it was
     * read ({@link #SETTLE}) that a later write would show in its change time. {@code null} when that is not known (a
     * file not below the folders read, or on a file system not trusted).
     */
    String unchanged(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Seen recorded = now.get(absolute.toString());
        if (recorded == null || !recorded.settled()) {
            return null;
        }
        Seen seen = seenNow(absolute);
        return seen != null && same(recorded, seen) ? recorded.fingerprint() : null;
    }

    /**
     * What a process that builds again and again ({@code pil watch}, which has no up-to-date check) knows of a file
     * without reading it: its size, times and identity, as a text, once its last change is older than {@link #SETTLE}
     * (a later write then shows in its change time); {@code null} before that, and where file times are not trusted.
     * Two equal texts mean the file did not change between the two looks, as {@link #fingerprint} trusts a record.
     */
    static KnownFiles byTimes() {
        InputFiles files = none();
        return files::stamp;
    }

    private String stamp(Path file) {
        Seen seen = seenNow(file.toAbsolutePath().normalize());
        if (seen == null
                || Math.max(seen.modified(), seen.changed())
                        > TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis() - settle.toMillis())) {
            return null;
        }
        return "times " + seen.size() + " " + seen.modified() + " " + seen.changed() + " " + seen.identity();
    }

    /** What {@code file} is now, as {@link #seen} tells it; {@code null} when that cannot be told. */
    private Seen seenNow(Path file) {
        try {
            return seen(file, Files.readAttributes(file, BasicFileAttributes.class));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static boolean same(Seen a, Seen b) {
        return a.size() == b.size()
                && a.modified() == b.modified()
                && a.changed() == b.changed()
                && a.identity().equals(b.identity());
    }

    /** How many files were not read, being as the record says. */
    int reused() {
        return reused.get();
    }

    /** Whether files below {@code folder} can be known by their size, times and identity. */
    static boolean trusts(Path folder) {
        return keepsChangeTime(folder);
    }

    /** Whether the record changed since it was read (a file was read, or one is gone). */
    boolean changed() {
        return changed || !now.keySet().containsAll(before.keySet()) || now.size() != before.size();
    }

    /**
     * Writes what the files are now into {@code outputFolder} (a temporary file moved into place). Into a site's own
     * {@code .pil} folder only, never one made for it: the output folder may be between the two renames of another
     * process's publish, and a folder made there would stand in its way.
     */
    void write(Path outputFolder) throws IOException {
        Path file = file(outputFolder);
        Path temp = file.resolveSibling(FILE + ".tmp-" + ProcessHandle.current().pid());
        Files.deleteIfExists(temp);
        try (BufferedWriter out = Files.newBufferedWriter(
                temp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            out.write(HEADER);
            out.write('\n');
            for (Map.Entry<String, Seen> entry : new java.util.TreeMap<>(now).entrySet()) {
                Seen s = entry.getValue();
                out.write(s.size() + "\t" + s.modified() + "\t" + s.changed() + "\t" + s.identity() + "\t"
                        + (s.settled() ? "1" : "0") + "\t" + s.fingerprint() + "\t" + entry.getKey() + "\n");
            }
        }
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A path the record can hold: one line per file, fields apart by tabs. */
    private static boolean recordable(String key) {
        return key.indexOf('\t') < 0 && key.indexOf('\n') < 0 && key.indexOf('\r') < 0;
    }

    /** Whether {@code path}'s file system keeps a change time the system sets. */
    private static boolean keepsChangeTime(Path path) {
        try {
            FileStore store = Files.getFileStore(path);
            return store.supportsFileAttributeView("unix") && KEEP_CHANGE_TIME.contains(store.type());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The file's size, times and identity now; {@code null} when they cannot be read or its file system is not
     * trusted (it is then read). Trust is decided per device, not per content folder: a stick mounted below one is
     * another file system.
     */
    private Seen seen(Path file, BasicFileAttributes attributes) {
        try {
            Map<String, Object> unix = Files.readAttributes(file, "unix:ctime,dev,ino");
            Object device = unix.get("dev");
            if (!(unix.get("ctime") instanceof FileTime changed) || device == null || unix.get("ino") == null) {
                return null;
            }
            if (!trustedDevices.computeIfAbsent(device, d -> keepsChangeTime(file))) {
                return null;
            }
            return new Seen(
                    attributes.size(),
                    nanos(attributes.lastModifiedTime()),
                    nanos(changed),
                    device + ":" + unix.get("ino"),
                    false,
                    "");
        } catch (IOException | RuntimeException e) {
            return null; // no "unix" attributes here (Windows): every file is read
        }
    }

    private static long nanos(FileTime time) {
        return time.to(TimeUnit.NANOSECONDS);
    }
}
