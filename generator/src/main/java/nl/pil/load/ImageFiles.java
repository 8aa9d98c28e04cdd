package nl.pil.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import nl.pil.cache.Fingerprint;
import nl.pil.model.Diagnostics;
import nl.pil.model.SourcePosition;

/** Pictures that content files name besides leaflets' own: people's photos, posters of videos. */
final class ImageFiles {
    /** The kinds of picture a browser and a PDF both show. */
    static final List<String> TYPES = List.of("png", "jpg", "jpeg");

    private ImageFiles() {}

    /**
     * {@code name} in {@code folder} as a picture: really in the folder (no link out of it), of a kind in {@link #TYPES}
     * and decodable; empty with an error at {@code at} otherwise. {@code what} names it in messages ("photo").
     */
    static Optional<Path> checked(Path folder, String name, String what, SourcePosition at, Diagnostics diagnostics) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (TYPES.stream().noneMatch(t -> lower.endsWith("." + t))) {
            diagnostics.error(at, what + " '" + name + "' is not a PNG or JPEG file", "save it as .png or .jpg");
            return Optional.empty();
        }
        Attachments.Resolved resolved = Attachments.resolve(folder, name);
        if (resolved instanceof Attachments.Refused refused) {
            diagnostics.error(at, refused.message(), refused.hint());
            return Optional.empty();
        }
        Path file = ((Attachments.Found) resolved).file();
        if (!decodable(file)) {
            diagnostics.error(
                    at,
                    what + " '" + name + "' cannot be read: the file is damaged or not the kind its name says",
                    "save it again as PNG or JPEG from an image program");
            return Optional.empty();
        }
        return Optional.of(file);
    }

    /** The fingerprint of a picture's bytes, so a new picture re-renders the pages that show it. */
    static String hash(Path file) {
        try {
            return Fingerprint.start().add(Files.readAllBytes(file)).hex();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean decodable(Path file) {
        try {
            return ImageIO.read(file.toFile()) != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
