package nl.pil.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.pil.link.Page;
import nl.pil.link.Site;
import nl.pil.link.TranslationState;
import nl.pil.markdown.LeafletMarkdown;
import nl.pil.model.PageFormat;
import nl.pil.render.pdf.PdfRenderer;

/**
 * The bilingual handouts of a build, part of its {@link Handouts}: for each translation in a language that
 * {@code site.yaml} lists under {@code pdf: bilingual:}, one PDF with the source-language leaflet and the translation
 * side by side ({@code pdf-bilingual.ftlh}), beside the translation's own handout ({@code RAD-012-nl-ar.pdf}).
 *
 * <p>The two columns are rows of a table, one row per section, paired by heading order: a section starts level in
 * both columns however long the other language made the one before. A section's heading and first block are a row
 * kept on one page (both headings move on together), the rest a row that breaks over pages; {@code ###} subsections
 * get rows of their own when both languages have as many. Like the other handouts, each is laid out once per build
 * by whoever asks first and taken over from the previous build when its XHTML and pictures did not change.
 */
final class Bilinguals {
    /** Bump when the bilingual PDF code changes in a way the fingerprint would not notice. */
    static final int RENDERING_VERSION = 1;

    private static final Pattern ID_ATTRIBUTE = Pattern.compile(" id=\"([^\"]*)\"");
    private static final Pattern FRAGMENT_LINK = Pattern.compile(" href=\"#([^\"]*)\"");
    /** Any tag of the body's XHTML: closing ({@code </p>}), opening, or empty ({@code <br />}). */
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)\\b[^>]*?(/?)>");

    private final RenderContext context;
    private final Site site;
    private final PrintedDocuments printed;

    Bilinguals(RenderContext context) {
        this.context = context;
        this.site = context.site();
        this.printed = new PrintedDocuments(context, "bilingual", RENDERING_VERSION);
    }

    /** Whether {@code page} gets a bilingual handout: a translation into a language the site chose for them. */
    static boolean makes(Site site, Page page) {
        return page.state() != TranslationState.SOURCE
                && site.settings().pdf().bilingual().contains(page.lang());
    }

    boolean makes(Page page) {
        return makes(site, page);
    }

    /** The translations that get one, in the order of the site's pages. */
    static List<Page> pages(Site site) {
        return site.allPages().stream().filter(p -> makes(site, p)).toList();
    }

    List<Page> pages() {
        return pages(site);
    }

    /** {@code RAD-012-nl-ar.pdf}: the handout's name with the source language before the translation's. */
    String fileName(Page page) {
        String single = Handouts.fileName(page);
        return single.substring(0, single.length() - (page.lang() + ".pdf").length())
                + site.settings().sourceLanguage() + "-" + page.lang() + ".pdf";
    }

    /** The manifest key: the file in the site, apart from the translation's own handouts (keyed by its page). */
    String key(Page page) {
        return page.path() + fileName(page);
    }

    /** The template errors of the bilingual handouts laid out so far. */
    TemplateErrors errors() {
        return printed.errors();
    }

    /** The handout of {@code page} (a translation it {@link #makes}): laid out or taken over on the first call. */
    PrintedDocuments.Planned of(Page page, Path out) throws IOException {
        return printed.get(
                key(page),
                key(page),
                out,
                () -> xhtml(page),
                () -> Handouts.images(source(page)) + Handouts.images(page),
                xhtml -> layOut(page, xhtml));
    }

    /** The download link for the translation's page ({@code href}, {@code kind}, {@code format}, {@code pages}, {@code sizeKb}). */
    Map<String, Object> link(Page page, Path out) throws IOException {
        PrintedDocuments.Planned planned = of(page, out);
        if (planned.entry() == null) {
            return null;
        }
        Page source = source(page);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("href", fileName(page));
        m.put("kind", "bilingual");
        m.put("format", format(page).name());
        m.put("pages", (int) planned.entry().count(PrintedDocuments.PAGES));
        m.put("sizeKb", Math.max(1, (Files.size(out.resolve(key(page))) + 512) / 1024));
        m.put("language", TemplateModels.languageNameIn(page.lang(), page.lang()));
        m.put("source", TemplateModels.languageNameIn(source.lang(), page.lang()));
        return m;
    }

    private Page source(Page page) {
        return site.resolve(page.id(), site.settings().sourceLanguage()).orElseThrow();
    }

    private PageFormat format(Page page) {
        return page.meta().pdfFormat() != null
                ? page.meta().pdfFormat()
                : site.settings().pdf().format();
    }

    /** Laid out left to right (the columns' order), hyphenated as the source language: the translation's cells are not. */
    PdfRenderer.Rendered layOut(Page page, String xhtml) throws IOException {
        Handouts handouts = context.handouts();
        Page source = source(page);
        return handouts.renderer()
                .render(new PdfRenderer.Job(
                        xhtml,
                        page.leaflet().folder(),
                        false,
                        handouts.hyphenator(source.lang()),
                        date(page),
                        Handouts.producer(),
                        site.settings().absoluteUrl(page.path())));
    }

    /** SOURCE_DATE_EPOCH, else the translation's review date (a translation inherits the source's), as a handout's. */
    private Instant date(Page page) {
        Instant source = context.handouts().sourceDate();
        if (source != null) {
            return source;
        }
        LocalDate reviewed = page.meta().reviewed() != null ? page.meta().reviewed() : LocalDate.of(2000, 1, 1);
        return reviewed.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Source and translation through {@code pdf-bilingual.ftlh}: well-formed XHTML. */
    String xhtml(Page page) {
        Page source = source(page);
        PageFormat format = format(page);
        // what each column shows of its leaflet, as its own handout would; the bodies come in rows
        Map<String, Object> columns = columns(source, page, format, body(source, "s-"), body(page, "t-"));
        @SuppressWarnings("unchecked")
        Map<String, Object> model = new LinkedHashMap<>((Map<String, Object>) columns.get("source"));
        model.putAll(columns);
        return context.theme().render("pdf-bilingual.ftlh", model);
    }

    /**
     * What {@code pdf-bilingual-table.ftlh} shows of a leaflet beside its translation: each one's handout model
     * ({@code source}, {@code translation}) and the rows their print bodies make (given: a packet prefixes their ids
     * and finds their pictures otherwise).
     */
    Map<String, Object> columns(Page source, Page page, PageFormat format, String sourceBody, String translationBody) {
        Handouts handouts = context.handouts();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("source", handouts.leafletModel(source, format, ""));
        model.put("translation", handouts.leafletModel(page, format, ""));
        model.put("rows", rows(sourceBody, translationBody));
        return model;
    }

    /** A row per section, paired by heading order; see {@link #lead}. */
    static List<Map<String, Object>> rows(String sourceBody, String translationBody) {
        List<String> leftParts = sections(sourceBody);
        List<String> rightParts = sections(translationBody);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(leftParts.size(), rightParts.size()); i++) {
            String l = i < leftParts.size() ? leftParts.get(i) : "";
            String r = i < rightParts.size() ? rightParts.get(i) : "";
            if (l.isBlank() && r.isBlank()) {
                continue; // no text before the first heading in either language
            }
            for (String[] pair : subsections(l, r)) {
                String[] sourceLead = lead(pair[0]);
                String[] translationLead = lead(pair[1]);
                if (!sourceLead[0].isEmpty() || !translationLead[0].isEmpty()) {
                    rows.add(row("head", sourceLead[0], translationLead[0]));
                }
                if (!sourceLead[1].isBlank() || !translationLead[1].isBlank()) {
                    rows.add(row(
                            sourceLead[0].isEmpty() && translationLead[0].isEmpty() ? "whole" : "rest",
                            sourceLead[1],
                            translationLead[1]));
                }
            }
        }
        return rows;
    }

    private static Map<String, Object> row(String kind, String source, String translation) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("kind", kind);
        row.put("source", source);
        row.put("translation", translation);
        return row;
    }

    /**
     * A section's heading with the block after it, and the rest: the first go in a row that is not broken over pages
     * (both headings move to the next page together, each with its first lines), the rest in one that is. Text before
     * any heading is all rest.
     */
    static String[] lead(String part) {
        Matcher m = TAG.matcher(part);
        int depth = 0;
        int elements = 0;
        boolean heading = false;
        while (m.find()) {
            boolean closing = !m.group(1).isEmpty();
            boolean empty = !m.group(3).isEmpty();
            if (!closing && depth == 0 && elements == 0) {
                heading = m.group(2).equalsIgnoreCase("h2") || m.group(2).equalsIgnoreCase("h3");
                if (!heading) {
                    return new String[] {"", part};
                }
            }
            if (closing) {
                depth--;
            } else if (!empty) {
                depth++;
            }
            if (depth == 0 && ++elements == 2) {
                return new String[] {part.substring(0, m.end()), part.substring(m.end())};
            }
        }
        return heading ? new String[] {part, ""} : new String[] {"", part};
    }

    /** A leaflet's print body with its ids prefixed: both columns may have a section called the same. */
    private String body(Page page, String prefix) {
        String html = LeafletMarkdown.renderHtml(
                page.translation().body(), context.body(page, RenderContext.Medium.PRINT, ""));
        html = ID_ATTRIBUTE
                .matcher(html)
                .replaceAll(m -> Matcher.quoteReplacement(" id=\"" + prefix + m.group(1) + "\""));
        return FRAGMENT_LINK
                .matcher(html)
                .replaceAll(m -> Matcher.quoteReplacement(" href=\"#" + prefix + m.group(1) + "\""));
    }

    /**
     * The body cut before each {@code <h2>} that is not inside another element: the text before the first heading,
     * then one part per section. An FAQ's questions are inside their own elements, so only real sections count.
     */
    static List<String> sections(String html) {
        return cut(html, "h2");
    }

    /** Splits the XHTML before each top-level {@code <tag>}; the first part is what comes before the first one. */
    static List<String> cut(String html, String tag) {
        List<String> parts = new ArrayList<>();
        Matcher m = TAG.matcher(html);
        int depth = 0;
        int start = 0;
        while (m.find()) {
            boolean closing = !m.group(1).isEmpty();
            boolean empty = !m.group(3).isEmpty();
            if (!closing && depth == 0 && m.group(2).equalsIgnoreCase(tag)) {
                parts.add(html.substring(start, m.start()));
                start = m.start();
            }
            if (closing) {
                depth--;
            } else if (!empty) {
                depth++;
            }
        }
        parts.add(html.substring(start));
        return parts;
    }

    /**
     * A pair of sections as rows: one per {@code ###} subsection when both have as many (then those start level
     * too), else the two sections whole.
     */
    static List<String[]> subsections(String left, String right) {
        List<String> l = cut(left, "h3");
        List<String> r = cut(right, "h3");
        if (l.size() != r.size() || l.size() == 1) {
            return List.<String[]>of(new String[] {left, right});
        }
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < l.size(); i++) {
            if (!l.get(i).isBlank() || !r.get(i).isBlank()) {
                rows.add(new String[] {l.get(i), r.get(i)});
            }
        }
        return rows;
    }
}
