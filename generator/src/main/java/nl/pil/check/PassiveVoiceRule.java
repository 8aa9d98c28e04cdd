package nl.pil.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.pil.model.CheckSettings;
import nl.pil.model.Content;
import nl.pil.model.Languages;
import nl.pil.model.Leaflet;
import nl.pil.model.Translation;
import org.commonmark.node.Paragraph;

/**
 * Paragraphs that say mostly what "is done" instead of who does it. A sentence counts as passive when it has a form of
 * the passive auxiliary and a past participle close to it: Dutch {@code worden}/{@code zijn} ("wordt", "werd", "is",
 * "zijn" …) with a participle ge…d/t/en (also after a separable part: "uitgevoerd", "opgenomen") or be-/ver-/ont-/her-…d/t
 * within 12 words in the same sentence (Dutch puts them far apart: "De tumor wordt tijdens de operatie verwijderd");
 * English {@code be} ("is", "are", "was", "been" …) with a word in -ed or an irregular participle ("given", "taken") at
 * most 3 words after it. A paragraph is passive-heavy when at least {@code min-passive} (2) of its sentences are passive
 * and they are more than {@code max-percent} (50, so: more than half) of its sentences.
 *
 * <p>Limits: words, not grammar. "zijn" is also "his" and makes the active perfect of some verbs ("is uitgezaaid",
 * "is gegaan": a list of such verbs is left out); nouns that look like participles ("gevolgen", "gewicht") are left
 * out after an article or a small list; English adjectives in -ed ("you are worried") count. Hence a warning per
 * paragraph, never per sentence.
 */
final class PassiveVoiceRule extends Rule {
    static final int MAX_PERCENT = 50;
    static final int MIN_PASSIVE = 2;

    private static final Set<String> NL_AUX = Set.of(
            "word",
            "wordt",
            "worden",
            "werd",
            "werden",
            "geworden",
            "ben",
            "bent",
            "is",
            "zijn",
            "was",
            "waren",
            "geweest");
    private static final Pattern NL_PARTICIPLE = Pattern.compile(
            "(?:aan|af|in|op|uit|mee|na|door|terug|voor|weg|toe|over|om|bij|vast|klaar|schoon|dicht)?ge\\p{L}{2,}(?:d|t|en)"
                    + "|(?:be|ver|ont|her)\\p{L}{3,}[dt]"
                    + "|besproken|beschreven|vergeten|verboden|verbonden|ontvangen|bevonden|verkregen|bezocht");
    /** Active perfects with "zijn" and nouns that look like participles. */
    private static final Set<String> NL_NOT_PASSIVE = Set.of(
            "gegaan",
            "gekomen",
            "geweest",
            "gebleven",
            "geworden",
            "gegroeid",
            "geslaagd",
            "gelukt",
            "gebeurd",
            "genezen",
            "gestopt",
            "gestorven",
            "geboren",
            "gevallen",
            "gevolgd",
            "uitgezaaid",
            "teruggekomen",
            "opgestaan",
            "ontstaan",
            "overleden",
            "begonnen",
            "verdwenen",
            "veranderd",
            "verhuisd",
            "vertrokken",
            "hersteld",
            "bevallen",
            "gewend",
            "gewicht",
            "gezicht",
            "gebied",
            "gebit",
            "geld",
            "gedrag",
            "gevolgen",
            "gegevens",
            "gevoelens",
            "geneesmiddelen",
            "gezondheid",
            "gedeelte",
            "gevaarlijk",
            "gelegen",
            "geheugen",
            "gedachten",
            "geduld",
            "gezegd",
            "gewoon",
            "gerust",
            "geschikt",
            "bekend",
            "belangrijk",
            "verstandig",
            "bereikbaar",
            "benauwd",
            "bezorgd",
            "verantwoord",
            "verplicht",
            "bedoeld");

    private static final Set<String> NL_DETERMINERS = Set.of(
            "de", "het", "een", "uw", "je", "jouw", "zijn", "haar", "hun", "ons", "onze", "deze", "die", "dit", "dat",
            "veel", "weinig", "geen", "alle", "elk", "elke", "welke", "meer", "andere", "twee", "drie", "erg", "heel",
            "zeer", "te", "niet");

    private static final Set<String> EN_AUX = Set.of("am", "is", "are", "was", "were", "be", "been", "being");
    private static final Set<String> EN_IRREGULAR = Set.of(
            "given",
            "taken",
            "done",
            "made",
            "seen",
            "known",
            "shown",
            "written",
            "put",
            "cut",
            "found",
            "told",
            "left",
            "held",
            "kept",
            "sent",
            "brought",
            "felt",
            "bought",
            "caught",
            "taught",
            "spent",
            "built",
            "hurt",
            "set",
            "fed",
            "led",
            "drawn",
            "grown",
            "thrown",
            "chosen",
            "spoken",
            "broken",
            "frozen",
            "worn",
            "torn",
            "born",
            "paid",
            "said",
            "heard",
            "meant",
            "shut",
            "hit",
            "bitten",
            "eaten",
            "driven",
            "undergone",
            "removed");
    private static final Set<String> EN_NOT_PASSIVE = Set.of(
            "need",
            "feed",
            "seed",
            "speed",
            "hundred",
            "breed",
            "exceed",
            "proceed",
            "indeed",
            "succeed",
            "bleed",
            "tired",
            "worried",
            "concerned",
            "interested",
            "pleased",
            "scared",
            "surprised",
            "used",
            "married",
            "allowed",
            "supposed",
            "bed",
            "red",
            "shed",
            "wed",
            "limited",
            "advanced",
            "related",
            "based",
            "detailed",
            "required",
            "qualified",
            "experienced",
            "ashamed",
            "afraid");

    PassiveVoiceRule() {
        super(
                "passive-voice",
                CheckSettings.Level.WARNING,
                "Dutch and English paragraphs say who does what: at most 'max-percent' (" + MAX_PERCENT
                        + ") of their sentences passive");
    }

    @Override
    boolean leafletLocal() {
        return true;
    }

    @Override
    public void check(Content content, Findings findings) {
        int maxPercent = findings.threshold("max-percent", MAX_PERCENT);
        int minPassive = findings.threshold("min-passive", MIN_PASSIVE);
        for (Leaflet leaflet : content.leaflets()) {
            for (Translation t : leaflet.translations().values()) {
                String lang = Languages.base(t.lang());
                if (!lang.equals("nl") && !lang.equals("en")) {
                    continue;
                }
                for (BlockText block : Prose.blocks(t)) {
                    if (!(block.block() instanceof Paragraph)) {
                        continue;
                    }
                    List<Prose.Sentence> sentences = Prose.sentences(block);
                    List<String> passive = new ArrayList<>();
                    for (Prose.Sentence s : sentences) {
                        passive(s, lang).ifPresent(passive::add);
                    }
                    if (passive.size() >= minPassive && passive.size() * 100 > maxPercent * sentences.size()) {
                        findings.report(
                                t.positionOf(block.block()),
                                passive.size() + " of " + sentences.size()
                                        + " sentences in this paragraph are passive ("
                                        + String.join(
                                                ", ",
                                                passive.stream()
                                                        .limit(3)
                                                        .map(p -> "'" + p + "'")
                                                        .toList())
                                        + ")",
                                lang.equals("nl")
                                        ? "say who does what: 'de chirurg verwijdert de tumor' instead of 'de tumor wordt verwijderd'"
                                        : "say who does what: 'the surgeon removes the tumour' instead of 'the tumour is removed'");
                    }
                }
            }
        }
    }

    /** The auxiliary and participle that make a sentence passive, e.g. "wordt … verwijderd". */
    static Optional<String> passive(Prose.Sentence sentence, String lang) {
        List<Prose.Word> sentenceWords = sentence.words();
        int n = sentenceWords.size();
        String[] words = new String[n];
        for (int i = 0; i < n; i++) {
            words[i] = sentenceWords.get(i).lower();
        }
        // whether a word may be a Dutch participle: asked for each word near each auxiliary, worked out once
        byte[] participle = new byte[n]; // 0: not yet known, 1: yes, 2: no
        for (int i = 0; i < n; i++) {
            String aux = words[i];
            if (lang.equals("nl") && NL_AUX.contains(aux)) {
                for (int j = Math.max(0, i - 12); j < Math.min(n, i + 13); j++) {
                    if (j != i && dutchParticiple(words, j, participle)) {
                        String w = words[j];
                        return Optional.of(j < i ? w + " … " + aux : aux + (j == i + 1 ? " " : " … ") + w);
                    }
                }
            }
            if (lang.equals("en") && EN_AUX.contains(aux)) {
                for (int j = i + 1; j < Math.min(n, i + 4); j++) {
                    String w = words[j];
                    if ((EN_IRREGULAR.contains(w) || (w.length() > 4 && w.endsWith("ed")))
                            && !EN_NOT_PASSIVE.contains(w)
                            && !w.endsWith("eed")) {
                        return Optional.of(aux + (j == i + 1 ? " " : " … ") + w);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean dutchParticiple(String[] words, int j, byte[] known) {
        if (known[j] == 0) {
            String w = words[j];
            boolean is = NL_PARTICIPLE.matcher(w).matches()
                    && !NL_NOT_PASSIVE.contains(w)
                    && !w.endsWith("heid")
                    && !w.endsWith("end")
                    && !w.endsWith("lijk")
                    && (j == 0 || !NL_DETERMINERS.contains(words[j - 1]));
            known[j] = (byte) (is ? 1 : 2);
        }
        return known[j] == 1;
    }
}
