package nl.pil.model;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The YAML front matter of one language file, as written. Fields a translation may leave out
 * (code, department, dates, people, related, prepare-days) are {@code null} or empty here and are
 * taken from the source language when linking.
 *
 * @param translatedFrom translations only: the {@code SourceVersion} of the source they were translated from
 * @param translatedOn   translations only: when that was recorded
 * @param pdfFormat paper size of this leaflet's handout, or {@code null} for the site's
 * @param positions where each key was written, for diagnostics that point at a value
 * @param updated      when the text was last changed, shown apart from when it was last reviewed
 * @param contributors who helped write it ("with contributions from"), apart from authors and reviewers
 * @param prepareNote  more text for the preparation warning's box ("Vul ook de vragenlijst in."), in this language
 * @param monthOnly    the date keys written as a month ({@code reviewed: 2017-05}): shown as "mei 2017"; such a date
 *                     is the month's first day, a {@code review-due} month its last
 * @param contacts     ids of the people patients may call about this leaflet ("vaste aanspreekpunt")
 * @param specialists  ids of the specialists who treat what it is about
 * @param translatedBy          translations only: who translated it (an agency, or a person with their credential)
 * @param translationReviewedBy translations only: who checked the translation for accuracy and cultural fit
 * @param translationReviewedOn translations only: when
 * @param translationReviewedFrom translations only: the {@code translatedFrom} of the text reviewed; a review of a
 *                     translation made from an earlier source no longer counts
 * @param departments  ids of the departments it belongs to ({@code department: [surgery, oncology]}); the first is
 *                     the one whose contact details the page and handout show first
 */
public record FrontMatter(
        LeafletType type,
        String title,
        String summary,
        String code,
        List<String> departments,
        LocalDate reviewed,
        LocalDate reviewDue,
        List<String> authors,
        List<String> reviewers,
        List<String> related,
        List<String> keywords,
        Integer prepareDays,
        PageFormat pdfFormat,
        String translatedFrom,
        LocalDate translatedOn,
        Map<String, SourcePosition> positions,
        LocalDate updated,
        List<String> contributors,
        String prepareNote,
        Set<String> monthOnly,
        List<String> contacts,
        List<String> specialists,
        String translatedBy,
        String translationReviewedBy,
        LocalDate translationReviewedOn,
        String translationReviewedFrom) {

    public FrontMatter {
        departments = List.copyOf(departments);
        contacts = List.copyOf(contacts);
        specialists = List.copyOf(specialists);
        contributors = List.copyOf(contributors);
        monthOnly = Set.copyOf(monthOnly);
        authors = List.copyOf(authors);
        reviewers = List.copyOf(reviewers);
        related = List.copyOf(related);
        keywords = List.copyOf(keywords);
        positions = Map.copyOf(positions);
    }

    public SourcePosition positionOf(String key, SourcePosition fallback) {
        return positions.getOrDefault(key, fallback);
    }

    /** Where item {@code index} of list {@code key} was written, else where the key's value was. */
    public SourcePosition positionOfItem(String key, int index, SourcePosition fallback) {
        SourcePosition item = positions.get(key + "[" + index + "]");
        return item != null ? item : positionOf(key, fallback);
    }

    /** The leaflet's main department (the first it names), or {@code null}. */
    public String department() {
        return departments.isEmpty() ? null : departments.getFirst();
    }

    /** This translation's values, with anything it leaves out taken from the source language's. */
    public FrontMatter inheritFrom(FrontMatter source) {
        return new FrontMatter(
                type != null ? type : source.type,
                title,
                summary,
                code != null ? code : source.code,
                departments.isEmpty() ? source.departments : departments,
                reviewed != null ? reviewed : source.reviewed,
                reviewDue != null ? reviewDue : source.reviewDue,
                authors.isEmpty() ? source.authors : authors,
                reviewers.isEmpty() ? source.reviewers : reviewers,
                related.isEmpty() ? source.related : related,
                keywords,
                prepareDays != null ? prepareDays : source.prepareDays,
                pdfFormat != null ? pdfFormat : source.pdfFormat,
                translatedFrom,
                translatedOn,
                positions,
                updated != null ? updated : source.updated,
                contributors.isEmpty() ? source.contributors : contributors,
                prepareNote,
                inheritedMonthOnly(source),
                contacts.isEmpty() ? source.contacts : contacts,
                specialists.isEmpty() ? source.specialists : specialists,
                translatedBy,
                translationReviewedBy,
                translationReviewedOn,
                translationReviewedFrom);
    }

    /**
     * Whether this translation's current text was reviewed: a reviewer is named, and the review was of the translation
     * of the source version it records now (re-stamped after a source change, it needs a new review).
     */
    public boolean translationReviewed() {
        return translationReviewedBy != null
                && translationReviewedOn != null
                && translatedFrom != null
                && translatedFrom.equals(translationReviewedFrom);
    }

    /** Whether {@code key}'s date was written as a month. */
    public boolean isMonthOnly(String key) {
        return monthOnly.contains(key);
    }

    private Set<String> inheritedMonthOnly(FrontMatter source) {
        Set<String> keys = new HashSet<>();
        for (String key : List.of("reviewed", "review-due", "updated")) {
            boolean own = switch (key) {
                case "reviewed" -> reviewed != null;
                case "review-due" -> reviewDue != null;
                default -> updated != null;
            };
            if (own ? monthOnly.contains(key) : source.monthOnly.contains(key)) {
                keys.add(key);
            }
        }
        return keys;
    }
}
