package nl.pil.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.pil.check.Checker;
import nl.pil.model.CheckSettings;
import nl.pil.model.Diagnostic;

/**
 * Writes what a check found as text, JSON or SARIF 2.1.0: the one place the command line ({@code pil check --format})
 * and the Maven goal ({@code pil:check}) take their reports from. The JSON and SARIF shapes are documented in
 * {@code docs/checks.md} ("Reports"); tests hold them to it.
 */
public final class Reports {
    /** The project's home; rule help links point into its {@code docs/checks.md}. */
    public static final String HOME = "https://github.com/pil-leaflets/pil";

    /** Where a rule is explained: its row in {@code docs/checks.md}, which carries an anchor with the rule's id. */
    public static final String RULE_HELP = HOME + "/blob/main/docs/checks.md#";

    /**
     * The SARIF rule id of the problems no configurable rule found (unreadable files, YAML, front matter, unknown
     * leaflets, broken links, templates): code-scanning services need a rule for every result. It is never a check
     * rule's id.
     */
    public static final String OTHER_RULE = "content";

    /** Where {@link #OTHER_RULE}'s problems are explained. */
    public static final String OTHER_HELP = HOME + "/blob/main/README.md#diagnostics";

    /** Version of the JSON report's shape; goes up when a field changes meaning or goes away (not when one is added). */
    public static final int JSON_FORMAT = 1;

    static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Reports() {}

    /**
     * The report in {@code format}.
     *
     * @param base the folder file names are made relative to (the working folder for {@code pil}, the project's
     *             folder for Maven); files outside it are named by their absolute path (JSON) or {@code file:} URI
     *             (SARIF). Relative file names in diagnostics are taken as relative to the working folder.
     */
    public static String write(ReportFormat format, CheckReport report, Path base) {
        return switch (format) {
            case TEXT -> text(report);
            case JSON -> json(report, base);
            case SARIF -> sarif(report, base);
        };
    }

    /** The diagnostics as {@code pil check} prints them, each with its hint on the next line. */
    public static String text(CheckReport report) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : report.diagnostics()) {
            out.append(d.format()).append('\n');
        }
        return out.toString();
    }

    /** The version of Pil, as {@code pil --version} says it ({@code development} when not run from a release jar). */
    public static String toolVersion() {
        String v = Reports.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    /**
     * <pre>
     * {"tool": {"name": "pil", "version": "0.1.0"}, "format": 1,
     *  "counts": {"errors": 1, "warnings": 0, "leaflets": 2, "pages": 4},
     *  "diagnostics": [{"severity": "error", "file": "content/ct/nl.md", "line": 12, "column": 3,
     *                   "message": "…", "hint": "…" or null, "rule": "raw-html" or null}]}
     * </pre>
     */
    public static String json(CheckReport report, Path base) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode tool = root.putObject("tool");
        tool.put("name", "pil");
        tool.put("version", toolVersion());
        root.put("format", JSON_FORMAT);
        ObjectNode counts = root.putObject("counts");
        counts.put("errors", report.errors());
        counts.put("warnings", report.warnings());
        counts.put("leaflets", report.leaflets());
        counts.put("pages", report.pages());
        ArrayNode diagnostics = root.putArray("diagnostics");
        for (Diagnostic d : report.diagnostics()) {
            ObjectNode o = diagnostics.addObject();
            o.put("severity", d.severity().label());
            o.put("file", Locations.path(d.file(), base));
            o.put("line", d.line());
            o.put("column", d.column());
            o.put("message", d.message());
            o.put("hint", d.hint());
            o.put("rule", d.rule());
        }
        return pretty(root);
    }

    /**
     * One SARIF 2.1.0 run: the driver {@code pil} with every check rule (and {@link #OTHER_RULE}), and a result per
     * diagnostic with its rule, level, message (with the hint) and place. Lines and columns are 1-based, columns in
     * UTF-16 code units; a problem with the whole file (line 0) has no region.
     */
    public static String sarif(CheckReport report, Path base) {
        Checker checker = new Checker(LocalDate.now());
        Map<String, String> descriptions = checker.ruleDescriptions();
        Map<String, CheckSettings.Level> levels = checker.defaultLevels();
        List<String> ids = new ArrayList<>(descriptions.keySet());
        ids.add(OTHER_RULE);

        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", SARIF_SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "pil");
        driver.put("version", toolVersion());
        driver.put("informationUri", HOME);
        ArrayNode rules = driver.putArray("rules");
        for (String id : ids) {
            ObjectNode rule = rules.addObject();
            rule.put("id", id);
            boolean other = id.equals(OTHER_RULE);
            rule.putObject("shortDescription")
                    .put(
                            "text",
                            other
                                    ? "problems that are not a check rule's: unreadable files, YAML and front matter,"
                                            + " unknown leaflets, broken links, templates"
                                    : descriptions.get(id));
            rule.put("helpUri", other ? OTHER_HELP : RULE_HELP + id);
            rule.putObject("defaultConfiguration").put("level", other ? "error" : level(levels.get(id)));
        }
        run.put("columnKind", "utf16CodeUnits");
        ArrayNode results = run.putArray("results");
        for (Diagnostic d : report.diagnostics()) {
            String ruleId = d.rule() != null && ids.contains(d.rule()) ? d.rule() : OTHER_RULE;
            ObjectNode result = results.addObject();
            result.put("ruleId", ruleId);
            result.put("ruleIndex", ids.indexOf(ruleId));
            result.put("level", d.isError() ? "error" : "warning");
            boolean hint = d.hint() != null && !d.hint().isBlank();
            result.putObject("message").put("text", d.message() + (hint ? " (hint: " + d.hint() + ")" : ""));
            ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
            ObjectNode artifact = physical.putObject("artifactLocation");
            String uri = Locations.uri(d.file(), base);
            artifact.put("uri", uri);
            if (!uri.startsWith("file:")) {
                artifact.put("uriBaseId", "%SRCROOT%");
            }
            if (d.line() > 0) {
                ObjectNode region = physical.putObject("region");
                region.put("startLine", d.line());
                if (d.column() > 0) {
                    region.put("startColumn", d.column());
                }
            }
            if (hint) {
                result.putObject("properties").put("hint", d.hint());
            }
        }
        return pretty(root);
    }

    private static String level(CheckSettings.Level level) {
        return switch (level) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case OFF -> "none";
        };
    }

    private static String pretty(ObjectNode root) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return JSON.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** File names of diagnostics as report paths and URIs. */
    static final class Locations {
        private Locations() {}

        /** {@code file} relative to {@code base} with forward slashes, or absolute when outside it. */
        static String path(String file, Path base) {
            Path resolved = resolve(file);
            if (resolved == null) {
                return file.replace('\\', '/');
            }
            Path root = base.toAbsolutePath().normalize();
            if (resolved.startsWith(root) && !resolved.equals(root)) {
                List<String> names = new ArrayList<>();
                root.relativize(resolved).forEach(p -> names.add(p.toString()));
                return String.join("/", names);
            }
            return resolved.toString().replace('\\', '/');
        }

        /**
         * {@code file} as a URI reference: relative to {@code base}, each segment %-encoded (RFC 3986: everything but
         * letters, digits and {@code -._~}, as UTF-8), or a {@code file:} URI when outside it.
         */
        static String uri(String file, Path base) {
            Path resolved = resolve(file);
            Path root = base.toAbsolutePath().normalize();
            if (resolved != null && !(resolved.startsWith(root) && !resolved.equals(root))) {
                return resolved.toUri().toASCIIString();
            }
            String path = path(file, base);
            List<String> segments = new ArrayList<>();
            for (String segment : path.split("/", -1)) {
                segments.add(encode(segment));
            }
            return String.join("/", segments);
        }

        private static Path resolve(String file) {
            try {
                return Path.of(file).toAbsolutePath().normalize();
            } catch (InvalidPathException e) {
                return null;
            }
        }

        static String encode(String segment) {
            StringBuilder out = new StringBuilder();
            for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
                int c = b & 0xff;
                if ((c >= 'a' && c <= 'z')
                        || (c >= 'A' && c <= 'Z')
                        || (c >= '0' && c <= '9')
                        || c == '-'
                        || c == '.'
                        || c == '_'
                        || c == '~') {
                    out.append((char) c);
                } else {
                    out.append('%').append(String.format("%02X", c));
                }
            }
            return out.toString();
        }
    }
}
