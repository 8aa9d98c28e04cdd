package nl.pil.translate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.pil.link.Page;
import nl.pil.link.Site;

/** Which leaflet exists in which language, and whether each translation is up to date with its source. */
public record TranslationMatrix(List<String> languages, List<Row> rows) {

    public enum Status {
        SOURCE,
        CURRENT,
        OUTDATED,
        UNTRACKED,
        MISSING
    }

    /** One leaflet: its status and translation date per language. */
    public record Row(String id, String title, Map<String, Status> status, Map<String, LocalDate> translatedOn) {}

    public static TranslationMatrix of(Site site) {
        List<String> languages = site.settings().languages();
        List<Row> rows = new ArrayList<>();
        for (String id : site.leafletIds()) {
            Map<String, Status> status = new LinkedHashMap<>();
            Map<String, LocalDate> dates = new LinkedHashMap<>();
            for (String lang : languages) {
                Page page = site.pages().get(id).get(lang);
                if (page == null) {
                    status.put(lang, Status.MISSING);
                    continue;
                }
                status.put(lang, Status.valueOf(page.state().name()));
                if (page.meta().translatedOn() != null) {
                    dates.put(lang, page.meta().translatedOn());
                }
            }
            String title = site.resolve(id, site.settings().sourceLanguage())
                    .orElseThrow()
                    .meta()
                    .title();
            rows.add(new Row(id, title, status, dates));
        }
        return new TranslationMatrix(languages, rows);
    }

    /** How many leaflets have each status in {@code lang}. */
    public Map<Status, Integer> counts(String lang) {
        Map<Status, Integer> counts = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            counts.put(s, 0);
        }
        rows.forEach(r -> counts.merge(r.status().get(lang), 1, Integer::sum));
        return counts;
    }

    public String csv() {
        StringBuilder out = new StringBuilder("leaflet,title");
        languages.forEach(l -> out.append(',').append(l).append(',').append(l).append("_translated_on"));
        out.append('\n');
        for (Row row : rows) {
            out.append(row.id()).append(',').append(quote(row.title()));
            for (String lang : languages) {
                LocalDate on = row.translatedOn().get(lang);
                out.append(',')
                        .append(row.status().get(lang).name().toLowerCase(Locale.ROOT))
                        .append(',')
                        .append(on == null ? "" : on.toString());
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
