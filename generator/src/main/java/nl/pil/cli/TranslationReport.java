package nl.pil.cli;

import freemarker.template.utility.StringUtil;
import java.time.LocalDate;
import java.util.Locale;
import nl.pil.link.Site;
import nl.pil.translate.TranslationMatrix;

/** The translation overview as a small stand-alone HTML page for the communications team. */
final class TranslationReport {
    private TranslationReport() {}

    static String html(TranslationMatrix matrix, Site site) {
        StringBuilder html = new StringBuilder(
                """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Translations – %s</title>
                <style>
                body{font-family:system-ui,sans-serif;margin:2rem;color:#1b1f24}table{border-collapse:collapse}
                th,td{border:1px solid #8795a1;padding:.3rem .6rem;text-align:start}th{background:#f1f5f8}
                .source{background:#eef}.current{background:#e3f4e1}.outdated{background:#fff4d6}.untracked{background:#f3f3f3}.missing{background:#fdeceb}
                </style></head><body>
                <h1>Translations</h1>
                <p>Status of every leaflet in every language. <strong>outdated</strong>: the source changed after the translation was made;
                <strong>untracked</strong>: nobody recorded which source version it was made from; <strong>missing</strong>: readers get the source language.</p>
                <table><thead><tr><th scope="col">Leaflet</th>""".formatted(StringUtil.XHTMLEnc(site.settings().nameIn("en"))));
        for (String lang : matrix.languages()) {
            html.append("<th scope=\"col\">").append(StringUtil.XHTMLEnc(lang)).append("</th>");
        }
        html.append("</tr></thead><tbody>\n");
        for (TranslationMatrix.Row row : matrix.rows()) {
            html.append("<tr><th scope=\"row\">")
                    .append(StringUtil.XHTMLEnc(row.id()))
                    .append("<br><small>")
                    .append(StringUtil.XHTMLEnc(row.title()))
                    .append("</small></th>");
            for (String lang : matrix.languages()) {
                String status = row.status().get(lang).name().toLowerCase(Locale.ROOT);
                LocalDate on = row.translatedOn().get(lang);
                html.append("<td class=\"")
                        .append(status)
                        .append("\">")
                        .append(status)
                        .append(on == null ? "" : "<br><small>" + on + "</small>")
                        .append("</td>");
            }
            html.append("</tr>\n");
        }
        return html.append("</tbody></table></body></html>\n").toString();
    }
}
