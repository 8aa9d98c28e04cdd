package nl.pil.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.pil.ContentFixture;
import nl.pil.compile.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plain-language rules (#12): each with content it warns about (exact message and position) and content it lets
 * pass. Bodies start on line 11 (front matter of 9 lines and '---').
 */
class PlainLanguageRulesTest {
    @TempDir
    Path dir;

    private ContentFixture fixture() {
        return new ContentFixture(dir);
    }

    private static List<String> of(ContentFixture f, BuildResult result, String rule) {
        String root = f.root().toAbsolutePath().toString().replace('\\', '/') + "/";
        return f.headlines(result).stream()
                .filter(h -> h.endsWith("[" + rule + "]"))
                .map(h -> h.replace(root, ""))
                .toList();
    }

    private static final String EASY = "U krijgt een prik in uw arm. Dat doet even pijn. Daarna mag u naar huis. ";
    private static final String HARD =
            "Postoperatieve complicaties vereisen multidisciplinaire evaluatie door gespecialiseerde"
                    + " verpleegkundigen. ";

    // --- readability

    @Test
    void aHardLeafletAndAHardSectionAreWarnedWithTheirScoreAndHardestSentence() {
        ContentFixture f = fixture()
                .leaflet("mri", "exam", "MRI", "", EASY.repeat(4) + "\n\n## Na afloop\n\n" + HARD.repeat(6) + "\n");
        // EASY: 3 sentences, 16 words, 18 syllables (e-ven 2, daar-na 2); HARD: 1 sentence, 8 words, 38 syllables
        // (post-o-pe-ra-tie-ve 6, com-pli-ca-ties 4, ver-ei-sen 3, mul-ti-dis-ci-pli-nai-re 7, e-va-lu-a-tie 5, door 1,
        // ge-spe-ci-a-li-seer-de 7, ver-pleeg-kun-di-gen 5).
        // Leaflet, 4 × EASY + 6 × HARD: 112 words, 300 syllables, 18 sentences:
        //   206.84 − 0.77 × 300 / 112 × 100 − 0.93 × 112 / 18 = 206.84 − 206.25 − 5.79 = −5.2, shown as −6
        // Section, 6 × HARD: 206.84 − 0.77 × 38 / 8 × 100 − 0.93 × 8 = 206.84 − 365.75 − 7.44 = −166.35, shown as −167
        assertEquals(
                List.of(
                        "mri/nl.md:11:1: warning: the leaflet scores -6 on Flesch-Douma (very difficult), below the B1"
                                + " target of 60; hardest: line 15 'Postoperatieve complicaties vereisen"
                                + " multidisciplinaire eva…' [readability]",
                        "mri/nl.md:13:1: warning: section 'Na afloop' scores -167 on Flesch-Douma (very difficult),"
                                + " below 50; hardest: line 15 'Postoperatieve complicaties vereisen multidisciplinaire"
                                + " eva…' [readability]"),
                of(f, f.check(), "readability"));
    }

    @Test
    void plainTextShortTextsAndArabicPass() {
        ContentFixture f = fixture()
                .write("site.yaml", ContentFixture.SITE_YAML.replace("languages: [nl, en]", "languages: [nl, en, ar]"))
                .leaflet("mri", "exam", "MRI", "", EASY.repeat(5) + "\n\n## Kort\n\n" + HARD + "\n")
                .translation("mri", "ar", "MRI", "", "ستحصل على حقنة في ذراعك. ".repeat(30) + "\n");
        assertEquals(List.of(), of(f, f.check(), "readability"));
    }

    @Test
    void theTargetIsSetInSiteYaml() {
        ContentFixture f = fixture()
                .write("site.yaml", ContentFixture.SITE_YAML + "checks:\n  readability: {min-score: 130}\n")
                .leaflet("mri", "exam", "MRI", "", EASY.repeat(5) + "\n");
        List<String> found = of(f, f.check(), "readability");
        assertEquals(1, found.size(), found::toString);
        assertTrue(found.getFirst().contains("below the B1 target of 130"), found::toString);
    }

    // --- long-sentences

    @Test
    void aSentenceOfMoreThanTwentyWordsIsWarned() {
        ContentFixture f = fixture()
                .leaflet(
                        "mri",
                        "exam",
                        "MRI",
                        "",
                        "Kom op tijd. U krijgt een prik in uw arm en daarna gaat u op de tafel liggen en dan schuift de"
                                + " tafel langzaam in het apparaat.\n");
        assertEquals(
                List.of("mri/nl.md:11:14: warning: sentence of 24 words (at most 20): 'U krijgt een prik in uw arm en"
                        + " daarna gaat u op d…' [long-sentences]"),
                of(f, f.check(), "long-sentences"));
    }

    @Test
    void sentencesOfTwentyWordsPass() {
        ContentFixture f = fixture()
                .leaflet(
                        "mri",
                        "exam",
                        "MRI",
                        "",
                        "een twee drie vier vijf zes zeven acht negen tien".repeat(2) + ".\n");
        assertEquals(List.of(), of(f, f.check(), "long-sentences"));
    }

    // --- long-words

    @Test
    void aLongCompoundIsWarnedOnceAndAddressesAndCodesPass() {
        ContentFixture f = fixture()
                .leaflet(
                        "mri",
                        "exam",
                        "MRI",
                        "",
                        "De ziekenhuisopnameduur is kort. De ziekenhuisopnameduur is kort.\n\nKijk op"
                                + " https://www.thuisarts.nl/onderzoeken-en-behandelingen of bel RAD-012-ABCDEFGHIJKLMNOPQ.\n");
        assertEquals(
                List.of("mri/nl.md:11:4: warning: 'ziekenhuisopnameduur' has 20 letters (at most 18) [long-words]"),
                of(f, f.check(), "long-words"));
    }

    // --- wall-of-text

    @Test
    void aParagraphOfMoreThanEightyWordsIsWarned() {
        ContentFixture f = fixture()
                .leaflet("mri", "exam", "MRI", "", "Kom op tijd. " + EASY.repeat(5) + "\n\n" + EASY.repeat(5) + "\n");
        assertEquals(
                List.of("mri/nl.md:11:1: warning: paragraph of 83 words (at most 80) [wall-of-text]"),
                of(f, f.check(), "wall-of-text"));
    }

    // --- passive-voice

    @Test
    void aMostlyPassiveDutchParagraphIsWarned() {
        ContentFixture f = fixture()
                .leaflet(
                        "mri",
                        "exam",
                        "MRI",
                        "",
                        "De tumor wordt tijdens de operatie verwijderd. Daarna wordt de wond gesloten. U slaapt.\n\n"
                                + "De arts verwijdert de tumor. Er zijn gevolgen. De kanker is uitgezaaid. U wordt"
                                + " opgenomen.\n");
        assertEquals(
                List.of("mri/nl.md:11:1: warning: 2 of 3 sentences in this paragraph are passive ('wordt … verwijderd',"
                        + " 'wordt … gesloten') [passive-voice]"),
                of(f, f.check(), "passive-voice"));
    }

    @Test
    void aMostlyPassiveEnglishParagraphIsWarned() {
        ContentFixture f = fixture()
                .leaflet("mri", "exam", "MRI", "", "Kom op tijd.\n")
                .translation(
                        "mri",
                        "en",
                        "MRI",
                        "",
                        "The tumour is removed. You are given a drip. You sleep.\n\nYou are worried. The nurse helps"
                                + " you.\n");
        assertEquals(
                List.of("mri/en.md:6:1: warning: 2 of 3 sentences in this paragraph are passive ('is removed', 'are"
                        + " given') [passive-voice]"),
                of(f, f.check(), "passive-voice"));
    }

    // --- jargon

    @Test
    void aMedicalWordWithoutItsLayWordIsWarnedAtItsFirstUse() {
        ContentFixture f = fixture()
                .write("_check/jargon-nl.txt", "# medisch = gewoon\nmetastasen = uitzaaiingen\nresectie = operatie\n")
                .leaflet(
                        "mri",
                        "exam",
                        "MRI",
                        "",
                        "U hebt metastasen in de lever. De metastasen zijn klein.\n\nDe arts doet een operatie. Na de"
                                + " resectie rust u.\n");
        assertEquals(
                List.of(
                        "mri/nl.md:11:8: warning: 'metastasen' is a medical word; patients say 'uitzaaiingen' [jargon]"),
                of(f, f.check(), "jargon"));
    }

    @Test
    void aMedicalWordExplainedAtFirstUsePasses() {
        ContentFixture f = fixture()
                .write("_check/jargon-nl.txt", "metastasen = uitzaaiingen\nresectie = operatie, leveroperatie\n")
                .leaflet(
                        "mri",
                        "exam",
                        "MRI",
                        "",
                        "U hebt uitzaaiingen (metastasen) in de lever. De metastasen zijn klein. Levermetastasen ook."
                                + "\n\nHet heet een leveroperatie. Het medische woord is resectie.\n");
        assertEquals(List.of(), of(f, f.check(), "jargon"));
    }

    @Test
    void jargonLinesThatAreNotTermEqualsLayWordAreErrorsAtTheirLine() {
        ContentFixture f = fixture()
                .write("_check/jargon-nl.txt", "metastasen = uitzaaiingen\nresectie\n= operatie\nMetastasen = x\n")
                .leaflet("mri", "exam", "MRI", "", "Kom op tijd.\n");
        List<String> errors = f.headlines(f.check()).stream()
                .filter(h -> h.contains("jargon-nl.txt"))
                .toList();
        assertEquals(
                List.of(
                        "_check/jargon-nl.txt:2:1: error: a jargon line is 'medical word = lay word', not 'resectie'",
                        "_check/jargon-nl.txt:3:1: error: a jargon line is 'medical word = lay word', not '= operatie'",
                        "_check/jargon-nl.txt:4:1: error: 'Metastasen' is already listed on line 1"),
                errors);
    }

    // --- uncommon-words

    private static final String COMMON_NL =
            "# most common first; a count after the word is allowed\nu 90210\nkrijgt 120\n"
                    + "een\nprik\nin\nuw\narm\ndat\ndoet\neven\npijn\ndaarna\nmag\nnaar\nhuis\nen\ngeven\nhaar\nuitval\n";
    // EASY × 2: 32 common words; SIDE × 3: 21 words, of which 'cytostatica' (6×) and 'misselijkheid' (3×) are not in
    // the list and 'haaruitval' is two common words; the last sentence: 4 words, 'Eindhoven' a name, not counted
    private static final String SIDE = "Cytostatica geven misselijkheid en cytostatica geven haaruitval. ";
    private static final String BODY = EASY.repeat(2) + SIDE.repeat(3) + "Daarna mag u naar Eindhoven.\n";

    @Test
    void aLeafletWithManyUncommonWordsIsWarnedWithTheWordsItUsesMost() {
        ContentFixture f = fixture()
                .write("_check/common-words-nl.txt", COMMON_NL)
                .leaflet("chemo", "treatment", "Chemo", "", BODY);
        // 9 of 57 words: 15.8 %
        assertEquals(
                List.of(
                        "chemo/nl.md:11:1: warning: 16% of the leaflet's words (9 of 57) are not common words, more than"
                                + " 15%; most used: 'cytostatica' (6×), 'misselijkheid' (3×) [uncommon-words]"),
                of(f, f.check(), "uncommon-words"));
    }

    @Test
    void withoutAListNothingIsMeasuredAndTheThresholdIsTheSites() {
        ContentFixture f = fixture().leaflet("chemo", "treatment", "Chemo", "", BODY);
        assertEquals(List.of(), of(f, f.check(), "uncommon-words"), "no list: not measured");
        f.write("_check/common-words-nl.txt", COMMON_NL)
                .write("site.yaml", ContentFixture.SITE_YAML + "checks:\n  uncommon-words: {max-percent: 16}\n");
        assertEquals(List.of(), of(f, f.check(), "uncommon-words"));
    }
}
