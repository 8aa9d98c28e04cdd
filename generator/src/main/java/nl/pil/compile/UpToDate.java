package nl.pil.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.pil.cache.Fingerprint;
import nl.pil.cache.Manifest;
import nl.pil.model.Diagnostic;
import nl.pil.model.Severity;

/**
 * What the last successful build in an output folder was made from (its {@link Manifest}, {@value #MANIFEST}): when
 * every input is the same now — every file of the content and template folders, the options, the date, Pil itself —
 * and the output folder is as that build left it, the site there is what a new build would write, and
 * {@code pil build} only repeats that build's diagnostics.
 */
final class UpToDate {
    /** The name of the build's manifest. */
    static final String MANIFEST = "build";

    private static final String KEY = "site"; // the manifest's one entry: the whole output folder
    private static final String FILES = "outputFiles";
    private static final String BYTES = "outputBytes";
    private static final String REPORT = "report";

    /** One diagnostic as stored. */
    record Problem(String severity, String file, int line, int column, String message, String hint, String rule) {
        static Problem of(Diagnostic d) {
            return new Problem(d.severity().name(), d.file(), d.line(), d.column(), d.message(), d.hint(), d.rule());
        }

        Diagnostic diagnostic() {
            return new Diagnostic(Severity.valueOf(severity), file, line, column, message, hint, rule);
        }
    }

    /**
     * @param totals      per output with a file per page (html, pdf), how many there are
     * @param outputFiles how many files the output folder held after the build (the manifest aside), and their bytes
     */
    record Record(
            String inputs,
            int leaflets,
            int pages,
            Map<String, Integer> totals,
            List<Problem> problems,
            long outputFiles,
            long outputBytes) {}

    /** What the build reported, to report it again while nothing changes: the manifest entry's extra. */
    private record Report(int leaflets, int pages, Map<String, Integer> totals, List<Problem> problems) {}

    private UpToDate() {}

    /**
     * A fingerprint of everything a build with {@code options} reads, computed before it reads anything; a file that
     * {@code known} says is as it was is not read again.
     */
    static String inputs(BuildOptions options, Set<String> formats, InputFiles known) {
        Fingerprint fingerprint = Fingerprint.start()
                .addPil()
                .add(String.join(",", new TreeSet<>(formats)))
                .add(String.join(",", options.languages()))
                .add(options.today().toString())
                .add(options.strict() ? "strict" : "")
                .add(Path.of("").toAbsolutePath().toString()) // diagnostics name files relative to it
                .add(options.outputFolder().toAbsolutePath().normalize().toString())
                .add(System.getenv("SOURCE_DATE_EPOCH"));
        List<Path> folders = new ArrayList<>(List.of(options.contentFolder()));
        folders.addAll(options.templateFolders());
        Path output = options.outputFolder().toAbsolutePath().normalize();
        for (Path folder : folders) {
            Path root = folder.toAbsolutePath().normalize();
            fingerprint.add(root.toString());
            if (!Files.isDirectory(root)) {
                continue;
            }
            List<Map.Entry<Path, BasicFileAttributes>> files = new ArrayList<>();
            try {
                for (List<Map.Entry<Path, BasicFileAttributes>> some : sideBySide(root, top -> {
                    List<Map.Entry<Path, BasicFileAttributes>> found = new ArrayList<>();
                    Files.walkFileTree(top, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            // not the output folder (it may sit inside), not tooling folders such as .git
                            boolean skip = dir.startsWith(output)
                                    || (!dir.equals(root)
                                            && dir.getFileName().toString().startsWith("."));
                            return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (output.getParent() != null
                                    && output.getParent().equals(file.getParent())
                                    && file.getFileName().toString().startsWith("." + output.getFileName() + ".")) {
                                return FileVisitResult.CONTINUE; // the output's lock file, when the output sits inside
                            }
                            found.add(Map.entry(file, attrs));
                            return FileVisitResult.CONTINUE;
                        }
                    });
                    return found;
                })) {
                    files.addAll(some);
                }
                files.sort(Map.Entry.comparingByKey());
                // each file's fingerprint side by side (reading and hashing 40,000 files is seconds), then all of
                // them in order
                List<String> each = files.parallelStream()
                        .map(file -> {
                            try {
                                return known.fingerprint(root, file.getKey(), file.getValue());
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        })
                        .toList();
                each.forEach(fingerprint::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return fingerprint.hex();
    }

    /**
     * The record in {@code outputFolder}, if there is a readable one made from {@code inputs}: the diagnostics it
     * holds (tens of thousands on a large site) are read only then.
     */
    static Optional<Record> read(Path outputFolder, String inputs) {
        Optional<Manifest.Entry> entry = Manifest.read(outputFolder, MANIFEST).get(KEY, inputs);
        try {
            Optional<Report> report = entry.flatMap(e -> e.extra(REPORT, Report.class));
            return report.map(r -> new Record(
                    entry.get().fingerprint(),
                    r.leaflets(),
                    r.pages(),
                    r.totals(),
                    r.problems(),
                    entry.get().count(FILES),
                    entry.get().count(BYTES)));
        } catch (RuntimeException e) {
            return Optional.empty(); // a damaged record only costs a build
        }
    }

    static void write(Path outputFolder, Record record) throws IOException {
        Manifest manifest = new Manifest(MANIFEST);
        manifest.put(
                KEY,
                Manifest.Entry.of(record.inputs())
                        .withCount(FILES, record.outputFiles())
                        .withCount(BYTES, record.outputBytes())
                        .withExtra(
                                REPORT,
                                new Report(record.leaflets(), record.pages(), record.totals(), record.problems())));
        manifest.write(outputFolder);
    }

    /** What {@link #sideBySide} does with one entry of a folder. */
    @FunctionalInterface
    interface Walk<T> {
        T walk(Path top) throws IOException;
    }

    /**
     * {@code walk} applied to each entry of {@code folder}, side by side (a site's or a corpus's files are nearly all
     * in a few folders: the languages' pages, the departments), in the entries' order; the folder itself is not
     * visited. Walking 85,000 files and folders one after the other was most of an up-to-date check at 20,000 × 2.
     */
    static <T> List<T> sideBySide(Path folder, Walk<T> walk) throws IOException {
        List<Path> tops;
        try (Stream<Path> list = Files.list(folder)) {
            tops = list.sorted().toList();
        }
        try {
            return tops.parallelStream()
                    .map(top -> {
                        try {
                            return walk.walk(top);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** How many files an output folder holds (the record aside) and their total size: a cheap "as it was left". */
    record FolderSize(long files, long bytes) {
        static FolderSize of(Path outputFolder) throws IOException {
            Path record = Manifest.file(outputFolder, MANIFEST);
            Path inputFiles = InputFiles.file(outputFolder);
            long files = 0;
            long bytes = 0;
            for (long[] counts : sideBySide(outputFolder, top -> {
                long[] found = new long[2];
                Files.walkFileTree(top, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (!file.equals(record) && !file.equals(inputFiles)) {
                            found[0]++;
                            found[1] += attrs.size();
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
                return found;
            })) {
                files += counts[0];
                bytes += counts[1];
            }
            return new FolderSize(files, bytes);
        }

        /** Whether this is the size a build recorded. */
        boolean matches(Record record) {
            return files == record.outputFiles() && bytes == record.outputBytes();
        }
    }
}
