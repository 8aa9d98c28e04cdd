package nl.pil.maven;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Which Java runs Pil (Java 21 or newer), looked for in this order: the {@code pil.javaHome} parameter, a JDK 21+ of
 * Maven Toolchains ({@code toolchains.xml}), the JVM Maven runs on (then Pil runs in it, without a fork), the
 * {@code JAVA_HOME} environment variable, then where the {@code ./pil} launcher looks ({@code java} on the
 * {@code PATH}, {@code /usr/lib/jvm/*}, ...). Uses no Pil class: it runs on the Java Maven runs on.
 */
final class JavaFinder {
    static final int REQUIRED = 21;

    /** A Java to fork: its folder, its {@code java} command, its feature version and how it was found. */
    record Jdk(Path home, Path java, int version, String foundThrough) {}

    private final int running;
    private final String javaHomeVariable;
    private final List<Path> usualPlaces;

    /** Looks as Maven's JVM would: its own version, its environment, the usual folders of this machine. */
    JavaFinder() {
        this(Runtime.version().feature(), System.getenv("JAVA_HOME"), usualPlaces());
    }

    JavaFinder(int running, String javaHomeVariable, List<Path> usualPlaces) {
        this.running = running;
        this.javaHomeVariable = javaHomeVariable;
        this.usualPlaces = usualPlaces;
    }

    /**
     * The Java to fork, or {@code null} to run Pil in Maven's JVM.
     *
     * @param javaHome the {@code pil.javaHome} parameter, or {@code null}
     * @param toolchain the {@code java} command of a JDK 21+ toolchain (asked only when there is no javaHome)
     */
    Jdk find(File javaHome, Supplier<String> toolchain) throws MojoExecutionException {
        if (javaHome != null) {
            Path home = javaHome.toPath().toAbsolutePath();
            Path java = java(home);
            if (!Files.isExecutable(java)) {
                throw new MojoExecutionException("Pil cannot run " + java + ": pil.javaHome " + home
                        + " is not a Java folder; point it at a JDK " + REQUIRED + " or newer");
            }
            int version = version(home);
            if (version < REQUIRED) {
                throw new MojoExecutionException("Pil needs Java " + REQUIRED + " or newer, but pil.javaHome " + home
                        + " is Java " + (version < 0 ? "of unknown version" : version) + "; point it at a JDK "
                        + REQUIRED + " or newer");
            }
            return new Jdk(home, java, version, "pil.javaHome");
        }
        String fromToolchain = toolchain.get();
        if (fromToolchain != null) {
            Path java = Path.of(fromToolchain).toAbsolutePath();
            Path home = java.getParent().getParent();
            // toolchains.xml says it provides version 21+; its release file, when it has one, gets the last word
            int version = version(home);
            if (version < 0 || version >= REQUIRED) {
                return new Jdk(home, java, Math.max(version, REQUIRED), "toolchains.xml");
            }
        }
        if (running >= REQUIRED) {
            return null;
        }
        if (javaHomeVariable != null && !javaHomeVariable.isBlank()) {
            Jdk jdk = jdk(Path.of(javaHomeVariable), "JAVA_HOME");
            if (jdk != null) {
                return jdk;
            }
        }
        for (Path home : usualPlaces) {
            Jdk jdk = jdk(home, "the usual folders");
            if (jdk != null) {
                return jdk;
            }
        }
        throw new MojoExecutionException(notFound(running));
    }

    /** The one line that says what to do when no Java 21+ is anywhere. */
    static String notFound(int running) {
        return "Pil needs Java " + REQUIRED + " or newer and Maven runs on Java " + running + ", but no JDK "
                + REQUIRED + "+ was found (looked at pil.javaHome, toolchains.xml, JAVA_HOME, java on the PATH and "
                + "/usr/lib/jvm); install one (e.g. 'apt-get install openjdk-" + REQUIRED + "-jdk' or Temurin "
                + REQUIRED + ") and set -Dpil.javaHome=<its folder> or declare it in ~/.m2/toolchains.xml";
    }

    private static Jdk jdk(Path home, String foundThrough) {
        Path java = java(home);
        if (!Files.isExecutable(java)) {
            return null;
        }
        int version = version(home);
        return version >= REQUIRED ? new Jdk(home.toAbsolutePath(), java, version, foundThrough) : null;
    }

    static Path java(Path home) {
        boolean windows = File.separatorChar == '\\';
        return home.resolve("bin").resolve(windows ? "java.exe" : "java");
    }

    private static final Pattern RELEASE = Pattern.compile("(?m)^JAVA_VERSION=\"(?:1\\.)?(\\d+)");
    private static final Pattern SPECIFICATION = Pattern.compile("java\\.specification\\.version = (?:1\\.)?(\\d+)");

    /** The feature version (17, 21, ...) of the Java in {@code home}; -1 when it cannot be told. */
    static int version(Path home) {
        try {
            // every JDK and JRE since 9 has a release file: no process needed
            Path release = home.resolve("release");
            if (Files.isRegularFile(release)) {
                Matcher m = RELEASE.matcher(Files.readString(release, StandardCharsets.ISO_8859_1));
                if (m.find()) {
                    return Integer.parseInt(m.group(1));
                }
            }
            Process p = new ProcessBuilder(java(home).toString(), "-XshowSettings:properties", "-version")
                    .redirectErrorStream(true)
                    .start();
            String text;
            try (InputStream in = p.getInputStream()) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            p.waitFor(30, TimeUnit.SECONDS);
            Matcher m = SPECIFICATION.matcher(text);
            return m.find() ? Integer.parseInt(m.group(1)) : -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Where {@code ./pil} looks, in its order: java on the PATH, then the folders JDK installers use. */
    static List<Path> usualPlaces() {
        List<Path> homes = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (dir.isEmpty()) {
                    continue;
                }
                Path java = java(
                        Path.of(dir).getParent() == null
                                ? Path.of(dir)
                                : Path.of(dir).getParent());
                try {
                    if (Files.isExecutable(java)) {
                        // /usr/bin/java is a link into the JDK's folder
                        homes.add(java.toRealPath().getParent().getParent());
                    }
                } catch (IOException | RuntimeException e) {
                    // not a usable java: look further
                }
            }
        }
        String user = System.getProperty("user.home");
        children(homes, Path.of("/usr/lib/jvm"), "");
        children(homes, Path.of("/opt/java"), "");
        children(homes, Path.of("/opt"), "");
        children(homes, Path.of("/usr/local"), "");
        children(homes, Path.of("/Library/Java/JavaVirtualMachines"), "Contents/Home");
        if (user != null) {
            children(homes, Path.of(user, ".sdkman", "candidates", "java"), "");
        }
        String programFiles = System.getenv("ProgramFiles");
        if (programFiles != null) {
            for (String vendor : List.of("Java", "Eclipse Adoptium", "Microsoft", "Zulu", "Amazon Corretto")) {
                children(homes, Path.of(programFiles, vendor), "");
            }
        }
        return homes;
    }

    private static void children(List<Path> homes, Path dir, String under) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(dir)) {
            for (Path child : children) {
                found.add(under.isEmpty() ? child : child.resolve(under));
            }
        } catch (IOException | RuntimeException e) {
            return;
        }
        found.sort(null); // the order a shell's glob gives
        homes.addAll(found);
    }
}
