package nl.pil.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import nl.pil.ContentFixture;
import nl.pil.output.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build tells its progress item by item: files read, pages, handouts, leaflets indexed. */
class BuildProgressTest {
    @TempDir
    Path dir;

    private static final class Recorded implements Progress {
        final Map<String, Integer> totals = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> steps = new ConcurrentHashMap<>();
        final Map<String, Boolean> ended = new ConcurrentHashMap<>();

        @Override
        public void begin(String stage, int total) {
            totals.put(stage, total);
            steps.put(stage, new AtomicInteger());
        }

        @Override
        public void step(String stage) {
            steps.get(stage).incrementAndGet();
        }

        @Override
        public void end(String stage, Duration took) {
            ended.put(stage, true);
        }
    }

    @Test
    void everyStageCountsItsItems() throws IOException {
        ContentFixture f = new ContentFixture(dir)
                .withPdf()
                .leaflet("ct", "exam", "CT-scan", "", "Niet eten.\n")
                .translation("ct", "en", "CT scan", "", "Do not eat.\n")
                .leaflet("mri", "exam", "MRI-scan", "", "Magneet.\n")
                .stampTranslations();
        for (int build = 1; build <= 2; build++) { // the second takes everything over: still counted
            Recorded progress = new Recorded();
            assertTrue(new Compiler(f.options(), progress).build().published());
            for (String stage : new String[] {"load", "render pdf", "render html", "render index"}) {
                assertEquals(3, progress.totals.get(stage), stage + " total in build " + build);
                assertEquals(3, progress.steps.get(stage).get(), stage + " steps in build " + build);
                assertTrue(progress.ended.get(stage), stage);
            }
        }
    }
}
