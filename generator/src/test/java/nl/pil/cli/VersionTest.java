package nl.pil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class VersionTest {
    @Test
    void versionShowsTheBuildsVersionAndTheReproducibleBuildDate() {
        StringWriter out = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "--version");
        assertEquals(0, code);
        String[] lines = out.toString().split("\\R");
        // the date is the parent pom's project.build.outputTimestamp (2026-01-01T00:00:00Z), not the time of the build
        assertTrue(lines[0].matches("pil \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(built 2026-01-01\\)"), lines[0]);
        assertEquals(
                "Java " + Runtime.version() + ", " + System.getProperty("java.vendor") + ", "
                        + System.getProperty("java.home"),
                lines[1]);
    }

    @Test
    void theTimestampMayBeSecondsSince1970AndAnUnfilledResourceSaysDevelopment() {
        Properties seconds = new Properties();
        seconds.setProperty("version", "1.0.0");
        seconds.setProperty("built", "1767225600"); // 2026-01-01T00:00:00Z
        assertEquals("pil 1.0.0 (built 2026-01-01)", BuildInfo.from(seconds).lines()[0]);

        Properties unfilled = new Properties();
        unfilled.setProperty("version", "${project.version}");
        unfilled.setProperty("built", "${project.build.outputTimestamp}");
        assertEquals("pil development", BuildInfo.from(unfilled).lines()[0]);
    }
}
