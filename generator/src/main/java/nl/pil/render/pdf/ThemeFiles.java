package nl.pil.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.pil.i18n.Messages;

/**
 * Files of the theme (print CSS, fonts, hyphenation patterns, colour profile) as bytes, read once per build:
 * a file in a user's template folder wins over the built-in one of the same name.
 */
public final class ThemeFiles {
    private final Messages.ResourceSource source;
    private final Map<String, Optional<byte[]>> cache = new ConcurrentHashMap<>();

    public ThemeFiles(Messages.ResourceSource source) {
        this.source = source;
    }

    public Optional<byte[]> read(String relativePath) {
        return cache.computeIfAbsent(relativePath, path -> {
            try {
                List<InputStream> all = source.openAll(path);
                byte[] last = null;
                for (InputStream in : all) {
                    try (in) {
                        last = in.readAllBytes(); // lowest priority first: the last copy wins
                    }
                }
                return Optional.ofNullable(last);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
