package nl.pil.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.pil.model.CheckSettings;
import nl.pil.model.Content;
import nl.pil.model.Leaflet;
import nl.pil.model.SourcePosition;
import nl.pil.model.Translation;
import org.commonmark.node.Heading;

/**
 * Reading ease per leaflet and per {@code ##} section ({@link Readability}): a warning when a leaflet scores below
 * {@code min-score} (60, the B1 target) or a section below {@code section-min-score} (50: a few sentences give a score
 * that varies more, so only a clearly hard section is named), for texts of at least {@code min-words} words (40).
 */
final class ReadabilityRule extends Rule {
    static final int MIN_SCORE = 60;
    static final int SECTION_MIN_SCORE = 50;
    static final int MIN_WORDS = 40;
    private static final int SHOWN = 2;

    ReadabilityRule() {
        super(
                "readability",
                CheckSettings.Level.WARNING,
                "Dutch and English leaflets and sections score at least 'min-score' (" + MIN_SCORE
                        + ", B1) on Flesch-Douma / Flesch Reading Ease");
    }

    @Override
    boolean leafletLocal() {
        return true;
    }

    @Override
    public void check(Content content, Findings findings) {
        int minScore = findings.threshold("min-score", MIN_SCORE);
        int sectionMinScore = findings.threshold("section-min-score", SECTION_MIN_SCORE);
        int minWords = findings.threshold("min-words", MIN_WORDS);
        for (Leaflet leaflet : content.leaflets()) {
            for (Translation t : leaflet.translations().values()) {
                if (Readability.formula(t.lang()).isEmpty()) {
                    continue; // not measured: no formula is calibrated for this language
                }
                Map<Heading, List<Prose.Sentence>> sections = new LinkedHashMap<>();
                List<Prose.Sentence> all = new ArrayList<>();
                for (BlockText block : Prose.blocks(t)) {
                    List<Prose.Sentence> sentences = Prose.sentences(block);
                    all.addAll(sentences);
                    Heading section = Prose.sectionOf(block.block());
                    if (section != null) {
                        sections.computeIfAbsent(section, h -> new ArrayList<>())
                                .addAll(sentences);
                    }
                }
                Optional<Readability.Score> whole = Readability.of(all, t.lang());
                if (whole.isPresent()
                        && whole.get().words() >= minWords
                        && whole.get().value() < minScore) {
                    Readability.Score s = whole.get();
                    findings.report(
                            new SourcePosition(t.displayPath(), t.bodyFirstLine(), 1),
                            "the leaflet scores " + s.rounded() + " on "
                                    + s.formula().title() + " (" + s.band() + "), below the B1 target of " + minScore
                                    + "; hardest: " + hardest(s, SHOWN, minScore, t.lang()),
                            "write shorter sentences (at most 15 words on average) and shorter words");
                }
                sections.forEach((heading, sentences) -> Readability.of(sentences, t.lang())
                        .filter(s -> s.words() >= minWords && s.value() < sectionMinScore)
                        .ifPresent(s -> findings.report(
                                t.positionOf(heading),
                                "section '" + title(t, heading) + "' scores " + s.rounded() + " on "
                                        + s.formula().title() + " (" + s.band() + "), below " + sectionMinScore
                                        + "; hardest: " + hardest(s, 1, sectionMinScore, t.lang()),
                                "write shorter sentences and shorter words in this section")));
            }
        }
    }

    private static String title(Translation t, Heading heading) {
        return BlockText.of(t).stream()
                .filter(b -> b.block() == heading)
                .findFirst()
                .map(b -> b.text().strip())
                .orElse("");
    }

    /** The hardest sentences that score below {@code below} on their own. */
    private static String hardest(Readability.Score score, int count, int below, String lang) {
        String shown = score.sentences().stream()
                .filter(s -> Readability.scoreOf(s, lang).orElse(0.0) < below)
                .map(s -> "line " + s.position().line() + " '" + shorten(s.text(), 60) + "'")
                .distinct()
                .limit(count)
                .collect(Collectors.joining(", "));
        return shown.isEmpty()
                ? "no single long sentence (of " + Readability.HARDEST_MIN_WORDS + " words or more): the words are long"
                : shown;
    }

    static String shorten(String text, int max) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1).stripTrailing() + "…";
    }
}
