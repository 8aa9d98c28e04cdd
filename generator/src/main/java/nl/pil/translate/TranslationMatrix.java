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

    /**
     * One leaflet: its status and translation date per language, and who reviewed the translation's current text
     * (languages without a review of the current text are missing from {@code reviewedBy}).
     */
    public record Row(
            String id,
            String title,
            Map<String, Status> status,
            Map<String, LocalDate> translatedOn,
            Map<String, String> reviewedBy) {}

    public static TranslationMatrix of(Site site) {
        List<String> languages = site.settings().languages();
        List<Row> rows = new ArrayList<>();
        for (String id : site.leafletIds()) {
            Map<String, Status> status = new LinkedHashMap<>();
            Map<String, LocalDate> dates = new LinkedHashMap<>();
            Map<String, String> reviewers = new LinkedHashMap<>();
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
                if (page.meta().translationReviewed()) {
                    reviewers.put(lang, page.meta().translationReviewedBy());
                }
            }
            String title = site.resolve(id, site.settings().sourceLanguage())
                    .orElseThrow()
                    .meta()
                    .title();
            rows.add(new Row(id, title, status, dates, reviewers));
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

    /** The leaflets translated into {@code lang} whose current text nobody reviewed, in row order. */
    public List<String> unreviewed(String lang) {
        return rows.stream()
                .filter(r ->
                        r.status().get(lang) != Status.MISSING && r.status().get(lang) != Status.SOURCE)
                .filter(r -> !r.reviewedBy().containsKey(lang))
                .map(Row::id)
                .toList();
    }

    public String csv() {
        StringBuilder out = new StringBuilder("leaflet,title");
        languages.forEach(l -> out.append(',')
                .append(l)
                .append(',')
                .append(l)
                .append("_translated_on,")
                .append(l)
                .append("_reviewed_by"));
        out.append('\n');
        for (Row row : rows) {
            out.append(row.id()).append(',').append(quote(row.title()));
            for (String lang : languages) {
                LocalDate on = row.translatedOn().get(lang);
                out.append(',')
                        .append(row.status().get(lang).name().toLowerCase(Locale.ROOT))
                        .append(',')
                        .append(on == null ? "" : on.toString())
                        .append(',')
                        .append(quote(row.reviewedBy().getOrDefault(lang, "")));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
