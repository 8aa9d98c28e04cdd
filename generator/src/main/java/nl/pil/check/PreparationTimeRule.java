package nl.pil.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.pil.model.CheckSettings;
import nl.pil.model.Content;
import nl.pil.model.FrontMatter;
import nl.pil.model.Leaflet;
import nl.pil.model.LeafletType;
import nl.pil.model.SourcePosition;
import nl.pil.model.Translation;

/**
 * The preparation time an exam leaflet states must be one: the notice printed from {@code prepare-days} ("read this
 * at least 3 days before your exam") and what the body asks ("stop 7 days before the examination") may not
 * disagree, and a translation must name the same times as its source. A patient who prepares too late has the exam
 * cancelled, or worse.
 */
final class PreparationTimeRule extends Rule {

    PreparationTimeRule() {
        super(
                "preparation-time",
                CheckSettings.Level.ERROR,
                "times before the exam in the body agree with 'prepare-days' and with the source language");
    }

    @Override
    boolean leafletLocal() {
        return true;
    }

    @Override
    public void check(Content content, Findings findings) {
        String sourceLang = content.settings().sourceLanguage();
        for (Leaflet leaflet : content.leaflets()) {
            Optional<Translation> source = leaflet.in(sourceLang);
            List<Found> sourcePhrases = source.filter(s -> PreparationTimes.knows(sourceLang))
                    .map(PreparationTimeRule::phrases)
                    .orElse(List.of());
            for (Translation t : leaflet.translations().values()) {
                if (!PreparationTimes.knows(t.lang())) {
                    continue;
                }
                FrontMatter meta = source.filter(s -> s != t)
                        .map(s -> t.meta().inheritFrom(s.meta()))
                        .orElse(t.meta());
                List<Found> phrases = source.isPresent() && source.get() == t ? sourcePhrases : phrases(t);
                if (meta.type() == LeafletType.EXAM) {
                    checkAgainstField(t, meta.prepareDays(), fieldPosition(t, source), phrases, findings);
                }
                if (source.isPresent() && source.get() != t && PreparationTimes.knows(sourceLang)) {
                    checkAgainstSource(t, phrases, source.get(), sourcePhrases, findings);
                }
            }
        }
    }

    private record Found(PreparationTimes.Phrase phrase, SourcePosition at) {}

    private static List<Found> phrases(Translation t) {
        List<Found> found = new ArrayList<>();
        for (BlockText block : BlockText.of(t)) {
            for (PreparationTimes.Phrase p : PreparationTimes.find(block.text(), t.lang())) {
                found.add(new Found(p, block.positionAt(p.start())));
            }
        }
        return found;
    }

    private static SourcePosition fieldPosition(Translation t, Optional<Translation> source) {
        Translation owner = t.meta().prepareDays() != null || source.isEmpty() ? t : source.get();
        return owner.meta().positionOf("prepare-days", SourcePosition.of(owner.displayPath()));
    }

    private static void checkAgainstField(
            Translation t, Integer prepareDays, SourcePosition field, List<Found> phrases, Findings findings) {
        for (Found f : phrases) {
            PreparationTimes.Phrase p = f.phrase();
            if (!p.namesAppointment() && !p.aboutReading()) {
                continue; // "bel minstens 24 uur van tevoren" may be about cancelling, not preparing
            }
            if (prepareDays == null) {
                findings.report(
                        f.at(),
                        "'" + p.text()
                                + "': the leaflet asks for preparation before the exam but has no 'prepare-days'",
                        "add 'prepare-days: " + Math.max(1, p.days())
                                + "' to the front matter: the page and handout then tell patients to read it in time");
            } else if (p.aboutReading() && p.hours() != prepareDays * 24) {
                findings.report(
                        f.at(),
                        "'" + p.text() + "' contradicts 'prepare-days: " + prepareDays + "' (" + field.line() + ":"
                                + field.column() + "): patients would read two different times",
                        "the notice at the top is printed from 'prepare-days'; remove this sentence, or correct 'prepare-days'");
            } else if (p.hours() > prepareDays * 24) {
                findings.report(
                        f.at(),
                        "'" + p.text() + "' is earlier than 'prepare-days: " + prepareDays
                                + "': a patient who reads the leaflet " + prepareDays
                                + (prepareDays == 1 ? " day" : " days")
                                + " before is too late",
                        "set 'prepare-days: " + p.days() + "' (or more)");
            }
        }
    }

    private static void checkAgainstSource(
            Translation t, List<Found> phrases, Translation source, List<Found> sourcePhrases, Findings findings) {
        List<Integer> ours =
                phrases.stream().map(f -> f.phrase().hours()).sorted().toList();
        List<Integer> theirs =
                sourcePhrases.stream().map(f -> f.phrase().hours()).sorted().toList();
        if (ours.equals(theirs)) {
            return;
        }
        SourcePosition at = phrases.stream()
                .filter(f -> !theirs.contains(f.phrase().hours()))
                .map(Found::at)
                .findFirst()
                .orElse(new SourcePosition(t.displayPath(), t.bodyFirstLine(), 1));
        findings.report(
                at,
                "the translation names " + describe(ours) + " before the exam where the source (" + source.lang()
                        + ") names " + describe(theirs),
                "translate every preparation time of " + source.displayPath()
                        + " exactly; a wrong time makes patients prepare too late");
    }

    private static String describe(List<Integer> hours) {
        return hours.isEmpty()
                ? "no time"
                : String.join(
                        ", ", hours.stream().map(PreparationTimes::describe).toList());
    }
}
