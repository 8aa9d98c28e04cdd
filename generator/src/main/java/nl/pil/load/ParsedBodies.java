package nl.pil.load;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import nl.pil.cache.Fingerprint;
import nl.pil.cache.Manifest;
import nl.pil.model.Diagnostic;
import nl.pil.model.FrontMatter;
import nl.pil.model.LeafletType;
import nl.pil.model.PageFormat;
import nl.pil.model.Reference;
import nl.pil.model.SectionLink;
import nl.pil.model.Severity;
import nl.pil.model.SourcePosition;

/**
 * What parsing each leaflet file gave besides its body's syntax tree: its front matter as read, the links, cards and
 * files the body points to, its links to sections, the anchors of its headings and the problems parsing found. Kept
 * from one build to the next in the output folder ({@code .pil/parse.json}), by the fingerprint of the file (its text,
 * what was taken out of it, where it is and the site's languages) and Pil itself. A file whose fingerprint is the same
 * is not parsed while loading, neither its front matter (YAML) nor its body: every stage that looks at every leaflet
 * (links, cards, section links, the up-to-date pages) needs only these, and the tree is parsed when a page of the
 * leaflet is made again ({@link nl.pil.model.ParsedBody}).
 */
public final class ParsedBodies {
    static final String MANIFEST = "parse";
    private static final String FACTS = "facts";
    private static final String FILE = "file";
    private static final String TEXT = "text";
    private static final String LINE = "line";
    // each file's facts are one text inside the manifest (FactsCodec): held as a text until a build reads them, not as
    // the tree of maps and lists the manifest makes of other extras (which for 40,000 files with their front matter
    // did not fit the heap a large site can be built in)

    private final Manifest before;
    private final Manifest now;
    private final AtomicInteger reused = new AtomicInteger();
    private final AtomicInteger headsReused = new AtomicInteger();
    private final AtomicInteger unread = new AtomicInteger();

    /** Nothing known: every file is parsed, and what it gave kept. */
    public ParsedBodies() {
        this(null);
    }

    /** Starting from what the build that wrote {@code previousOutput} kept there (nothing when it is null). */
    public ParsedBodies(Path previousOutput) {
        String version = Fingerprint.start().addPil().hex(); // a new Pil may parse differently
        before = Manifest.read(previousOutput, MANIFEST, version);
        now = new Manifest(MANIFEST, version);
    }

    /** A link, card or file the body points to. */
    record Ref(Reference.Kind kind, String target, int line, int column) {}

    /** A link to a section. */
    record Section(String destination, String leafletId, String fragment, int line, int column) {}

    /** A problem parsing found. */
    record Problem(Severity severity, int line, int column, String message, String hint) {}

    /**
     * The front matter as read ({@link FrontMatter}, as kept: dates as text, positions without the file, which is the
     * file's own) and what reading it reported: reading the YAML of 40,000 files was a quarter of a build after a small
     * edit. The positions are one list of key, line and column after each other.
     */
    record Head(
            LeafletType type,
            String title,
            String summary,
            String code,
            List<String> departments,
            String reviewed,
            String reviewDue,
            List<String> authors,
            List<String> reviewers,
            List<String> related,
            List<String> keywords,
            Integer prepareDays,
            PageFormat pdfFormat,
            String translatedFrom,
            String translatedOn,
            List<Object> positions,
            String updated,
            List<String> contributors,
            String prepareNote,
            List<String> monthOnly,
            List<String> contacts,
            List<String> specialists,
            String translatedBy,
            String translationReviewedBy,
            String translationReviewedOn,
            String translationReviewedFrom,
            List<Problem> problems) {
        Head {
            // left out when empty
            departments = orEmpty(departments);
            authors = orEmpty(authors);
            reviewers = orEmpty(reviewers);
            related = orEmpty(related);
            keywords = orEmpty(keywords);
            positions = orEmpty(positions);
            contributors = orEmpty(contributors);
            monthOnly = orEmpty(monthOnly);
            contacts = orEmpty(contacts);
            specialists = orEmpty(specialists);
            problems = orEmpty(problems);
        }

        private static <T> List<T> orEmpty(List<T> list) {
            return list == null ? List.of() : list;
        }

        /**
         * {@code meta} and {@code problems} as kept; empty when they cannot be: a position or problem in another file,
         * or a problem of a check rule (neither comes from reading front matter today, and would be lost).
         */
        static Optional<Head> of(FrontMatter meta, List<Diagnostic> problems, String file) {
            List<Object> positions = new ArrayList<>();
            for (Map.Entry<String, SourcePosition> p : new TreeMap<>(meta.positions()).entrySet()) {
                if (!file.equals(p.getValue().file())) {
                    return Optional.empty();
                }
                positions.add(p.getKey());
                positions.add(p.getValue().line());
                positions.add(p.getValue().column());
            }
            if (problems.stream().anyMatch(d -> !file.equals(d.file()) || d.rule() != null)) {
                return Optional.empty();
            }
            return Optional.of(new Head(
                    meta.type(),
                    meta.title(),
                    meta.summary(),
                    meta.code(),
                    meta.departments(),
                    text(meta.reviewed()),
                    text(meta.reviewDue()),
                    meta.authors(),
                    meta.reviewers(),
                    meta.related(),
                    meta.keywords(),
                    meta.prepareDays(),
                    meta.pdfFormat(),
                    meta.translatedFrom(),
                    text(meta.translatedOn()),
                    positions,
                    text(meta.updated()),
                    meta.contributors(),
                    meta.prepareNote(),
                    List.copyOf(new TreeSet<>(meta.monthOnly())),
                    meta.contacts(),
                    meta.specialists(),
                    meta.translatedBy(),
                    meta.translationReviewedBy(),
                    text(meta.translationReviewedOn()),
                    meta.translationReviewedFrom(),
                    problems.stream()
                            .map(d -> new Problem(d.severity(), d.line(), d.column(), d.message(), d.hint()))
                            .toList()));
        }

        /**
         * The front matter of {@code file} as it was read.
         *
         * @throws RuntimeException when the entry is damaged (a missing list, a date that is not one)
         */
        FrontMatter frontMatter(String file) {
            Map<String, SourcePosition> at = new HashMap<>();
            for (int i = 0; i + 2 < positions.size(); i += 3) {
                at.put(
                        (String) positions.get(i),
                        new SourcePosition(
                                file,
                                ((Number) positions.get(i + 1)).intValue(),
                                ((Number) positions.get(i + 2)).intValue()));
            }
            return new FrontMatter(
                    type,
                    title,
                    summary,
                    code,
                    departments,
                    date(reviewed),
                    date(reviewDue),
                    authors,
                    reviewers,
                    related,
                    keywords,
                    prepareDays,
                    pdfFormat,
                    translatedFrom,
                    date(translatedOn),
                    at,
                    date(updated),
                    contributors,
                    prepareNote,
                    Set.copyOf(monthOnly),
                    contacts,
                    specialists,
                    translatedBy,
                    translationReviewedBy,
                    date(translationReviewedOn),
                    translationReviewedFrom);
        }

        List<Diagnostic> problems(String file) {
            return problems.stream()
                    .map(p -> new Diagnostic(p.severity(), file, p.line(), p.column(), p.message(), p.hint()))
                    .toList();
        }

        private static String text(LocalDate date) {
            return date == null ? null : date.toString();
        }

        private static LocalDate date(String text) {
            return text == null ? null : LocalDate.parse(text);
        }
    }

    /**
     * What parsing one file's body gave; for a file in the source language, its {@code SourceVersion} too; and its
     * front matter as read ({@code null} when not kept).
     */
    record Facts(
            List<Ref> references,
            List<Section> sectionLinks,
            List<String> anchors,
            List<Problem> problems,
            String sourceVersion,
            Head head) {
        static Facts of(
                List<Reference> references,
                List<SectionLink> sectionLinks,
                List<String> anchors,
                List<Diagnostic> problems,
                String sourceVersion,
                Head head) {
            return new Facts(
                    references.stream()
                            .map(r -> new Ref(
                                    r.kind(),
                                    r.target(),
                                    r.position().line(),
                                    r.position().column()))
                            .toList(),
                    sectionLinks.stream()
                            .map(s -> new Section(
                                    s.destination(), s.leafletId(), s.fragment(), s.at().line(), s.at().column()))
                            .toList(),
                    anchors,
                    problems.stream()
                            .map(d -> new Problem(d.severity(), d.line(), d.column(), d.message(), d.hint()))
                            .toList(),
                    sourceVersion,
                    head);
        }

        List<Reference> references(String file) {
            return references.stream()
                    .map(r -> new Reference(r.kind(), r.target(), new SourcePosition(file, r.line(), r.column())))
                    .toList();
        }

        List<SectionLink> sectionLinks(String file) {
            return sectionLinks.stream()
                    .map(s -> new SectionLink(
                            s.destination(),
                            s.leafletId(),
                            s.fragment(),
                            new SourcePosition(file, s.line(), s.column())))
                    .toList();
        }

        List<Diagnostic> problems(String file) {
            return problems.stream()
                    .map(p -> new Diagnostic(p.severity(), file, p.line(), p.column(), p.message(), p.hint()))
                    .toList();
        }

        boolean complete() {
            return references != null
                    && sectionLinks != null
                    && anchors != null
                    && problems != null
                    && Stream.of(references, sectionLinks, anchors, problems)
                            .allMatch(l -> l.stream().allMatch(Objects::nonNull));
        }
    }

    /** What the previous build kept for this file, if its fingerprint is the same. */
    Optional<Facts> known(String key, String fingerprint) {
        return before.get(key, fingerprint).flatMap(this::facts);
    }

    private Optional<Facts> facts(Manifest.Entry entry) {
        if (!(entry.extras().get(FACTS) instanceof String text)) {
            return Optional.empty();
        }
        try {
            Optional<Facts> facts = Optional.of(FactsCodec.decode(text)).filter(Facts::complete);
            facts.ifPresent(f -> reused.incrementAndGet());
            return facts;
        } catch (RuntimeException e) {
            return Optional.empty(); // a damaged entry only costs a parse
        }
    }

    /**
     * Which file a file's facts were made from, when the build knows it without reading it: the up-to-date check's
     * fingerprint of the file ({@code file}), the fingerprint of its text as loaded ({@code text}) and the line its
     * body starts on. Kept only for a file nothing was taken out of (no control characters).
     */
    record Source(String file, String text, int bodyFirstLine) {}

    /** What the previous build kept of a file not read: its facts, where its body starts and its fingerprints. */
    record Unread(Facts facts, Source source, String fingerprint) {}

    /**
     * What the previous build kept for this file if it made it from the file the up-to-date check now knows by
     * {@code file} (not read again), and {@code fingerprintOf} the text it kept gives the fingerprint it was kept under
     * (the same languages, say); with its front matter, else empty (the file is then read).
     */
    Optional<Unread> unread(String key, String file, UnaryOperator<String> fingerprintOf) {
        Manifest.Entry entry = before.get(key).orElse(null);
        if (entry == null
                || !file.equals(entry.extras().get(FILE))
                || !(entry.extras().get(TEXT) instanceof String text)
                || !(entry.extras().get(LINE) instanceof Number line)
                || !entry.fingerprint().equals(fingerprintOf.apply(text))) {
            return Optional.empty();
        }
        return facts(entry)
                .filter(facts -> facts.head() != null)
                .map(facts -> new Unread(facts, new Source(file, text, line.intValue()), entry.fingerprint()));
    }

    /**
     * Keeps for the next build what the previous one kept for this file ({@link #known} found it): its entry as it was
     * read, not converted to {@link Facts} and back, which for 40,000 files cost more than reading them.
     *
     * @param source which file it was made from, or null when that is not known
     */
    Manifest.Entry keepAsBefore(String key, String fingerprint, Source source) {
        Manifest.Entry entry = before.get(key, fingerprint).orElse(null);
        if (entry != null) {
            entry = withSource(entry, source);
            now.put(key, entry);
        }
        return entry;
    }

    /** {@code entry} saying which file it was made from (as it is when it says so already). */
    private static Manifest.Entry withSource(Manifest.Entry entry, Source source) {
        Map<String, Object> extras = entry.extras();
        if (source == null
                || (source.file().equals(extras.get(FILE))
                        && source.text().equals(extras.get(TEXT))
                        && extras.get(LINE) instanceof Number line
                        && line.intValue() == source.bodyFirstLine())) {
            return entry;
        }
        return entry.withExtra(FILE, source.file())
                .withExtra(TEXT, source.text())
                .withExtra(LINE, source.bodyFirstLine());
    }

    /**
     * Keeps what a file's body gave, for the next build.
     *
     * @param record what this returned for the same facts before (a watching process keeps it with the file), or null
     * @param source which file they were made from, or null when that is not known
     * @return the entry kept
     */
    Manifest.Entry keep(String key, String fingerprint, Facts facts, Manifest.Entry record, Source source) {
        Manifest.Entry entry = withSource(
                record != null && record.fingerprint().equals(fingerprint)
                        ? record
                        : Manifest.Entry.of(fingerprint).withExtra(FACTS, FactsCodec.encode(facts)),
                source);
        now.put(key, entry);
        return entry;
    }

    void unreadFile() {
        unread.incrementAndGet();
    }

    /** Files that were not read while loading (the up-to-date check knew them unchanged), since this was made. */
    public int unread() {
        return unread.get();
    }

    void headReused() {
        headsReused.incrementAndGet();
    }

    /** Files whose front matter was not read as YAML while loading, since this was made. */
    public int headsReused() {
        return headsReused.get();
    }

    /** Files whose body was not parsed while loading, since this was made. */
    public int reused() {
        return reused.get();
    }

    /** Writes what the last load kept into an output folder ({@code .pil/parse.json}), for the next build. */
    public void write(Path outputFolder) throws IOException {
        now.write(outputFolder);
    }
}
