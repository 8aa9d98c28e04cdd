package nl.pil.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.pil.cli.Main;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import picocli.CommandLine;

/**
 * The CI pipelines and deployment recipes under examples/: they parse, they wire the check's report and the built site
 * to the steps that publish them, and every {@code pil} command in them is one the CLI accepts.
 */
class ExamplesTest {
    private static final Path EXAMPLES = Path.of("..", "examples");

    @Test
    void githubActionsChecksUploadsTheSarifReportBuildsAndKeepsTheSite() throws IOException {
        Map<String, Object> workflow = yaml(EXAMPLES.resolve("ci/github-actions.yml"));
        Map<String, Object> job = map(map(workflow.get("jobs")).get("leaflets"));
        assertEquals("write", map(job.get("permissions")).get("security-events"), "needed to upload SARIF");
        List<Map<String, Object>> steps =
                list(job.get("steps")).stream().map(ExamplesTest::map).toList();

        Map<String, Object> check = step(steps, "Check the leaflets");
        assertEquals("pil check --format sarif --output pil.sarif", check.get("run"));
        assertEquals(true, check.get("continue-on-error"), "the report is uploaded also when the check fails");
        Map<String, Object> upload = step(steps, "Upload the findings to code scanning");
        assertTrue(((String) upload.get("uses")).startsWith("github/codeql-action/upload-sarif@"));
        assertEquals("pil.sarif", map(upload.get("with")).get("sarif_file"));
        assertTrue(((String) upload.get("if")).startsWith("always()"));
        assertEquals(
                "steps.check.outcome == 'failure'",
                step(steps, "Stop on errors in content").get("if"));

        assertEquals("pil build --out build/site", step(steps, "Build the site").get("run"));
        Map<String, Object> publish = step(steps, "Publish the site as an artefact");
        assertTrue(((String) publish.get("uses")).startsWith("actions/upload-artifact@"));
        assertEquals("build/site", map(publish.get("with")).get("path"));
        // steps run in order: the site is published after it is built, the report uploaded after the check
        assertTrue(steps.indexOf(check) < steps.indexOf(upload));
        assertTrue(steps.indexOf(step(steps, "Build the site")) < steps.indexOf(publish));
        assertTrue(steps.indexOf(step(steps, "Install Pil")) < steps.indexOf(check));
    }

    @Test
    void gitlabChecksKeepsTheReportsAsArtefactsAndCodeQualityBuildsAndKeepsTheSite() throws IOException {
        Map<String, Object> pipeline = yaml(EXAMPLES.resolve("ci/gitlab-ci.yml"));
        assertEquals(List.of("check", "build"), pipeline.get("stages"));
        Map<String, Object> check = map(pipeline.get("check"));
        assertEquals("check", check.get("stage"));
        String script = String.join("\n", strings(check.get("script")));
        assertTrue(script.contains("pil check --format sarif --output pil.sarif"), script);
        assertTrue(script.contains("pil check --format json --output pil-check.json"), script);
        assertTrue(script.contains("> gl-code-quality.json"), script);
        assertTrue(script.endsWith("exit $status"), "the job fails on content errors after the reports are written");
        Map<String, Object> checkArtifacts = map(check.get("artifacts"));
        assertEquals("always", checkArtifacts.get("when"));
        assertEquals(List.of("pil.sarif", "pil-check.json"), checkArtifacts.get("paths"));
        assertEquals("gl-code-quality.json", map(checkArtifacts.get("reports")).get("codequality"));

        Map<String, Object> build = map(pipeline.get("build"));
        assertEquals(List.of("pil build --out build/site"), build.get("script"));
        assertEquals(List.of("build/site/"), map(build.get("artifacts")).get("paths"));
    }

    @Test
    void everyPilCommandInTheExamplesIsAcceptedByTheCli() throws IOException {
        List<List<String>> commands = new ArrayList<>();
        Map<String, Object> workflow = yaml(EXAMPLES.resolve("ci/github-actions.yml"));
        for (Object step : list(map(map(workflow.get("jobs")).get("leaflets")).get("steps"))) {
            Object run = map(step).get("run");
            if (run != null) {
                commands.addAll(shellCommands((String) run));
            }
        }
        Map<String, Object> pipeline = yaml(EXAMPLES.resolve("ci/gitlab-ci.yml"));
        for (String job : List.of("check", "build")) {
            for (String line : strings(map(pipeline.get(job)).get("script"))) {
                commands.addAll(shellCommands(line));
            }
        }
        String dockerfile = Files.readString(EXAMPLES.resolve("deploy/Dockerfile"));
        for (String line : dockerfile.lines().filter(l -> l.startsWith("RUN ")).toList()) {
            commands.addAll(shellCommands(line.substring(4)));
        }
        Matcher entrypoint = Pattern.compile("(?m)^ENTRYPOINT \\[(.*)]$").matcher(dockerfile);
        assertTrue(entrypoint.find());
        commands.add(Arrays.stream(entrypoint.group(1).split(","))
                .map(s -> s.strip().replace("\"", ""))
                .toList());
        String unit = Files.readString(EXAMPLES.resolve("deploy/pil-search.service"));
        Matcher exec = Pattern.compile("(?m)^ExecStart=/opt/pil/bin/(pil .*)$").matcher(unit);
        assertTrue(exec.find());
        commands.addAll(shellCommands(exec.group(1)));

        assertEquals(
                List.of("check", "build", "check", "check", "build", "--version", "build", "serve", "serve"),
                commands.stream().map(c -> c.get(1)).toList());
        for (List<String> command : commands) {
            String[] args = command.subList(1, command.size()).toArray(String[]::new);
            // throws on an unknown command or option, or a value the option does not take
            new CommandLine(new Main()).parseArgs(args);
        }
    }

    @Test
    void theContainerAndTheUnitServeABuiltSiteWithoutRoot() throws IOException {
        String dockerfile = Files.readString(EXAMPLES.resolve("deploy/Dockerfile"));
        assertTrue(dockerfile.contains("\nARG BASE=debian:"), "a Debian base");
        assertTrue(dockerfile.contains("openjdk-21-jre-headless"));
        assertTrue(dockerfile.contains("\nUSER 10001:10001\n"));
        assertTrue(dockerfile.contains("\nEXPOSE 8080\n"));
        assertTrue(dockerfile.contains("\nHEALTHCHECK "));
        String unit = Files.readString(EXAMPLES.resolve("deploy/pil-search.service"));
        for (String setting : List.of(
                "DynamicUser=yes",
                "ProtectSystem=strict",
                "ReadOnlyPaths=/srv/pil/site /opt/pil",
                "NoNewPrivileges=yes",
                "PrivateTmp=yes",
                "RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX",
                "CapabilityBoundingSet=",
                "MemoryMax=1G")) {
            assertTrue(unit.lines().anyMatch(setting::equals), setting);
        }
        assertTrue(unit.lines().noneMatch(l -> l.startsWith("MemoryDenyWriteExecute=")), "it stops the JIT compiler");
    }

    /** The pil commands of a shell line: split at {@code &&}, {@code ||} and {@code ;}, redirections dropped. */
    private static List<List<String>> shellCommands(String script) {
        List<List<String>> commands = new ArrayList<>();
        for (String part : script.split("&&|\\|\\||;|\\n")) {
            List<String> words = Arrays.stream(part.strip().split("\\s+"))
                    .filter(w -> !w.matches("\\d?>.*"))
                    .toList();
            if (!words.isEmpty() && words.get(0).equals("pil")) {
                commands.add(words);
            }
        }
        return commands;
    }

    private static Map<String, Object> step(List<Map<String, Object>> steps, String name) {
        return steps.stream()
                .filter(s -> name.equals(s.get("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no step " + name));
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        return map(new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    private static List<?> list(Object o) {
        return (List<?>) o;
    }

    private static List<String> strings(Object o) {
        return list(o).stream().map(String.class::cast).toList();
    }
}
