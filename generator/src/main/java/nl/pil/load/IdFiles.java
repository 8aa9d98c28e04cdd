package nl.pil.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.pil.model.Diagnostics;
import nl.pil.model.SiteSettings;
import nl.pil.model.SourcePosition;
import nl.pil.model.Suggest;

/**
 * A content folder of one {@code <id>.yaml} file per thing ({@code people/}, {@code bundles/}): its files in name
 * order, with the problems of their names reported once, the same way for every such folder.
 */
final class IdFiles {
    /** A file of the folder whose name is an id: {@code usable} is false when it may not be read (a link outside). */
    record IdFile(Path file, String display, String id, boolean usable) {}

    /**
     * What such a folder holds.
     *
     * @param what      what one file describes, for messages: "person", "bundle"
     * @param example   a good file name, for hints: "anna-de-vries.yaml"
     * @param alsoHeld  other file names the folder may hold without a warning (people's photos)
     */
    record Folder(String name, String what, Pattern id, String example, Predicate<String> alsoHeld) {}

    private IdFiles() {}

    /**
     * The file's YAML fields, its unknown keys reported; empty when it cannot be read or parsed (reported).
     *
     * @param keys the keys a file of this folder may have
     */
    static Optional<YamlFields> fields(IdFile f, Folder kind, List<String> keys, Diagnostics diagnostics) {
        Optional<YamlDocument.Parsed> parsed = TextFile.read(f.file(), f.display(), diagnostics)
                .flatMap(t -> YamlDocument.parse(t, f.display(), 1, diagnostics));
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlFields v = new YamlFields(parsed.get(), diagnostics, "a " + kind.what() + "'s file");
        v.rejectUnknownKeys(keys, "a " + kind.what() + " has: " + String.join(", ", keys));
        return Optional.of(v);
    }

    /** The files named as ids, in name order; none when the folder is missing. */
    static List<IdFile> list(Path root, Folder kind, Function<Path, String> displayOf, Diagnostics diagnostics) {
        Path folder = root.resolve(kind.name());
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            diagnostics.error(
                    SourcePosition.of(displayOf.apply(folder)),
                    "cannot list the " + kind.name() + " folder: " + e.getMessage(),
                    null);
            return List.of();
        }
        List<IdFile> found = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            String display = displayOf.apply(file);
            if (!name.endsWith(".yaml")) {
                if (!kind.alsoHeld().test(name)) {
                    diagnostics.warning(
                            SourcePosition.of(display),
                            "ignored: the " + kind.name() + " folder holds one <id>.yaml file per " + kind.what(),
                            "name it like " + kind.example());
                }
                continue;
            }
            String id = name.substring(0, name.length() - ".yaml".length());
            if (!kind.id().matcher(id).matches()) {
                diagnostics.error(
                        SourcePosition.of(display),
                        "'" + id + "' is not a " + kind.what() + " id",
                        "name the file with lowercase letters, digits and dashes, e.g. '" + kind.example() + "'");
                continue;
            }
            boolean inside = Attachments.realPathInside(file, root);
            if (!inside) {
                diagnostics.error(
                        SourcePosition.of(display),
                        "the file is a symbolic link to a file outside the content folder",
                        "copy the file into the content folder instead of linking to it");
            }
            found.add(new IdFile(file, display, id, inside));
        }
        return found;
    }

    /**
     * The file's {@code department}, when it names one of site.yaml's; an unknown one is reported with a did-you-mean
     * (not when site.yaml's departments could not be read: that is reported there).
     */
    static Optional<String> department(YamlFields v, SiteSettings site) {
        return v.text("department").filter(d -> {
            if (site.departments().containsKey(d) || !site.departmentsRead()) {
                return true;
            }
            v.report(
                    v.at("department"),
                    "unknown department '" + d + "'",
                    Suggest.didYouMean(d, site.departments().keySet()) + "use a department id from site.yaml");
            return false;
        });
    }
}
