package nl.pil.check;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import nl.pil.model.CheckSettings;
import nl.pil.model.Content;
import nl.pil.model.Languages;
import nl.pil.model.Leaflet;
import nl.pil.model.Translation;

/**
 * A word of more than {@code max-letters} letters (18) in Dutch or English: long compounds
 * ("ziekenhuisopnameduur") are hard to read. Addresses, codes and numbers are left alone; each word is reported
 * once per file, where it is first used.
 */
final class LongWordRule extends Rule {
    static final int MAX_LETTERS = 18;
    static final Set<String> LANGUAGES = Set.of("nl", "en");

    LongWordRule() {
        super(
                "long-words",
                CheckSettings.Level.WARNING,
                "Dutch and English words of at most 'max-letters' (" + MAX_LETTERS + ") letters");
    }

    @Override
    boolean leafletLocal() {
        return true;
    }

    @Override
    public void check(Content content, Findings findings) {
        int max = findings.threshold("max-letters", MAX_LETTERS);
        for (Leaflet leaflet : content.leaflets()) {
            for (Translation t : leaflet.translations().values()) {
                if (!LANGUAGES.contains(Languages.base(t.lang()))) {
                    continue;
                }
                Set<String> seen = new HashSet<>();
                for (BlockText block : BlockText.of(t)) {
                    for (Prose.Word w : Prose.words(block.text())) {
                        // a word no longer than the limit has no more letters than that: most words end here
                        if (w.text().length() <= max || w.isAddress() || w.isCode() || w.letters() <= max) {
                            continue;
                        }
                        // a word with dashes is read in its parts ("CT-scan", "maag-darm-leverarts")
                        boolean longPart = false;
                        for (String part : w.text().split("[-‐/]")) {
                            longPart |= part.codePoints()
                                            .filter(Character::isLetter)
                                            .count()
                                    > max;
                        }
                        if (longPart && seen.add(w.text().toLowerCase(Locale.ROOT))) {
                            findings.report(
                                    block.positionAt(w.offset()),
                                    "'" + w.text() + "' has " + w.letters() + " letters (at most " + max + ")",
                                    t.lang().startsWith("nl")
                                            ? "use a shorter word, say it in more words ('de duur van de opname'), or"
                                                    + " break the compound with a hyphen, as Dutch spelling allows"
                                                    + " for long words ('ziekenhuis-opnameduur')"
                                            : "use a shorter word or say it in more words");
                        }
                    }
                }
            }
        }
    }
}
