package nl.pil.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.pil.ContentFixture;
import nl.pil.compile.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content-health page: written outside the site, a row per leaflet and language, everything escaped. */
class HealthReportTest {
    @TempDir
    Path dir;

    private static final String HOSTILE = "<script>alert(1)</script> & \\\"quotes\\\"";

    @Test
    void thePageListsEveryLeafletAndLanguageAndEscapesContent() throws IOException {
        ContentFixture f = new ContentFixture(dir)
                .leaflet(
                        "mri",
                        "exam",
                        "\"" + HOSTILE + "\"",
                        "",
                        "U krijgt een prik in uw arm. Dat doet even pijn. Daarna mag u naar huis.\n")
                .translation("mri", "en", "MRI", "", "You get an injection. <img src=x onerror=alert(2)>\n")
                .leaflet("ct", "exam", "CT", "", "Kom op tijd.\n");
        BuildResult checked = f.check();
        Path report = dir.resolve("staff");
        HealthReport.Written written =
                HealthReport.write(f.options(), report, checked).orElseThrow();
        String html = Files.readString(written.file());

        assertEquals(report.resolve("index.html"), written.file());
        assertEquals(4, written.rows(), "2 leaflets × 2 languages, the missing translation too");
        Matcher rows = Pattern.compile("<tr data-lang=\"(\\w+)\" data-state=\"(\\w+)\"")
                .matcher(html);
        StringBuilder found = new StringBuilder();
        while (rows.find()) {
            found.append(rows.group(1)).append(':').append(rows.group(2)).append(' ');
        }
        assertEquals("nl:source en:missing nl:source en:untracked ", found.toString());

        assertFalse(html.contains("<script>alert"), "the title is escaped");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp;"), html);
        assertFalse(html.contains("<img src=x"), "a finding's message quoting raw HTML is escaped");
        assertTrue(html.contains("href=\"../content/mri/nl.md\""), "relative links to the source files");
        assertTrue(html.contains("<svg role=\"img\""), "the chart");
        assertTrue(html.contains("raw-html") || html.contains("other-warning"), "findings by rule");
    }

    @Test
    void theReportNeverGoesIntoThePublicSite() {
        ContentFixture f = new ContentFixture(dir).leaflet("ct", "exam", "CT", "", "Kom op tijd.\n");
        BuildResult checked = f.check();
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> HealthReport.write(f.options(), f.output().resolve("staff"), checked));
        assertTrue(e.getMessage().startsWith("the health report is for staff"), e.getMessage());
        assertFalse(Files.exists(f.output().resolve("staff")));
    }
}
