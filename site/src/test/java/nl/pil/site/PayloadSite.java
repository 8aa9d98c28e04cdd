package nl.pil.site;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import nl.pil.compile.BuildOptions;
import nl.pil.compile.BuildResult;
import nl.pil.compile.Compiler;

/**
 * A content folder in which every field a writer controls carries the {@link Payloads}, built with the real compiler.
 * Leaflet {@code p<g>} (and its English translation) carries {@link #PER_LEAFLET} payloads, one after the other, in
 * every front-matter and body field, and belongs to department {@code d<g>}, whose name, phone, e-mail and hours
 * carry them too (fewer leaflets than payloads keeps the browser test short); the site's name and contact fields
 * carry all payloads. Leaflet ids, department ids, languages and leaflet
 * numbers ({@code code}) are validated identifiers, so they hold none.
 *
 * <p>Each occurrence is followed by a tag {@code Q<field>P<payload>Q}, so a test can count which payload × field
 * combinations reached a page ({@link #reached}).
 */
public final class PayloadSite {
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    /** The fields that carry payloads, in tag order ({@code Q00…} is the first). */
    public static final List<String> FIELDS = List.of(
            "site.yaml name (nl)",
            "site.yaml name (en)",
            "contact phone",
            "contact emergency",
            "contact email",
            "contact address",
            "department name (nl)",
            "department name (en)",
            "department phone",
            "department email",
            "department hours (nl)",
            "department hours (en)",
            "title",
            "summary",
            "keywords",
            "authors",
            "reviewers",
            "title (en)",
            "summary (en)",
            "body paragraph",
            "body heading",
            "body link text",
            "body link title",
            "body image alt",
            "body table cell",
            "body inline code",
            "body code block",
            "body call-out",
            "body list item",
            "body emphasis",
            "body paragraph (en)");

    private static final Pattern TAG = Pattern.compile("Q(\\d\\d)P(\\d\\d)Q");

    private PayloadSite() {}

    /** The tag that follows payload {@code payload} (1-based) in field {@code field} (an index of {@link #FIELDS}). */
    public static String tag(String field, int payload) {
        int f = FIELDS.indexOf(field);
        if (f < 0) {
            throw new IllegalArgumentException(field);
        }
        return String.format("Q%02dP%02dQ", f, payload);
    }

    private static String tagged(String field, int payload) {
        return Payloads.all().get(payload - 1) + " " + tag(field, payload);
    }

    /** How many payloads each leaflet and department carries (fewer pages for the browser to load). */
    public static final int PER_LEAFLET = 3;

    /** How many leaflets (and departments) there are. */
    public static int leaflets() {
        return (Payloads.all().size() + PER_LEAFLET - 1) / PER_LEAFLET;
    }

    /** The leaflet (1-based) that carries payload {@code n}. */
    public static int leafletOf(int n) {
        return (n - 1) % leaflets() + 1;
    }

    /** The payloads of leaflet {@code g}, each as {@code edit} makes it, tagged, one after the other. */
    private static String group(String field, int g, java.util.function.UnaryOperator<String> edit) {
        List<String> parts = new ArrayList<>();
        for (int n = g; n <= Payloads.all().size(); n += leaflets()) {
            parts.add(edit.apply(Payloads.all().get(n - 1)) + " " + tag(field, n));
        }
        return String.join(" · ", parts);
    }

    private static String group(String field, int g) {
        return group(field, g, java.util.function.UnaryOperator.identity());
    }

    /** The leaflet id of leaflet {@code g}. */
    public static String id(int g) {
        return String.format("p%02d", g);
    }

    /** Writes the content folder to {@code content} and builds it into {@code site} (HTML and search index). */
    public static BuildResult build(Path content, Path site) throws IOException {
        write(content);
        BuildResult result =
                new Compiler(new BuildOptions(content, List.of(), site, TODAY, Set.of("html", "index"))).build();
        if (!result.published()) {
            throw new AssertionError("the payload site did not build: " + result.diagnostics());
        }
        return result;
    }

    static void write(Path content) throws IOException {
        List<String> payloads = Payloads.all();
        int count = payloads.size();
        StringBuilder yaml = new StringBuilder();
        yaml.append("name:\n  nl: ")
                .append(yamlString(all("site.yaml name (nl)", count)))
                .append("\n  en: ")
                .append(yamlString(all("site.yaml name (en)", count)))
                .append('\n');
        yaml.append("base-url: https://folders.test.example/\nlanguages: [nl, en]\ncontact:\n");
        for (String key : List.of("phone", "emergency", "email", "address")) {
            yaml.append("  ")
                    .append(key)
                    .append(": ")
                    .append(yamlString(all("contact " + key, count)))
                    .append('\n');
        }
        yaml.append("departments:\n");
        for (int n = 1; n <= leaflets(); n++) {
            yaml.append("  d")
                    .append(String.format("%02d", n))
                    .append(":\n")
                    .append("    name: {nl: ")
                    .append(yamlString(group("department name (nl)", n)))
                    .append(", en: ")
                    .append(yamlString(group("department name (en)", n)))
                    .append("}\n")
                    .append("    phone: ")
                    .append(yamlString(group("department phone", n)))
                    .append('\n')
                    .append("    email: ")
                    .append(yamlString(group("department email", n)))
                    .append('\n')
                    .append("    hours: {nl: ")
                    .append(yamlString(group("department hours (nl)", n)))
                    .append(", en: ")
                    .append(yamlString(group("department hours (en)", n)))
                    .append("}\n");
        }
        writeFile(content.resolve("site.yaml"), yaml.toString());

        BufferedImage pixel = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        for (int n = 1; n <= leaflets(); n++) {
            String id = id(n);
            Path folder = content.resolve(id);
            Files.createDirectories(folder);
            ImageIO.write(pixel, "png", folder.resolve("pixel.png").toFile());
            String next = id(n % leaflets() + 1);
            String front = "---\ntype: exam\n"
                    + "title: " + yamlString(group("title", n)) + "\n"
                    + "summary: " + yamlString(group("summary", n)) + "\n"
                    + "code: C-" + n + "\n" // a validated leaflet number ([A-Za-z0-9._/-]): no payload fits
                    + "department: d" + String.format("%02d", n) + "\n"
                    + "reviewed: 2026-01-10\nreview-due: 2027-12-10\n"
                    + "keywords: [" + yamlString(group("keywords", n)) + "]\n"
                    + "authors: [" + yamlString(group("authors", n)) + "]\n"
                    + "reviewers: [" + yamlString(group("reviewers", n)) + "]\n"
                    + "---\n";
            String body = "Alinea: " + group("body paragraph", n, PayloadSite::inline) + "\n\n"
                    + "## Kop " + group("body heading", n, PayloadSite::inline) + "\n\n"
                    + "Zie [" + linkText(group("body link text", n)) + "](" + next + ").\n\n"
                    + "Zie ook [de volgende folder](" + next + " \"" + linkTitle(group("body link title", n))
                    + "\").\n\n"
                    + "![" + linkText(group("body image alt", n)) + "](pixel.png)\n\n"
                    + "| Wat | Waarde |\n|---|---|\n| cel | "
                    + group("body table cell", n, PayloadSite::inline).replace("|", "\\|") + " |\n\n"
                    + "Code: `` " + group("body inline code", n) + " ``\n\n"
                    + "```\n" + group("body code block", n) + "\n```\n\n"
                    + "> [!WARNING]\n> Let op: " + group("body call-out", n, PayloadSite::inline) + "\n\n"
                    + "- punt " + group("body list item", n, PayloadSite::inline) + "\n- nog een punt\n\n"
                    + "Met *nadruk " + group("body emphasis", n, PayloadSite::inline) + "* gezegd.\n";
            writeFile(folder.resolve("nl.md"), front + body);
            writeFile(
                    folder.resolve("en.md"),
                    "---\ntype: exam\n"
                            + "title: " + yamlString(group("title (en)", n)) + "\n"
                            + "summary: " + yamlString(group("summary (en)", n)) + "\n---\n"
                            + "Paragraph: " + group("body paragraph (en)", n, PayloadSite::inline) + "\n\n"
                            // the source's warning, as every translation must keep it (the alerts check)
                            + "> [!WARNING]\n> Note: " + group("body call-out", n, PayloadSite::inline) + "\n");
        }
    }

    private static String all(String field, int count) {
        List<String> parts = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            parts.add(tagged(field, n));
        }
        return String.join(" · ", parts);
    }

    /**
     * Inline Markdown as a writer would type it, except that a link or autolink to a {@code javascript:} address (an
     * error: the build refuses it) is written with escaped brackets, so it is text.
     */
    private static String inline(String text) {
        if (text.contains("](javascript") || text.contains("<javascript:")) {
            return text.replace("[", "\\[").replace("]", "\\]").replace("<", "\\<");
        }
        return text;
    }

    private static String linkText(String text) {
        String escaped = text.replace("[", "\\[").replace("]", "\\]");
        return text.contains("<javascript:") ? escaped.replace("<", "\\<") : escaped;
    }

    private static String linkTitle(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** A YAML double-quoted string: backslash, quote and every line break or control character escaped. */
    static String yamlString(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '"') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static void writeFile(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, UTF_8);
    }

    /** The payload × field combinations (as {@code "field#payload"}) whose tag is in {@code html}. */
    public static Set<String> reached(String html) {
        Set<String> found = new java.util.TreeSet<>();
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            int f = Integer.parseInt(m.group(1));
            int p = Integer.parseInt(m.group(2));
            if (f < FIELDS.size() && p >= 1 && p <= Payloads.all().size()) {
                found.add(String.format("%02d#%02d", f, p));
            }
        }
        return found;
    }
}
