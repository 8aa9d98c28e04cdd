package nl.pil.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterTry;
import nl.pil.ContentFixture;
import nl.pil.markdown.Alert;
import nl.pil.publish.Publisher;

/** A warning never vanishes in translation: whichever alert a translation loses, the check reports it. */
class AlertParityProperties {
    private Path dir;

    @AfterTry
    void cleanUp() throws IOException {
        if (dir != null) {
            Publisher.deleteTree(dir);
        }
    }

    @Provide
    Arbitrary<List<Alert.Kind>> kinds() {
        return Arbitraries.of(Alert.Kind.class).list().ofMinSize(1).ofMaxSize(5);
    }

    @Property(tries = 25)
    void aTranslationMissingOneAlertIsAlwaysAnError(
            @ForAll("kinds") List<Alert.Kind> kinds, @ForAll @IntRange(max = 4) int dropped, @ForAll boolean garble)
            throws IOException {
        int drop = dropped % kinds.size();
        dir = Files.createTempDirectory("pil-alerts");
        List<Alert.Kind> translated = new ArrayList<>(kinds);
        translated.remove(drop);
        ContentFixture f = new ContentFixture(dir)
                .leaflet("ct", "exam", "CT", "prepare-days: 1", body(kinds, -1, false, "Tekst"))
                .translation("ct", "en", "CT", "", body(kinds, drop, garble, "Text"));
        List<String> alerts = f.headlines(f.check()).stream()
                .filter(h -> h.endsWith("[alerts]") && h.contains(": error: "))
                .toList();
        assertTrue(!alerts.isEmpty(), () -> "not caught: " + kinds + " without #" + drop);
        assertTrue(alerts.stream().allMatch(h -> h.contains("/en.md:")), alerts::toString);

        ContentFixture same = new ContentFixture(dir.resolve("same"))
                .leaflet("ct", "exam", "CT", "prepare-days: 1", body(kinds, -1, false, "Tekst"))
                .translation("ct", "en", "CT", "", body(kinds, -1, false, "Text"));
        assertEquals(
                List.of(),
                same.headlines(same.check()).stream()
                        .filter(h -> h.endsWith("[alerts]"))
                        .toList());
    }

    /** Paragraphs and alerts; alert {@code skip} left out, or (garbled) its marker put after a word. */
    private static String body(List<Alert.Kind> kinds, int skip, boolean garble, String word) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < kinds.size(); i++) {
            body.append(word).append(' ').append(i).append(".\n\n");
            String marker = "[!" + kinds.get(i).name() + "]";
            if (i == skip && !garble) {
                continue;
            }
            body.append(i == skip ? "> " + word + " " + marker + "\n" : "> " + marker + "\n")
                    .append("> ")
                    .append(word)
                    .append(" in alert.\n\n");
        }
        return body.toString();
    }
}
