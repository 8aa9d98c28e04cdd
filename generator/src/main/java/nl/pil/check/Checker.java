package nl.pil.check;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.pil.cache.Fingerprint;
import nl.pil.cache.KnownFiles;
import nl.pil.cache.Manifest;
import nl.pil.load.Attachments;
import nl.pil.markdown.AlertExtension;
import nl.pil.markdown.LeafletMarkdown;
import nl.pil.markdown.MarkdownLimits;
import nl.pil.model.CheckSettings;
import nl.pil.model.Content;
import nl.pil.model.Diagnostic;
import nl.pil.model.Diagnostics;
import nl.pil.model.FrontMatter;
import nl.pil.model.Leaflet;
import nl.pil.model.LeafletType;
import nl.pil.model.Reference;
import nl.pil.model.Severity;
import nl.pil.model.SiteSettings;
import nl.pil.model.SourcePosition;
import nl.pil.model.Suggest;
import nl.pil.model.Translation;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/**
 * The check stage: rules about each leaflet's content and about the content set as a whole
 * (ids, codes, departments, review dates, files beside leaflets, accessibility of the body).
 * Cross-references between leaflets are the link stage's job.
 */
public final class Checker {
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,23}");
    static final int MAX_SUMMARY = 300;
    static final int MAX_TITLE = 120;
    private final LocalDate today;
    private final boolean strict;
    private final List<Rule> rules;

    public Checker(LocalDate today) {
        this(today, false);
    }

    /**
     * @param strict the rules' warnings are errors, whatever {@code site.yaml} says ({@code pil check --strict}), as
     *               {@code checks: {strict: true}} makes them
     */
    public Checker(LocalDate today, boolean strict) {
        this.today = today;
        this.strict = strict;
        this.rules = List.of(
                new PreparationTimeRule(),
                new TranslationAlertsRule(),
                new TranslationStructureRule(),
                new CardSyntaxRule(),
                new SectionLinkRule(),
                new CardAndRelatedRule(),
                new ContactSectionRule(),
                new FaqRule(),
                new ReviewRule(today),
                new RawHtmlRule(),
                new UnfinishedRule(),
                new ImageDamagedRule(),
                new EncodingRule(),
                new ReadabilityRule(),
                new LongSentenceRule(),
                new LongWordRule(),
                new WallOfTextRule(),
                new PassiveVoiceRule(),
                new JargonRule(),
                new UncommonWordsRule());
    }

    /** The ids of the rules {@code site.yaml}'s {@code checks:} can name, with what each checks. */
    public Map<String, String> ruleDescriptions() {
        Map<String, String> descriptions = new LinkedHashMap<>();
        rules.forEach(r -> descriptions.put(r.id(), r.description()));
        return descriptions;
    }

    /** Each rule's level when {@code site.yaml} does not name it, by id, in the order of {@link #ruleDescriptions()}. */
    public Map<String, CheckSettings.Level> defaultLevels() {
        Map<String, CheckSettings.Level> levels = new LinkedHashMap<>();
        rules.forEach(r -> levels.put(r.id(), r.defaultLevel()));
        return levels;
    }

    public void check(Content content, Diagnostics diagnostics) {
        check(content, diagnostics, (Remembered) null);
    }

    /**
     * What the leaflet-local rules ({@link Rule#leafletLocal()}) found per leaflet, kept from one check to the next: by
     * a long-running process ({@code pil watch}) in memory, by builds in the output folder ({@code .pil/check.json}).
     * A leaflet whose files are the same as before (path, text and the control characters taken out of it), while the
     * site's settings, its {@code _check} files, the date, strictness and Pil itself stayed the same, gets the same
     * findings without being checked again. The rules that look across leaflets run on everything, every time.
     */
    public static final class Remembered {
        static final String MANIFEST = "check";
        private final Path previousOutput;
        private String generation = "";
        private Manifest findings = new Manifest(MANIFEST);
        private final AtomicInteger repeated = new AtomicInteger();
        // what each entry of findings says, as diagnostics: a watching process repeats the same entries check after
        // check, and turning 20,000 of them into diagnostics again was most of repeating them
        private Map<Found, List<Diagnostic>> said = Map.of();
        private final DecodedPictures pictures;

        /** An entry of the findings, known by itself: entries are not changed, and equal ones cost a deep compare. */
        private record Found(Manifest.Entry entry) {
            @Override
            public boolean equals(Object o) {
                return o instanceof Found f && f.entry == entry;
            }

            @Override
            public int hashCode() {
                return System.identityHashCode(entry);
            }
        }

        /** Kept in memory only, from check to check; pictures known by their bytes ({@link DecodedPictures}). */
        public Remembered() {
            this((KnownFiles) null);
        }

        /**
         * Kept in memory only, from check to check; pictures known by {@code stamps} (their size, times and identity)
         * while those stay the same, else by their bytes ({@link DecodedPictures}).
         */
        public Remembered(KnownFiles stamps) {
            this.previousOutput = null;
            this.pictures = DecodedPictures.byBytes(stamps);
        }

        /** Starting from what the build that wrote {@code previousOutput} kept there (nothing when it is null). */
        public Remembered(Path previousOutput) {
            this(previousOutput, null);
        }

        /**
         * Starting from what the build that wrote {@code previousOutput} kept there (nothing when it is null).
         *
         * @param files what the build knows of its input files before reading them, to know pictures that decoded in
         *              the previous build by ({@link DecodedPictures}); {@code null}: every picture is decoded
         */
        public Remembered(Path previousOutput, KnownFiles files) {
            this.previousOutput = previousOutput;
            this.pictures = files == null ? DecodedPictures.none() : DecodedPictures.byFiles(previousOutput, files);
        }

        /** Leaflets whose findings were repeated instead of checked again, since it was made. */
        public int repeated() {
            return repeated.get();
        }

        /**
         * Writes what the last check found into an output folder ({@code .pil/check.json}, and the pictures that
         * decoded in {@code .pil/pictures.json}), for the next build.
         */
        public void write(Path outputFolder) throws IOException {
            findings.write(outputFolder);
            pictures.write(outputFolder);
        }

        private Manifest before(String now) {
            if (!generation.equals(now)) {
                // another generation, or the first check: what a previous build kept, if it was of this one
                return previousOutput == null
                        ? new Manifest(MANIFEST, now)
                        : Manifest.read(previousOutput, MANIFEST, now);
            }
            return findings;
        }
    }

    /** What a leaflet-local rule reads of a leaflet: its files (path, text, what was taken out) and whether its source was unreadable. */
    private static String inputs(Leaflet leaflet, boolean sourceUnread) {
        Fingerprint f = Fingerprint.start().add(Boolean.toString(sourceUnread));
        for (Translation t : leaflet.translations().values()) {
            f.add(t.displayPath())
                    .add(t.fingerprint())
                    .add(t.controlCharacters().toString());
        }
        return f.hex();
    }

    /**
     * Starts a check whose leaflet-local part ({@link Rule#leafletLocal()} and the body's headings, links and images)
     * runs leaflet by leaflet as each leaflet's files are loaded, so that its syntax trees are read while they are
     * held ({@link nl.pil.model.KeptTrees}); {@link #check(Content, Diagnostics, LeafletChecks)} does the rest.
     *
     * @param site the site without its leaflets: settings, {@code _check} files and fingerprint as loaded
     * @param remembered findings of earlier checks of the same content folder to repeat where nothing changed; null for none
     */
    public LeafletChecks leafletChecks(Content site, Diagnostics diagnostics, Remembered remembered) {
        return new LeafletChecks(site, diagnostics, remembered);
    }

    /** @param remembered findings of earlier checks of the same content folder to repeat where nothing changed; null for none */
    public void check(Content content, Diagnostics diagnostics, Remembered remembered) {
        check(content, diagnostics, leafletChecks(content, diagnostics, remembered));
    }

    /**
     * The whole check of {@code content}: what {@code leaflets} did not check while loading is checked here (with the
     * rules that look across leaflets, which read everything, side by side).
     */
    public void check(Content content, Diagnostics diagnostics, LeafletChecks leaflets) {
        SiteSettings site = content.settings();
        checkIds(content, diagnostics);
        checkCodes(content, diagnostics);
        for (Leaflet leaflet : content.leaflets()) {
            for (Translation t : leaflet.translations().values()) {
                boolean isSource = t.lang().equals(site.sourceLanguage());
                checkMeta(t, site, isSource, diagnostics);
                checkFiles(leaflet, t, diagnostics);
            }
        }
        checkRuleNames(site.checks(), diagnostics);
        content.checkFiles().jargon().values().forEach(file -> JargonList.parse(file, diagnostics));
        // the rules only read the content and report to thread-safe diagnostics: they run side by side (the order of
        // the diagnostics is their sorted order, whoever finds them first)
        List<Leaflet> unchecked =
                content.leaflets().stream().filter(l -> !leaflets.checked(l)).toList();
        Stream.concat(
                        leaflets.across.stream().map(rule -> (Runnable) () -> leaflets.memo
                                .child()
                                .use(() -> rule.check(
                                        content, new Findings(diagnostics, rule, leaflets.checks, leaflets.pictures)))),
                        unchecked.stream().map(leaflet -> (Runnable) () ->
                                leaflets.check(leaflet, content.unreadSources().contains(leaflet.id()))))
                .toList()
                .parallelStream()
                .forEach(Runnable::run);
        leaflets.finish();
    }

    /**
     * The leaflet-local part of one check, leaflet by leaflet ({@link #check(Leaflet, boolean)}, from any thread):
     * each leaflet with a memo of its own, so what a dozen rules read of its text is worked out once and let go when
     * it is done. With {@link Remembered}, a leaflet whose files did not change gets its earlier findings instead.
     */
    public final class LeafletChecks {
        private final Content site;
        private final Diagnostics diagnostics;
        private final Remembered remembered;
        private final CheckSettings checks;
        private final List<Rule> local = new ArrayList<>();
        private final List<Rule> across = new ArrayList<>();
        private final TextMemo memo = new TextMemo();
        private final String generation;
        private final Manifest before;
        private final Manifest now;
        private final Set<Path> checked = ConcurrentHashMap.newKeySet(); // by folder: one leaflet each
        private final Map<Remembered.Found, List<Diagnostic>> said = new ConcurrentHashMap<>();
        private final DecodedPictures pictures;

        private LeafletChecks(Content site, Diagnostics diagnostics, Remembered remembered) {
            this.site = site;
            this.diagnostics = diagnostics;
            this.remembered = remembered;
            this.checks = strict
                    ? new CheckSettings(site.settings().checks().rules(), true)
                    : site.settings().checks();
            for (Rule rule : rules) {
                if (new Findings(diagnostics, rule, checks).enabled()) {
                    (rule.leafletLocal() ? local : across).add(rule);
                }
            }
            this.generation = remembered == null ? "" : generation(site, checks);
            this.before = remembered == null ? null : remembered.before(generation);
            this.now = new Manifest(Remembered.MANIFEST, generation);
            this.pictures = remembered == null ? DecodedPictures.none() : remembered.pictures;
        }

        /** Checks one leaflet's own files, once. @param sourceUnread its source-language file is there but unreadable */
        public void check(Leaflet leaflet, boolean sourceUnread) {
            if (!checked.add(leaflet.folder())) {
                return;
            }
            String key = leaflet.folder().toString();
            String inputs = remembered == null ? null : inputs(leaflet, sourceUnread);
            if (remembered != null) {
                Optional<Manifest.Entry> entry = before.get(key, inputs);
                Optional<List<Diagnostic>> known = entry.flatMap(this::foundIn);
                if (known.isPresent()) {
                    known.get().forEach(diagnostics::report);
                    now.put(key, entry.get());
                    said.put(new Remembered.Found(entry.get()), known.get());
                    remembered.repeated.incrementAndGet();
                    return;
                }
            }
            // the body checks read the leaflet's own files only: kept with what the leaflet-local rules found, so an
            // unchanged leaflet's body need not be parsed
            Diagnostics found = remembered == null ? diagnostics : new Diagnostics();
            for (Translation t : leaflet.translations().values()) {
                checkBody(t, found);
            }
            Content one = site.withLeaflets(List.of(leaflet));
            List<Findings> findings = local.stream()
                    .map(rule -> new Findings(found, rule, checks))
                    .toList();
            memo.child().use(() -> {
                for (int i = 0; i < local.size(); i++) {
                    local.get(i).check(one, findings.get(i));
                }
            });
            if (remembered != null) {
                remember(leaflet, key, inputs, found.sorted());
            }
        }

        private boolean checked(Leaflet leaflet) {
            return checked.contains(leaflet.folder());
        }

        /** Reports what the leaflet-local rules found in {@code leaflet} and keeps it, by the folder it is in. */
        private void remember(Leaflet leaflet, String key, String inputs, List<Diagnostic> found) {
            Set<String> files = new HashSet<>();
            leaflet.translations().values().forEach(t -> files.add(t.displayPath()));
            boolean attributed = true;
            for (Diagnostic d : found) {
                diagnostics.report(d);
                attributed &= files.contains(d.file());
            }
            if (attributed) { // else nothing is kept: a finding outside the leaflet's files would be lost on repeating
                Manifest.Entry entry = Manifest.Entry.of(inputs)
                        .withExtra("findings", found.stream().map(Kept::of).toList());
                now.put(key, entry);
                said.put(new Remembered.Found(entry), found);
            }
        }

        /** What this check found becomes what the next one repeats: only what this content holds (removed leaflets are let go). */
        private void finish() {
            if (remembered != null) {
                remembered.generation = generation;
                remembered.findings = now;
                remembered.said = said;
            }
        }

        /** What an entry says the leaflet-local rules found, as the last check said it if it was kept then. */
        private Optional<List<Diagnostic>> foundIn(Manifest.Entry entry) {
            List<Diagnostic> known = remembered.said.get(new Remembered.Found(entry));
            return known != null ? Optional.of(known) : Checker.foundIn(entry);
        }
    }

    /** A diagnostic as kept in {@code .pil/check.json}. */
    private record Kept(
            Severity severity, String file, int line, int column, String message, String hint, String rule) {
        static Kept of(Diagnostic d) {
            return new Kept(d.severity(), d.file(), d.line(), d.column(), d.message(), d.hint(), d.rule());
        }

        Diagnostic diagnostic() {
            return new Diagnostic(severity, file, line, column, message, hint, rule);
        }
    }

    /**
     * What an entry says the leaflet-local rules found; empty when it says nothing readable (a damaged file). Read from
     * the entry's JSON values field by field: converting them to {@link Kept} records through Jackson was most of
     * repeating 20,000 leaflets' findings.
     */
    private static Optional<List<Diagnostic>> foundIn(Manifest.Entry entry) {
        if (!(entry.extras().get("findings") instanceof List<?> kept)) {
            return Optional.empty();
        }
        List<Diagnostic> found = new ArrayList<>(kept.size());
        try {
            for (Object value : kept) {
                Map<?, ?> k = (Map<?, ?>) value;
                found.add(new Kept(
                                Severity.valueOf((String) k.get("severity")),
                                (String) k.get("file"),
                                ((Number) k.get("line")).intValue(),
                                ((Number) k.get("column")).intValue(),
                                (String) k.get("message"),
                                (String) k.get("hint"),
                                (String) k.get("rule"))
                        .diagnostic());
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return Optional.of(Collections.unmodifiableList(found));
    }

    /** What every leaflet-local rule may read besides the leaflet: when it changes, nothing remembered holds. */
    private String generation(Content content, CheckSettings checks) {
        Fingerprint f = Fingerprint.start()
                .addPil()
                .add(content.siteFingerprint())
                .add(today.toString())
                .add(Boolean.toString(checks.strict()))
                .add(checks.toString());
        for (var files :
                List.of(content.checkFiles().jargon(), content.checkFiles().commonWords())) {
            new TreeMap<>(files)
                    .forEach((lang, file) -> f.add(lang).add(file.displayPath()).add(file.text()));
        }
        return f.hex();
    }

    private void checkRuleNames(CheckSettings checks, Diagnostics diagnostics) {
        Set<String> known = ruleDescriptions().keySet();
        checks.rules().forEach((id, setting) -> {
            if (!known.contains(id)) {
                diagnostics.error(
                        setting.position(),
                        "unknown check '" + id + "' in site.yaml",
                        Suggest.didYouMean(id, known) + "checks: " + String.join(", ", known) + ", strict");
            }
        });
    }

    private static void checkIds(Content content, Diagnostics diagnostics) {
        Map<String, Leaflet> seen = new HashMap<>();
        for (Leaflet leaflet : content.leaflets()) {
            SourcePosition at = firstFile(leaflet);
            if (!Leaflet.isValidId(leaflet.id())) {
                diagnostics.error(
                        at,
                        "leaflet id '" + leaflet.id()
                                + "' (the folder name) may only hold lowercase letters, digits and dashes",
                        "rename the folder, e.g. to '" + suggestId(leaflet.id()) + "'");
            }
            if (Leaflet.RESERVED_IDS.contains(leaflet.id())) {
                diagnostics.error(
                        at,
                        "leaflet id '" + leaflet.id() + "' is taken by the site's own '" + leaflet.id() + "' page",
                        "rename the folder; the site uses "
                                + String.join(", ", new TreeSet<>(Leaflet.RESERVED_IDS))
                                + " in every language");
            }
            Leaflet earlier = seen.putIfAbsent(leaflet.id(), leaflet);
            if (earlier != null) {
                diagnostics.error(
                        at,
                        "duplicate leaflet id '" + leaflet.id() + "'",
                        "another folder with this name is " + firstFile(earlier).file()
                                + "; leaflet ids must be unique across all folders");
            }
        }
    }

    private static void checkCodes(Content content, Diagnostics diagnostics) {
        Map<String, String> owner = new HashMap<>();
        for (Leaflet leaflet : content.leaflets()) {
            leaflet.in(content.settings().sourceLanguage()).ifPresent(source -> {
                String code = source.meta().code();
                if (code == null) {
                    return;
                }
                String earlier = owner.putIfAbsent(code, leaflet.id());
                if (earlier != null && !earlier.equals(leaflet.id())) {
                    diagnostics.error(
                            source.meta().positionOf("code", SourcePosition.of(source.displayPath())),
                            "code '" + code + "' is already used by leaflet '" + earlier + "'",
                            "each leaflet needs its own handout number");
                }
            });
        }
    }

    private void checkMeta(Translation t, SiteSettings site, boolean isSource, Diagnostics diagnostics) {
        FrontMatter m = t.meta();
        SourcePosition file = SourcePosition.of(t.displayPath());
        for (var names : Map.of("authors", m.authors(), "reviewers", m.reviewers(), "contributors", m.contributors())
                .entrySet()) {
            for (String name : names.getValue()) {
                if (name.endsWith("-")) {
                    // [Afdeling Maag-, Darm- en Leverziekten] is two names to YAML: the comma ends a list item
                    diagnostics.warning(
                            m.positionOf(names.getKey(), file),
                            "'" + name + "' in '" + names.getKey() + "' ends with a dash: a comma in a name splits it",
                            "put a name with a comma in quotes: [\"Afdeling Maag-, Darm- en Leverziekten\"]");
                }
            }
        }
        if (m.prepareDays() != null && m.type() != null && m.type() != LeafletType.EXAM) {
            diagnostics.error(
                    m.positionOf("prepare-days", file),
                    "'prepare-days' is only for exams, and this leaflet is a "
                            + m.type().key(),
                    "remove 'prepare-days' or set 'type: exam'");
        }
        if (isSource && m.prepareNote() != null && m.prepareDays() == null) {
            diagnostics.error(
                    m.positionOf("prepare-note", file),
                    "'prepare-note' adds to the preparation warning, but there is none: 'prepare-days' is missing",
                    "set 'prepare-days' (how many days before the exam to read this), or write the note in the text");
        }
        if (m.reviewed() != null && m.reviewDue() != null && !m.reviewDue().isAfter(m.reviewed())) {
            diagnostics.error(
                    m.positionOf("review-due", file),
                    "'review-due' (" + m.reviewDue() + ") is not after 'reviewed' (" + m.reviewed() + ")",
                    "the next review must come after the last one");
        }
        if (m.reviewed() != null && m.reviewed().isAfter(today)) {
            diagnostics.warning(
                    m.positionOf("reviewed", file), "'reviewed' (" + m.reviewed() + ") is in the future", null);
        }
        if (m.summary() != null && m.summary().length() > MAX_SUMMARY) {
            diagnostics.warning(
                    m.positionOf("summary", file),
                    "summary is " + m.summary().length() + " characters long",
                    "keep it to one or two sentences (at most " + MAX_SUMMARY
                            + " characters): it is shown in cards and search results");
        }
        for (String key : List.of("title", "summary")) {
            String text = key.equals("title") ? m.title() : m.summary();
            int word = text == null ? 0 : MarkdownLimits.longestWord(text);
            if (word > MarkdownLimits.MAX_WORD) {
                diagnostics.error(
                        m.positionOf(key, file),
                        "'" + key + "' has a word of " + word + " characters without a space (at most "
                                + MarkdownLimits.MAX_WORD + ")",
                        "break it up with spaces");
            }
        }
        if (m.title() != null && m.title().length() > MAX_TITLE) {
            diagnostics.warning(
                    m.positionOf("title", file),
                    "title is " + m.title().length() + " characters long",
                    "keep titles under " + MAX_TITLE + " characters");
        }
        if (m.code() != null && !CODE.matcher(m.code()).matches()) {
            diagnostics.error(
                    m.positionOf("code", file),
                    "code '" + m.code() + "' is not a valid leaflet number",
                    "use letters, digits and dashes without spaces, e.g. RAD-012");
        }
        if (site.departmentsRead()) { // else the error is at site.yaml, not in every leaflet
            String known = String.join(
                    ", ", site.departments().keySet().stream().sorted().toList());
            for (int i = 0; i < m.departments().size(); i++) {
                String id = m.departments().get(i);
                if (!site.departments().containsKey(id)) {
                    diagnostics.error(
                            m.positionOfItem("department", i, file),
                            "unknown department '" + id + "'",
                            Suggest.didYouMean(id, site.departments().keySet())
                                    + (known.isEmpty()
                                            ? "add departments to site.yaml"
                                            : "departments in site.yaml: " + known));
                } else if (m.departments().indexOf(id) < i) {
                    diagnostics.warning(
                            m.positionOfItem("department", i, file),
                            "department '" + id + "' is named twice",
                            "remove the second '" + id + "'");
                }
            }
        }
    }

    private static void checkFiles(Leaflet leaflet, Translation t, Diagnostics diagnostics) {
        for (Reference ref : t.references()) {
            if (ref.kind() != Reference.Kind.FILE) {
                continue;
            }
            switch (Attachments.resolve(leaflet.folder(), ref.target())) {
                case Attachments.Refused refused ->
                    diagnostics.error(
                            ref.position(),
                            refused.message(),
                            refused.hint() != null
                                    ? refused.hint()
                                    : "put it beside "
                                            + Path.of(t.displayPath()).getFileName()
                                            + " or fix the name; to link a leaflet, use its id, e.g. (ct-scan)");
                case Attachments.Found found -> {} // a damaged image is the image-damaged rule's
            }
        }
    }

    /** Link targets a patient's browser may follow; others (javascript:, data:, file:) run code or reach nothing. */
    static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel");

    private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):.*", Pattern.DOTALL);

    private static void checkScheme(String destination, SourcePosition at, String what, Diagnostics diagnostics) {
        // browsers ignore tabs, line ends and leading spaces in a scheme: "java\tscript:" is "javascript:"
        String squeezed = destination.strip().replaceAll("[\\t\\n\\r]", "");
        Matcher m = SCHEME.matcher(squeezed);
        if (m.matches() && !LINK_SCHEMES.contains(m.group(1).toLowerCase(Locale.ROOT))) {
            diagnostics.error(
                    at,
                    what + " to a '" + m.group(1).toLowerCase(Locale.ROOT) + ":' address is not allowed",
                    "use a web address (https://…), mailto:, tel:, a leaflet id or a file beside the leaflet; other addresses can run code in the patient's browser");
        }
    }

    private static void checkBody(Translation t, Diagnostics diagnostics) {
        if (t.bodyText().isBlank()) { // not an empty tree: a body over the limits is left unparsed, with its own error
            diagnostics.warning(
                    new SourcePosition(t.displayPath(), t.bodyFirstLine(), 1), "the leaflet has no text", null);
        }
        t.body().accept(new AbstractVisitor() {
            int previousLevel = 1;

            @Override
            public void visit(Heading heading) {
                SourcePosition at = at(heading);
                if (heading.getLevel() == 1) {
                    diagnostics.warning(
                            at,
                            "a '#' heading in the body repeats the page title level",
                            "the title comes from front matter; start sections with '##'");
                } else if (heading.getLevel() > previousLevel + 1) {
                    diagnostics.warning(
                            at,
                            "heading level jumps from " + previousLevel + " to " + heading.getLevel(),
                            "screen reader users navigate by headings: use '" + "#".repeat(previousLevel + 1)
                                    + "' here");
                }
                previousLevel = heading.getLevel();
                visitChildren(heading);
            }

            @Override
            public void visit(Link link) {
                checkScheme(link.getDestination(), at(link), "link", diagnostics);
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                checkScheme(image.getDestination(), at(image), "image", diagnostics);
                String type = LeafletMarkdown.isLocalFile(image.getDestination())
                        ? Attachments.type(image.getDestination().replaceAll("[?#].*", ""))
                        : null;
                if (type != null && Attachments.TYPES.contains(type) && !Attachments.IMAGE_TYPES.contains(type)) {
                    diagnostics.error(
                            at(image),
                            "'" + image.getDestination() + "' cannot be shown as an image",
                            "images must be PNG, JPEG or GIF; link other files instead: [description]("
                                    + image.getDestination() + ")");
                }
                if (image.getFirstChild() == null) {
                    diagnostics.warning(
                            at(image),
                            "image has no description (alt text)",
                            "describe the image for people who cannot see it: ![description](" + image.getDestination()
                                    + ")");
                }
                visitChildren(image);
            }

            @Override
            public void visit(BlockQuote quote) {
                AlertExtension.markerOf(quote)
                        .ifPresent(word -> diagnostics.warning(
                                at(quote),
                                "unknown call-out type '" + word + "', shown as a quote",
                                "use NOTE, TIP, IMPORTANT, WARNING or CAUTION"));
                visitChildren(quote);
            }

            private SourcePosition at(Node node) {
                return t.positionOf(node);
            }
        });
    }

    private static SourcePosition firstFile(Leaflet leaflet) {
        return leaflet.translations().values().stream()
                .findFirst()
                .map(t -> SourcePosition.of(t.displayPath()))
                .orElse(SourcePosition.of(leaflet.folder().toString()));
    }

    private static String suggestId(String id) {
        String s = Normalizer.normalize(id, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "leaflet" : s;
    }
}
