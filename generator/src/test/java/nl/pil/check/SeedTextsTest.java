package nl.pil.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.pil.ContentFixture;
import nl.pil.compile.BuildResult;
import nl.pil.model.Diagnostic;
import nl.pil.model.Diagnostics;
import nl.pil.model.Leaflet;
import nl.pil.model.Translation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real Dutch patient pages (in {@code ../shared/seeds} beside the repository, when there; not Pil files and not part of
 * the project): their paragraphs become a leaflet at test time, and the checker must measure them sensibly.
 */
class SeedTextsTest {
    private static final Path SEEDS = Path.of("..", "..", "shared", "seeds");

    @TempDir
    Path dir;

    @Test
    void realPatientPagesScoreInAPlausibleRange() throws IOException {
        Path seeds = Files.isDirectory(SEEDS) ? SEEDS : Path.of("..", "shared", "seeds");
        assumeTrue(Files.isDirectory(seeds), "no seed texts here (CI clones elsewhere)");
        List<Path> files;
        try (Stream<Path> list = Files.list(seeds)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assumeTrue(!files.isEmpty());
        ContentFixture f = new ContentFixture(dir);
        for (int i = 0; i < files.size(); i++) {
            String text = Files.readString(files.get(i), StandardCharsets.UTF_8);
            // paragraphs of running text: lines of several words, without web addresses or bullets
            StringBuilder body = new StringBuilder();
            for (String paragraph : text.split("\\n\\s*\\n")) {
                String p = paragraph.replaceAll("\\s+", " ").strip();
                if (p.split(" ").length >= 8 && !p.contains("http") && !p.startsWith("•")) {
                    body.append(p.replaceAll("[\\[\\]<>*_`#|\\\\]", " ")).append("\n\n");
                }
            }
            f.leaflet("seed-" + i, "condition", "Seed " + i, "", body.toString());
        }
        BuildResult result = f.check();
        assertTrue(
                result.diagnostics().stream().noneMatch(Diagnostic::isError),
                () -> result.diagnostics().toString());
        var content =
                new nl.pil.load.ContentLoader(f.root()).load(new Diagnostics()).orElseThrow();
        int measured = 0;
        for (Leaflet leaflet : content.leaflets()) {
            Translation t = leaflet.translations().get("nl");
            Readability.Score score = Readability.of(t).orElseThrow();
            // hospital pages for patients: between "difficult" and "easy"; never an impossible number
            assertTrue(
                    score.value() > 30 && score.value() < 90,
                    leaflet.id() + " scores " + score.value() + " (" + score.words() + " words)");
            assertTrue(score.words() > 100, leaflet.id() + " has " + score.words() + " words");
            double perSentence = (double) score.words() / score.sentenceCount();
            assertTrue(perSentence > 5 && perSentence < 30, leaflet.id() + ": " + perSentence + " words per sentence");
            double perWord = (double) score.syllables() / score.words();
            assertTrue(perWord > 1.3 && perWord < 2.2, leaflet.id() + ": " + perWord + " syllables per word");
            measured++;
        }
        assertEquals(files.size(), measured);
    }

    @Test
    void theSeedsDoublyConvertedWordIsFound() throws IOException {
        Path seeds = Files.isDirectory(SEEDS) ? SEEDS : Path.of("..", "shared", "seeds");
        assumeTrue(Files.isDirectory(seeds), "no seed texts here (CI clones elsewhere)");
        String garbled = null;
        try (Stream<Path> list = Files.list(seeds)) {
            for (Path file :
                    list.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.contains("\u0106\u00c6")
                            && garbled == null) { // "Ć" "Æ": how "ï" looks after two conversions
                        garbled = line.strip().replaceAll("[\\[\\]<>*_`#|\\\\]", " ");
                    }
                }
            }
        }
        assumeTrue(garbled != null, "the seeds hold no doubly converted text");
        ContentFixture f =
                new ContentFixture(dir).leaflet("seed", "condition", "Seed", "", "Eerste alinea.\n\n" + garbled + "\n");
        List<Diagnostic> found = f.check().diagnostics().stream()
                .filter(d -> "encoding".equals(d.rule()))
                .toList();
        assertEquals(1, found.size(), found::toString);
        assertEquals(13, found.getFirst().line(), "the paragraph's line: " + found);
        assertTrue(
                found.getFirst().message().startsWith("text looks garbled ('\u0106"),
                found.getFirst().message());
    }
}
