package nl.pil.load;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * The one rule for files a leaflet uses (images and attachments beside it), applied by the checker and again by
 * every output that reads such a file: the file is in the leaflet's folder after resolving symbolic links (a link
 * to {@code /etc/shadow} must never be published), and its type is one a patient's browser shows or downloads
 * without running anything (no HTML, SVG or script, which would run in the site's origin).
 */
public final class Attachments {
    /** What an image may be: these three are read by browsers, by the handouts' layout engine and by the checker. */
    public static final Set<String> IMAGE_TYPES = Set.of("png", "jpg", "jpeg", "gif");
    /** Documents, spreadsheets, audio and video a patient may download or play; images too. */
    public static final Set<String> TYPES = Set.of(
            "png", "jpg", "jpeg", "gif", "webp", "pdf", "txt", "rtf", "csv", "doc", "docx", "odt", "xls", "xlsx", "ods",
            "ppt", "pptx", "odp", "mp3", "m4a", "ogg", "oga", "wav", "mp4", "m4v", "webm", "vtt");

    private Attachments() {}

    /** What a reference to a file resolves to. */
    public sealed interface Resolved permits Found, Refused {}

    /**
     * @param file the file to read: its real path, symbolic links resolved
     * @param name its path relative to the leaflet's folder as written (decoded): where it goes beside the page
     */
    public record Found(Path file, String name) implements Resolved {}

    /** Why the reference cannot be used, for a diagnostic. */
    public record Refused(String message, String hint) implements Resolved {}

    /** The file name part of a reference: the target without {@code ?query} or {@code #fragment}, decoded. */
    public static String name(String target) {
        int cut = target.length();
        for (int i = 0; i < target.length(); i++) {
            if (target.charAt(i) == '?' || target.charAt(i) == '#') {
                cut = i;
                break;
            }
        }
        return URLDecoder.decode(target.substring(0, cut), StandardCharsets.UTF_8);
    }

    /** The type of a file name: its extension in lower case, or "" without one. */
    public static String type(String name) {
        String last = name.substring(name.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        return dot < 0 ? "" : last.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** True when {@code file} exists and, symbolic links resolved, lies inside {@code folder} (resolved too). */
    public static boolean realPathInside(Path file, Path folder) {
        try {
            return file.toRealPath().startsWith(folder.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    public static Resolved resolve(Path leafletFolder, String target) {
        String name;
        Path folder = leafletFolder.toAbsolutePath().normalize();
        Path file;
        try {
            name = name(target);
            file = folder.resolve(name).normalize();
        } catch (RuntimeException e) { // bad %-escape, a character the file system cannot hold
            return new Refused(
                    "'" + target + "' is not a valid file name", "use letters, digits, '-', '_' and '.' in file names");
        }
        if (!file.startsWith(folder) || file.equals(folder)) {
            return new Refused(
                    "'" + target + "' points outside the leaflet's folder",
                    "put images and attachments in the leaflet's own folder");
        }
        String type = type(name);
        if (!TYPES.contains(type)) {
            return new Refused(
                    type.isEmpty()
                            ? "file '" + target + "' has no type (extension)"
                            : "files of type '." + type + "' cannot be attached",
                    "attach PDF, images (PNG, JPEG, GIF, WebP), office documents, audio or video; web pages, SVG and"
                            + " scripts could run code in the patient's browser (export SVG drawings as PNG)");
        }
        if (Files.isSymbolicLink(file) && !Files.exists(file)) {
            return new Refused(
                    "'" + target + "' is a symbolic link to a file that does not exist",
                    "replace the link with the file itself");
        }
        if (!Files.isRegularFile(file)) {
            return new Refused("file '" + target + "' does not exist", null);
        }
        Path real;
        try {
            real = file.toRealPath();
            if (!real.startsWith(folder.toRealPath()) || !Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
                return new Refused(
                        "'" + target + "' is a symbolic link to a file outside the leaflet's folder",
                        "copy the file into the leaflet's folder instead of linking to it");
            }
        } catch (IOException e) { // a loop of links, a folder we may not read
            return new Refused("'" + target + "' cannot be read: " + e.getMessage(), "replace it with a plain file");
        }
        return new Found(real, name);
    }
}
