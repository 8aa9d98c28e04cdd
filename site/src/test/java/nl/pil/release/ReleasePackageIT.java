package nl.pil.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release package as a user gets it: unpacked with {@code tar} into an empty folder and run through {@code bin/pil}
 * with nothing but a Java runtime on the PATH. Runs after {@code package} (failsafe), which writes the archives.
 */
class ReleasePackageIT {
    private static final String VERSION = System.getProperty("pil.version");
    private static final Path ARCHIVES = Path.of(System.getProperty("pil.archives"));
    private static final String NAME = "pil-" + VERSION;

    @TempDir
    static Path unpacked; // once for the class: each test writes only to its own place in it

    @TempDir
    Path dir;

    private static Path home;

    @BeforeAll
    static void unpackIntoAnEmptyFolder() throws Exception {
        try (Stream<Path> files = Files.list(unpacked)) {
            assertEquals(0, files.count(), "an empty folder");
        }
        Run tar = run(
                unpacked,
                List.of("tar", "-xzf", ARCHIVES.resolve(NAME + ".tar.gz").toString()),
                Map.of());
        assertEquals(0, tar.code(), tar.toString());
        home = unpacked.resolve(NAME);
    }

    @Test
    void theZipAndTheTarballHoldTheSameFilesWithLaunchersLicencesAndLibraries() throws Exception {
        List<String> tar = run(
                        dir,
                        List.of(
                                "tar",
                                "-tzf",
                                ARCHIVES.resolve(NAME + ".tar.gz").toString()),
                        Map.of())
                .out()
                .lines()
                .filter(n -> !n.endsWith("/"))
                .toList();
        List<String> zip = new ArrayList<>();
        try (ZipFile file = new ZipFile(ARCHIVES.resolve(NAME + ".zip").toFile())) {
            file.stream().filter(e -> !e.isDirectory()).forEach(e -> zip.add(e.getName()));
        }
        assertEquals(new TreeSet<>(tar), new TreeSet<>(zip));
        for (String path : List.of(
                "bin/pil",
                "bin/pil.cmd",
                "README.md",
                "LICENSE",
                "THIRD-PARTY",
                "licenses/noto-fonts-OFL.txt",
                "licenses/hyphenation-nl-BSD-2-Clause.txt",
                "lib/pil-generator-" + VERSION + ".jar",
                "lib/pil-site-" + VERSION + ".jar",
                "sample/content/site.yaml")) {
            assertTrue(tar.contains(NAME + "/" + path), path + " in " + tar);
        }
    }

    @Test
    void everyBundledLibraryIsInThirdPartyWithItsLicence() throws Exception {
        String thirdParty = Files.readString(home.resolve("THIRD-PARTY"));
        List<String> jars;
        try (Stream<Path> lib = Files.list(home.resolve("lib"))) {
            jars = lib.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertTrue(jars.size() > 20, jars.toString());
        for (String jar : jars) {
            if (jar.startsWith("pil-")) {
                continue; // Pil itself
            }
            // lucene-core-10.5.0.jar is listed as (Apache 2) Apache Lucene (module: core)
            // (org.apache.lucene:lucene-core:10.5.0 - …)
            String artifactAndVersion = jar.substring(0, jar.length() - ".jar".length());
            int dash = artifactAndVersion.lastIndexOf('-');
            String coordinates =
                    ":" + artifactAndVersion.substring(0, dash) + ":" + artifactAndVersion.substring(dash + 1) + " ";
            String line = thirdParty
                    .lines()
                    .filter(l -> l.contains(coordinates))
                    .findFirst()
                    .orElse("");
            assertTrue(line.strip().startsWith("(") && !line.contains("Unknown license"), jar + ": '" + line + "'");
        }
        assertTrue(Files.readString(home.resolve("licenses/noto-fonts-OFL.txt")).contains("SIL Open Font License"));
        assertTrue(Files.readString(home.resolve("README.md")).startsWith("# Pil " + VERSION + "\n"));
        // Windows' cmd.exe needs CRLF line ends; the sh launcher must not have them
        assertTrue(Files.readString(home.resolve("bin/pil.cmd")).contains("\r\n"));
        assertTrue(!Files.readString(home.resolve("bin/pil")).contains("\r"));
    }

    @Test
    void versionSaysWhichPilAndWhichJava() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("pil"), home.resolve("bin/pil"));
        String built = Instant.parse(System.getProperty("pil.built"))
                .atOffset(ZoneOffset.UTC)
                .toLocalDate()
                .toString();
        for (Path launcher : List.of(home.resolve("bin/pil"), link)) {
            Run version = run(dir, List.of(launcher.toString(), "--version"), javaOnly());
            assertEquals(0, version.code(), version.toString());
            List<String> lines = version.out().lines().toList();
            assertEquals("pil " + VERSION + " (built " + built + ")", lines.get(0));
            assertTrue(
                    lines.get(1).startsWith("Java " + Runtime.version().feature() + "."), version.out()); // the PATH's
        }
    }

    @Test
    void binPilBuildsTheSampleContentAsTheReadmeSays() throws Exception {
        Path sample = home.resolve("sample");
        // two languages (Latin and Arabic script, both bundled fonts) keep the test short; en is the same as nl
        Run build = run(sample, List.of("../bin/pil", "build", "--languages", "nl,ar"), javaOnly());
        assertEquals(0, build.code(), build.toString());
        Path site = sample.resolve("build/site");
        assertTrue(build.out().startsWith("built 17 leaflets"), build.out());
        // the console shows Pil's lines only: no library's log (PDFBox warned of a font fallback per page and font)
        assertFalse(build.err().contains("org.apache"), build.err());
        assertFalse(build.err().contains("fallback font"), build.err());
        assertTrue(Files.readString(site.resolve("nl/ct-scan/index.html")).contains("RAD-012-nl.pdf"));
        for (Path pdf : List.of(site.resolve("nl/ct-scan/RAD-012-nl.pdf"), site.resolve("ar/ct-scan/RAD-012-ar.pdf"))) {
            byte[] head = Arrays.copyOf(Files.readAllBytes(pdf), 5);
            assertEquals("%PDF-", new String(head, StandardCharsets.US_ASCII), pdf.toString());
        }
        assertTrue(Files.isRegularFile(site.resolve("_search/meta.json")), "the search index");
        Run search = run(sample, List.of("../bin/pil", "search", "--lang", "nl", "CT-scan"), javaOnly());
        assertEquals(0, search.code(), search.toString());
        assertTrue(search.out().lines().anyMatch(l -> l.startsWith(" 1. ct-scan ")), search.out());
    }

    @Test
    void checkWritesSarifAsTheCiExamplesRunIt() throws Exception {
        Path sample = home.resolve("sample");
        Run check =
                run(sample, List.of("../bin/pil", "check", "--format", "sarif", "--output", "pil.sarif"), javaOnly());
        assertEquals(0, check.code(), check.toString());
        JsonNode sarif = new ObjectMapper().readTree(sample.resolve("pil.sarif").toFile());
        assertEquals("2.1.0", sarif.path("version").asText());
        // from the generator jar's manifest: the package does not run a shaded jar
        assertEquals(
                VERSION,
                sarif.path("runs")
                        .path(0)
                        .path("tool")
                        .path("driver")
                        .path("version")
                        .asText());
    }

    @Test
    void theFirstCheckLeavesAStartUpCacheThatTheNextOneUsesWithTheSameOutput() throws Exception {
        Path sample = home.resolve("sample");
        Path cache = dir.resolve("cache");
        Map<String, String> env = new HashMap<>(javaOnly());
        env.put("PIL_CACHE_DIR", cache.toString());
        Run first = run(sample, List.of("../bin/pil", "check"), env);
        assertEquals(0, first.code(), first.toString());
        // the JVM's note about the recording stays out of the command's output
        assertEquals("checked 17 leaflets, 38 pages: 0 errors, 0 warnings\n", first.out());
        String kind = Runtime.version().feature() >= 25 ? ".aot" : ".jsa";
        List<String> files;
        try (Stream<Path> list = Files.list(cache.resolve("jvm"))) {
            files = list.map(p -> p.getFileName().toString()).toList();
        }
        assertEquals(1, files.size(), files.toString()); // no recording or half-written cache left behind
        assertTrue(files.get(0).startsWith("pil-") && files.get(0).endsWith(kind), files.toString());
        Run second = run(sample, List.of("../bin/pil", "check"), env);
        assertEquals(0, second.code(), second.toString());
        assertEquals(first.out(), second.out());
        assertEquals(first.err(), second.err());
    }

    /**
     * {@code translations --stamp} runs with the Serial collector (it reads one leaflet at a time), unless
     * PIL_JAVA_OPTS choose a collector themselves: the JVM refuses two, so the launcher must then add none.
     */
    @Test
    void stampingChoosesTheSerialCollectorUnlessPilJavaOptsChooseOne() throws Exception {
        Path content = home.resolve("sample/content");
        List<String> stamp =
                List.of(home.resolve("bin/pil").toString(), "translations", "--stamp", "--content", content.toString());
        Map<String, String> env = new HashMap<>(javaOnly());
        env.put("PIL_JAVA_OPTS", "-XX:+PrintCommandLineFlags");
        Run serial = run(dir, stamp, env);
        assertEquals(0, serial.code(), serial.toString());
        assertTrue(serial.out().contains("-XX:+UseSerialGC"), serial.out());
        env.put("PIL_JAVA_OPTS", "-XX:+UseParallelGC -XX:+PrintCommandLineFlags");
        Run chosen = run(dir, stamp, env);
        assertEquals(0, chosen.code(), chosen.toString());
        assertTrue(chosen.out().contains("-XX:+UseParallelGC"), chosen.out());
        assertFalse(chosen.out().contains("-XX:+UseSerialGC"), chosen.out());
        Run overview = run(
                dir,
                List.of(
                        home.resolve("bin/pil").toString(),
                        "translations",
                        "--content",
                        content.toString(),
                        "--report",
                        dir.resolve("report").toString()),
                Map.of(
                        "PATH",
                        javaOnly().get("PATH"),
                        "PIL_CACHE_DIR",
                        javaOnly().get("PIL_CACHE_DIR"),
                        "PIL_JAVA_OPTS",
                        "-XX:+PrintCommandLineFlags"));
        assertEquals(0, overview.code(), overview.toString());
        assertFalse(
                overview.out().contains("-XX:+UseSerialGC"), "the overview loads the whole site: " + overview.out());
    }

    /**
     * A one-shot build or check of a small site runs with the Serial collector on two processors or fewer (the same
     * CPU in a third of the memory); a content folder of 12,000 Markdown files or more keeps the JVM's choice, however
     * the folder is named on the command line.
     */
    @Test
    void aSmallSiteIsBuiltWithTheSerialCollectorOnTwoProcessors() throws Exception {
        Process getconf = new ProcessBuilder("getconf", "_NPROCESSORS_ONLN").start();
        int processors = Integer.parseInt(new String(getconf.getInputStream().readAllBytes()).trim());
        Path large = dir.resolve("large");
        for (int i = 0; i < 12_000; i++) {
            Path leaflet =
                    Files.createDirectories(large.resolve("topic-" + (i / 1000)).resolve("leaflet-" + i));
            Files.writeString(leaflet.resolve("nl.md"), "");
        }
        Map<String, String> env = new HashMap<>(javaOnly());
        env.put("PIL_JAVA_OPTS", "-XX:+PrintCommandLineFlags");
        String pil = home.resolve("bin/pil").toString();
        Path sample = home.resolve("sample/content");
        // --help: the launcher chooses the options before the tool reads its arguments; nothing is built
        for (List<String> command : List.of(
                List.of(pil, "build", "--help", "--content", sample.toString()),
                List.of(pil, "check", "--help", "-c" + sample),
                List.of(pil, "check", "--help"))) { // ./content, missing here: the tool will say so
            Run run = run(dir, command, env);
            assertEquals(0, run.code(), run.toString());
            assertEquals(processors <= 2, run.out().contains("-XX:+UseSerialGC"), command + ": " + run.out());
        }
        for (List<String> command : List.of(
                List.of(pil, "build", "--help", "--content", large.toString()),
                List.of(pil, "check", "--help", "-c=" + large))) {
            Run run = run(dir, command, env);
            assertEquals(0, run.code(), run.toString());
            assertFalse(run.out().contains("-XX:+UseSerialGC"), command + ": " + run.out());
        }
    }

    @Test
    void aCacheFolderThatCannotBeMadeIsSkippedSilently() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "");
        Map<String, String> env = new HashMap<>(javaOnly());
        env.put("PIL_CACHE_DIR", notAFolder.resolve("cache").toString()); // mkdir fails, even for root
        Run check = run(home.resolve("sample"), List.of("../bin/pil", "check"), env);
        assertEquals(0, check.code(), check.toString());
        assertEquals("checked 17 leaflets, 38 pages: 0 errors, 0 warnings\n", check.out());
        assertEquals("", check.err());
    }

    /**
     * The environment of a machine with only a Java runtime: JAVA_HOME unset, its java first on a minimal PATH; the
     * launcher's start-up cache in the unpacked folder, not in the shared temporary folder that stands in for HOME.
     */
    private static Map<String, String> javaOnly() {
        Path javaHome = Path.of(System.getProperty("java.home"));
        return Map.of(
                "PATH", javaHome.resolve("bin") + ":/usr/bin:/bin", "PIL_CACHE_DIR", unpacked.resolve("cache") + "");
    }

    record Run(int code, String out, String err) {}

    private static Run run(Path cwd, List<String> command, Map<String, String> env)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile());
        if (!env.isEmpty()) {
            builder.environment().clear();
            builder.environment().put("HOME", System.getProperty("java.io.tmpdir"));
            builder.environment().putAll(env);
        }
        Path out = Files.createTempFile("pil-out", ".txt");
        Path err = Files.createTempFile("pil-err", ".txt");
        try {
            Process process = builder.redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("no end after 3 minutes: " + command);
            }
            return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
