package nl.pil.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which Java runs Pil when Maven runs on an older one, and the one line that says what to do when there is none. */
class JavaFinderTest {
    @TempDir
    Path dir;

    /** A Java folder as installers leave it: bin/java and a release file that tells the version. */
    private Path jdk(String name, String version) throws IOException {
        Path home = Files.createDirectories(dir.resolve(name));
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\nexit 1\n");
        java.toFile().setExecutable(true);
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        return home;
    }

    @Test
    void mavenOnJava21OrNewerRunsPilInItsOwnJvm() throws Exception {
        Path jdk25 = jdk("jdk-25", "25.0.1");
        assertNull(new JavaFinder(21, jdk25.toString(), List.of(jdk25)).find(null, () -> null));
        assertNull(new JavaFinder(25, null, List.of()).find(null, () -> null));
    }

    @Test
    void mavenOnJava17ForksTheFirstJava21FromJavaHomeThenTheUsualFolders() throws Exception {
        Path jdk17 = jdk("jdk-17", "17.0.12");
        Path jdk21 = jdk("jdk-21", "21.0.5");
        Path jdk25 = jdk("jdk-25", "25");
        var fromVariable = new JavaFinder(17, jdk25.toString(), List.of(jdk17, jdk21)).find(null, () -> null);
        assertEquals(jdk25, fromVariable.home());
        assertEquals("JAVA_HOME", fromVariable.foundThrough());
        var searched = new JavaFinder(17, jdk17.toString(), List.of(jdk17, dir.resolve("gone"), jdk21, jdk25))
                .find(null, () -> null);
        assertEquals(jdk21, searched.home());
        assertEquals(21, searched.version());
        assertEquals(jdk21.resolve("bin/java"), searched.java());
    }

    @Test
    void javaHomeThenToolchainsComeFirstEvenOnANewMaven() throws Exception {
        Path jdk21 = jdk("jdk-21", "21.0.5");
        Path jdk25 = jdk("jdk-25", "25");
        var configured = new JavaFinder(25, null, List.of())
                .find(jdk21.toFile(), () -> jdk25.resolve("bin/java").toString());
        assertEquals(jdk21, configured.home());
        assertEquals("pil.javaHome", configured.foundThrough());
        var toolchain = new JavaFinder(17, null, List.of(jdk21))
                .find(null, () -> jdk25.resolve("bin/java").toString());
        assertEquals(jdk25, toolchain.home());
        assertEquals("toolchains.xml", toolchain.foundThrough());
    }

    @Test
    void javaHomeOnAnOlderJavaFailsWithOneLineSayingSo() throws Exception {
        Path jdk17 = jdk("jdk-17", "17.0.12");
        var e = assertThrows(
                MojoExecutionException.class,
                () -> new JavaFinder(25, null, List.of()).find(jdk17.toFile(), () -> null));
        assertEquals(
                "Pil needs Java 21 or newer, but pil.javaHome " + jdk17 + " is Java 17; point it at a JDK 21 or newer",
                e.getMessage());
        var notJava = assertThrows(
                MojoExecutionException.class, () -> new JavaFinder(25, null, List.of()).find(dir.toFile(), () -> null));
        assertEquals(
                "Pil cannot run " + dir.resolve("bin/java") + ": pil.javaHome " + dir
                        + " is not a Java folder; point it at a JDK 21 or newer",
                notJava.getMessage());
    }

    @Test
    void noJava21AnywhereFailsWithOneLineSayingWhatToInstallAndConfigure() throws Exception {
        Path jdk17 = jdk("jdk-17", "17.0.12");
        var e = assertThrows(
                MojoExecutionException.class,
                () -> new JavaFinder(17, jdk17.toString(), List.of(jdk17)).find(null, () -> null));
        assertEquals(
                "Pil needs Java 21 or newer and Maven runs on Java 17, but no JDK 21+ was found (looked at pil.javaHome, "
                        + "toolchains.xml, JAVA_HOME, java on the PATH and /usr/lib/jvm); install one (e.g. 'apt-get "
                        + "install openjdk-21-jdk' or Temurin 21) and set -Dpil.javaHome=<its folder> or declare it in "
                        + "~/.m2/toolchains.xml",
                e.getMessage());
    }

    @Test
    void theVersionOfARealJavaWithoutReleaseFileIsAskedOfIt() throws Exception {
        Path home = Path.of(System.getProperty("java.home"));
        assertEquals(Runtime.version().feature(), JavaFinder.version(home));
        assertEquals(-1, JavaFinder.version(dir));
    }
}
