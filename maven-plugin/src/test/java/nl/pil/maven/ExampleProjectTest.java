package nl.pil.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The example project and the README name the plugin's version; users copy them, so they must name this one.
 * (The integration test builds the example against this version whatever it names.)
 */
class ExampleProjectTest {
    private static final Path ROOT = Path.of("..");
    private static final String VERSION = System.getProperty("pil.version");

    @Test
    void theExampleUsesThisVersion() throws Exception {
        String pom = Files.readString(ROOT.resolve("examples/hospital-site/pom.xml"));
        Matcher m = Pattern.compile("<pil\\.version>([^<]+)</pil\\.version>").matcher(pom);
        assertTrue(m.find(), "examples/hospital-site/pom.xml sets pil.version");
        assertEquals(VERSION, m.group(1), "examples/hospital-site/pom.xml");
    }

    @Test
    void theReadmeUsesThisVersion() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"));
        Matcher m = Pattern.compile(
                        "nl\\.pil:pil-maven-plugin:([^:`\\s]+)|<artifactId>pil-maven-plugin</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(readme);
        int found = 0;
        while (m.find()) {
            assertEquals(VERSION, m.group(1) != null ? m.group(1) : m.group(2), "README.md: " + m.group());
            found++;
        }
        assertTrue(found >= 2, "README.md names the plugin with its version");
    }
}
