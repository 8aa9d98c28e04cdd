package nl.pil.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.pil.ContentFixture;
import nl.pil.compile.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each rule of the check stage: content it refuses (exact message and position) and content it lets pass. */
class CheckRulesTest {
    @TempDir
    Path dir;

    private ContentFixture fixture() {
        return new ContentFixture(dir);
    }

    private ContentFixture withArabic() {
        return fixture()
                .write("site.yaml", ContentFixture.SITE_YAML.replace("languages: [nl, en]", "languages: [nl, en, ar]"));
    }

    /** The headlines of one rule, in file order. */
    private static List<String> of(ContentFixture f, BuildResult result, String rule) {
        String root = f.root().toAbsolutePath().toString().replace('\\', '/') + "/";
        return f.headlines(result).stream()
                .filter(h -> h.endsWith("[" + rule + "]"))
                .map(h -> h.replace(root, ""))
                .toList();
    }

    // --- preparation-time: body 12 lines down (front matter of 9 lines + one extra line + '---')

    @Test
    void readingTimeInTheBodyThatContradictsPrepareDaysIsAnError() {
        ContentFixture f = fixture()
                .leaflet(
                        "mri",
                        "exam",
                        "MRI",
                        "prepare-days: 7",
                        "> [!IMPORTANT]\n> LET OP! Lees deze folder minstens 3 dagen vóór het onderzoek.\n");
        assertEquals(
                List.of("mri/nl.md:13:37: error: '3 dagen vóór het onderzoek' contradicts 'prepare-days: 7' (10:15):"
                        + " patients would read two different times [preparation-time]"),
                of(f, f.check(), "preparation-time"));
    }

    @Test
    void leadTimeLongerThanPrepareDaysIsAnError() {
        ContentFixture f = fixture()
                .leaflet(
                        "mri",
                        "exam",
                        "MRI",
                        "prepare-days: 3",
                        "Stop **7 dagen** voor het onderzoek met uw bloedverdunners.\n");
        assertEquals(
                List.of(
                        "mri/nl.md:12:8: error: '7 dagen voor het onderzoek' is earlier than 'prepare-days: 3': a patient"
                                + " who reads the leaflet 3 days before is too late [preparation-time]"),
                of(f, f.check(), "preparation-time"));
    }

    @Test
    void leadTimeInWeeksIsFoundWhenNoOtherTimeWordIsNear() {
        // "weken" was missed when nothing else in the paragraph named an hour, day or week
        ContentFixture f = fixture()
                .leaflet(
                        "mri",
                        "exam",
                        "MRI",
                        "prepare-days: 3",
                        "Stop 2 weken voor het onderzoek met uw bloedverdunners.\n");
        assertEquals(
                List.of(
                        "mri/nl.md:12:6: error: '2 weken voor het onderzoek' is earlier than 'prepare-days: 3': a patient"
                                + " who reads the leaflet 3 days before is too late [preparation-time]"),
                of(f, f.check(), "preparation-time"));
    }

    @Test
    void preparationWithoutPrepareDaysIsAnErrorThatNamesTheValue() {
        ContentFixture f =
                fixture().leaflet("mri", "exam", "MRI", "", "Eet niets in de\nlaatste 6 uur voor de scan.\n");
        BuildResult result = f.check();
        assertEquals(
                List.of("mri/nl.md:12:9: error: '6 uur voor de scan': the leaflet asks for preparation before the exam"
                        + " but has no 'prepare-days' [preparation-time]"),
                of(f, result, "preparation-time"));
        assertTrue(
                result.diagnostics().stream()
                        .anyMatch(d -> "add 'prepare-days: 1' to the front matter: the page and handout"
                                .regionMatches(0, String.valueOf(d.hint()), 0, 52)),
                result.diagnostics()::toString);
    }

    @Test
    void timesThatFitPrepareDaysAndOtherUsesOfVoorPass() {
        ContentFixture f = fixture()
                .leaflet(
                        "mri",
                        "exam",
                        "MRI",
                        "prepare-days: 3",
                        "Eet 2 uur vóór het onderzoek niets. Stop 3 dagen voor de scan met ijzertabletten.\n\n"
                                + "Reken op 3 dagen voor herstel. Lees dit 3 dagen van tevoren.\n");
        assertEquals(List.of(), of(f, f.check(), "preparation-time"));
    }

    @Test
    void aTimeThatNamesNoAppointmentIsNotHeldAgainstPrepareDaysButIsTranslated() {
        ContentFixture f = fixture()
                .leaflet("mri", "exam", "MRI", "", "Kunt u niet komen? Bel dan minstens 24 uur van tevoren.\n")
                .translation("mri", "en", "MRI", "", "Cannot come? Please call at least 48 hours in advance.\n");
        assertEquals(
                List.of("mri/en.md:6:35: error: the translation names 2 days before the exam where the source (nl)"
                        + " names 1 day [preparation-time]"),
                of(f, f.check(), "preparation-time"));
    }

    @Test
    void englishAndArabicTimesAreComparedWithTheSource() {
        ContentFixture f = withArabic()
                .leaflet("ct", "exam", "CT", "prepare-days: 1", "Eet de laatste 2 uur vóór het onderzoek niets.\n")
                .translation("ct", "en", "CT", "", "Do not eat for 4 hours before the scan.\n")
                .translation("ct", "ar", "CT", "", "لا تأكل شيئًا خلال آخر ساعتين قبل الفحص.\n");
        List<String> found = of(f, f.check(), "preparation-time");
        assertEquals(
                List.of(
                        "ct/en.md:6:16: error: the translation names 4 hours before the exam where the source (nl) names"
                                + " 2 hours [preparation-time]"),
                found);
    }

    @Test
    void aTranslationThatDropsTheTimeIsCaught() {
        ContentFixture f = withArabic()
                .leaflet("ct", "exam", "CT", "prepare-days: 1", "Eet 2 uur vóór het onderzoek niets.\n")
                .translation("ct", "ar", "CT", "", "لا تأكل شيئًا قبل الفحص.\n");
        assertEquals(
                List.of("ct/ar.md:6:1: error: the translation names no time before the exam where the source (nl) names"
                        + " 2 hours [preparation-time]"),
                of(f, f.check(), "preparation-time"));
    }

    // --- alerts

    @Test
    void aGarbledAlertMarkerIsAnError() {
        ContentFixture f = withArabic()
                .leaflet("ct", "exam", "CT", "prepare-days: 1", "> [!WARNING]\n> Neem contact op.\n")
                .translation("ct", "ar", "CT", "", "> ترجمة [!WARNING]\n> اتصل بنا.\n");
        List<String> found = of(f, f.check(), "alerts");
        assertEquals(
                List.of(
                        "ct/ar.md:6:1: error: the 1st alert of the source ([!WARNING] at ct/nl.md:12) is missing in this"
                                + " translation [alerts]",
                        "ct/ar.md:6:9: error: '[!WARNING]' is not at the start of a quote: it is shown as text, not as an alert [alerts]"),
                found.stream().toList());
    }

    @Test
    void alertsOfAnotherKindOrOrderAreErrorsAndTheSameOnesPass() {
        ContentFixture f = fixture()
                .leaflet("ct", "exam", "CT", "prepare-days: 1", "> [!WARNING]\n> Eén.\n\n> [!NOTE]\n> Twee.\n")
                .translation("ct", "en", "CT", "", "> [!NOTE]\n> One.\n\n> [!WARNING]\n> Two.\n");
        assertEquals(
                List.of(
                        "ct/en.md:6:1: error: alert 1 is [!NOTE] where the source has [!WARNING] (ct/nl.md:12) [alerts]"),
                of(f, f.check(), "alerts").stream().toList());
        ContentFixture same = new ContentFixture(dir.resolve("other"))
                .leaflet("mri", "exam", "MRI", "prepare-days: 1", "> [!WARNING]\n> Eén.\n")
                .translation("mri", "en", "MRI", "", "> [!WARNING]\n> One.\n");
        assertEquals(List.of(), of(same, same.check(), "alerts"));
    }

    // --- card-syntax

    @Test
    void aCardInsideASentenceAndAHalfCardAreErrors() {
        ContentFixture f = fixture()
                .leaflet(
                        "ct",
                        "exam",
                        "CT",
                        "prepare-days: 1",
                        "Lees ook [[mri]] voor meer.\n\nZie [[mri] ook en [mri]] ook.\n")
                .leaflet("mri", "exam", "MRI", "prepare-days: 1", "Tekst.\n");
        assertEquals(
                List.of(
                        "ct/nl.md:12:10: error: card '[[mri]]' inside running text is shown as text [card-syntax]",
                        "ct/nl.md:14:5: error: unmatched '[[': a card needs [[ and ]] [card-syntax]"),
                of(f, f.check(), "card-syntax"));
    }

    @Test
    void aCardOnItsOwnLineAndCodeWithBracketsPass() {
        ContentFixture f = fixture()
                .leaflet(
                        "ct",
                        "exam",
                        "CT",
                        "prepare-days: 1",
                        "Zie:\n\n[[mri]]\n\nSchrijf `[[id]]` zo. Haken [[](mri) zijn geen kaart.\n")
                .leaflet("mri", "exam", "MRI", "prepare-days: 1", "Tekst.\n");
        assertEquals(List.of(), of(f, f.check(), "card-syntax"));
    }

    // --- section-links

    @Test
    void aLinkToAMissingSectionIsAnErrorWithTheSectionsThatExist() {
        ContentFixture f = fixture()
                .leaflet(
                        "ct",
                        "exam",
                        "CT",
                        "prepare-days: 1",
                        "Zie [de echo](echo#bestaat-niet) en [voorbereiding](echo#voorbereiding) en [hier](#uitslag).\n\n## Uitslag\n\nTekst.\n")
                .leaflet(
                        "echo",
                        "exam",
                        "Echo",
                        "prepare-days: 1",
                        "## Voorbereiding\n\nTekst.\n\n## Na afloop\n\nTekst.\n");
        BuildResult result = f.check();
        assertEquals(
                List.of("ct/nl.md:12:5: error: 'echo#bestaat-niet' links to a section that echo/nl.md does not have"
                        + " [section-links]"),
                of(f, result, "section-links").stream().toList());
        assertTrue(
                result.diagnostics().stream()
                        .anyMatch(d -> "sections there: voorbereiding, na-afloop".equals(d.hint())),
                result.diagnostics()::toString);
    }

    // --- card-and-related, contact-section

    @Test
    void aCardThatIsAlsoRelatedIsAWarning() {
        ContentFixture f = fixture()
                .leaflet("ct", "exam", "CT", "prepare-days: 1\nrelated: [mri]", "[[mri]]\n")
                .leaflet("mri", "exam", "MRI", "prepare-days: 1", "Tekst.\n");
        assertEquals(
                List.of("ct/nl.md:11:10: warning: 'mri' is listed in 'related' and shown as a card at line 13: the page"
                        + " shows it once, as the card [card-and-related]"),
                of(f, f.check(), "card-and-related"));
        f.leaflet("ct", "exam", "CT", "prepare-days: 1\nrelated: [mri, echo]", "[[mri]]\n")
                .leaflet("echo", "exam", "Echo", "prepare-days: 1", "Tekst.\n");
        f.build();
        String page = f.read("nl/ct/index.html");
        assertEquals(1, page.split("<h3 class=\"card-title\"><a href=\"../../nl/mri/\"", -1).length - 1, page);
        assertEquals(1, page.split("<h3 class=\"card-title\"><a href=\"../../nl/echo/\"", -1).length - 1, page);
    }

    @Test
    void aQuestionsSectionIsAWarningInEveryKnownLanguage() {
        ContentFixture f = withArabic()
                .leaflet("ct", "exam", "CT", "prepare-days: 1", "## Uitslag\n\nTekst.\n\n## Vragen?\n\nBel ons.\n")
                .translation("ct", "ar", "CT", "", "## النتيجة\n\nنص.\n\n## هل لديك أسئلة؟\n\nاتصل.\n");
        assertEquals(
                List.of(
                        "ct/ar.md:10:1: warning: section 'هل لديك أسئلة؟' repeats the contact box every page and handout ends with [contact-section]",
                        "ct/nl.md:16:1: warning: section 'Vragen?' repeats the contact box every page and handout ends with [contact-section]"),
                of(f, f.check(), "contact-section"));
    }

    // --- review-overdue, and site.yaml's checks

    @Test
    void anOverdueReviewIsAWarningThenAnErrorAfterTheGracePeriod() {
        ContentFixture recent = fixture()
                .leaflet("ct", "exam", "CT", "prepare-days: 1", "Tekst.\n")
                .write(
                        "mri/nl.md",
                        "---\ntype: exam\ntitle: MRI\nsummary: Over MRI.\nreviewed: 2024-01-10\nreview-due: 2025-01-10\n---\nTekst.\n");
        List<String> found = of(recent, recent.check(), "review-overdue");
        assertEquals(
                List.of(
                        "mri/nl.md:6:13: error: review is overdue since 2025-01-10, more than 90 days [review-overdue]"),
                found);
        recent.write("site.yaml", ContentFixture.SITE_YAML + "checks:\n  review-overdue: {grace-days: 1000}\n");
        assertEquals(
                List.of("mri/nl.md:6:13: warning: review is overdue since 2025-01-10 [review-overdue]"),
                of(recent, recent.check(), "review-overdue"));
    }

    @Test
    void siteYamlTurnsRulesOffOrUpAndRejectsUnknownOnes() {
        ContentFixture f = fixture()
                .leaflet("ct", "exam", "CT", "prepare-days: 1", "## Vragen?\n\nBel ons.\n")
                .write(
                        "site.yaml",
                        ContentFixture.SITE_YAML + "checks:\n  contact-section: error\n  card-sintax: off\n");
        List<String> h = f.headlines(f.check());
        assertTrue(
                h.contains(
                        "ct/nl.md:12:1: error: section 'Vragen?' repeats the contact box every page and handout ends with"
                                + " [contact-section]"),
                h::toString);
        assertTrue(h.contains("site.yaml:16:3: error: unknown check 'card-sintax' in site.yaml"), h::toString);
        f.write("site.yaml", ContentFixture.SITE_YAML + "checks:\n  contact-section: off\n");
        assertEquals(List.of(), of(f, f.check(), "contact-section"));
        f.write("site.yaml", ContentFixture.SITE_YAML + "checks:\n  strict: true\n");
        assertTrue(f.headlines(f.check())
                .contains("ct/nl.md:12:1: error: section 'Vragen?' repeats the contact box every page"
                        + " and handout ends with [contact-section]"));
    }

    // --- raw-html, unfinished, image-damaged, encoding (body at line 12, as above)

    @Test
    void rawHtmlIsAWarningOncePerParagraph() {
        ContentFixture f = fixture()
                .leaflet(
                        "ct",
                        "exam",
                        "CT",
                        "prepare-days: 1",
                        "Dit is <b>vet</b> en <i>schuin</i>.\n\n<div>\nblok\n</div>\n");
        assertEquals(
                List.of(
                        "ct/nl.md:12:8: warning: raw HTML is not allowed and is shown as plain text [raw-html]",
                        "ct/nl.md:14:1: warning: raw HTML is not allowed and is shown as plain text [raw-html]"),
                of(f, f.check(), "raw-html"));
    }

    @Test
    void markdownAndHtmlInCodePassRawHtml() {
        ContentFixture f =
                fixture().leaflet("ct", "exam", "CT", "prepare-days: 1", "Dit is **vet**, `<b>` en 3 < 4 > 2.\n");
        assertEquals(List.of(), of(f, f.check(), "raw-html"));
    }

    @Test
    void todoInTheTextOrFrontMatterIsUnfinished() {
        ContentFixture f = fixture()
                .leaflet("ct", "exam", "CT", "prepare-days: 1\nreviewers: [TODO]", "Neem mee: TODO.\n")
                .write(
                        "mri/nl.md",
                        "---\ntype: exam\ntitle: MRI\nsummary: TODO\ncode: R-1\nreviewed: 2026-01-10\n"
                                + "review-due: 2027-01-10\nauthors: [x]\n---\nTekst.\n");
        assertEquals(
                List.of(
                        "ct/nl.md:11:12: warning: unfinished: the authors or reviewers still say TODO [unfinished]",
                        "ct/nl.md:13:11: warning: unfinished: 'TODO' is still in the text [unfinished]",
                        "mri/nl.md:4:10: warning: unfinished: 'summary' still says TODO [unfinished]"),
                of(f, f.check(), "unfinished"));
    }

    @Test
    void finishedTextPassesUnfinished() {
        ContentFixture f = fixture()
                .leaflet("ct", "exam", "CT", "prepare-days: 1", "Neem mee: uw pasje. `TODO` in code is code.\n");
        assertEquals(List.of(), of(f, f.check(), "unfinished"));
    }

    @Test
    void anImageThatCannotBeDecodedIsAnError() {
        ContentFixture f = fixture()
                .leaflet("ct", "exam", "CT", "prepare-days: 1", "Zo loopt u:\n\n![De route](route.png)\n")
                .writeBytes("ct/route.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        BuildResult result = f.check();
        assertEquals(
                List.of("ct/nl.md:14:1: error: image 'route.png' cannot be read: the file is damaged or not the kind"
                        + " its name says [image-damaged]"),
                of(f, result, "image-damaged"));
        assertTrue(result.hasErrors());
        assertTrue(
                result.diagnostics().stream()
                        .anyMatch(d -> "save it again as PNG or JPEG from an image program".equals(d.hint())),
                result.diagnostics()::toString);
    }

    @Test
    void aGoodImagePassesImageDamaged() throws Exception {
        ContentFixture f =
                fixture().leaflet("ct", "exam", "CT", "prepare-days: 1", "Zo loopt u:\n\n![De route](route.png)\n");
        javax.imageio.ImageIO.write(
                new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png",
                f.root().resolve("ct/route.png").toFile());
        assertEquals(List.of(), of(f, f.check(), "image-damaged"));
    }

    @Test
    void garbledTextIsAnEncodingWarning() {
        ContentFixture f =
                fixture().leaflet("ct", "exam", "CT", "prepare-days: 1", "Dit kan de uitslag beĆÆnvloeden.\n");
        assertEquals(
                List.of("ct/nl.md:12:22: warning: text looks garbled ('ĆÆ'): the file was probably converted between"
                        + " encodings twice [encoding]"),
                of(f, f.check(), "encoding"));
    }

    @Test
    void controlCharactersAreEncodingWarningsAtTheirColumn() {
        ContentFixture f =
                fixture().leaflet("ct", "exam", "CT", "prepare-days: 1", "Tekst\tmet\u0001 een bel\u0007.\n");
        assertEquals(
                List.of(
                        "ct/nl.md:12:10: warning: invisible control character U+0001 removed [encoding]",
                        "ct/nl.md:12:19: warning: invisible control character U+0007 removed [encoding]"),
                of(f, f.check(), "encoding"));
    }

    @Test
    void textNotInNfcIsAnEncodingWarningAtTheFirstSuchLetterOfEachRun() {
        ContentFixture f = fixture()
                .leaflet("ct", "exam", "CT", "prepare-days: 1", "Het *ge\u0301e\u0301n* probleem, cafe\u0301.\n");
        assertEquals(
                List.of(
                        "ct/nl.md:12:7: warning: 'é' is written as U+0065 U+0301 where Unicode NFC has U+00E9"
                                + " [encoding]",
                        "ct/nl.md:12:27: warning: 'é' is written as U+0065 U+0301 where Unicode NFC has U+00E9"
                                + " [encoding]"),
                of(f, f.check(), "encoding"));
    }

    @Test
    void cleanTextPassesEncoding() {
        ContentFixture f = fixture()
                .leaflet(
                        "ct",
                        "exam",
                        "CT",
                        "prepare-days: 1",
                        "Geen probleem: café, beïnvloeden, Ångström, tab\tin tekst, اتصل بنا.\n");
        assertEquals(List.of(), of(f, f.check(), "encoding"));
    }

    @Test
    void theNewRulesCanBeTurnedOffOrUp() {
        ContentFixture f = fixture()
                .leaflet("ct", "exam", "CT", "prepare-days: 1", "<b>x</b> TODO beĆÆnvloeden\n")
                .write(
                        "site.yaml",
                        ContentFixture.SITE_YAML + "checks:\n  raw-html: error\n  unfinished: off\n  encoding: off\n");
        List<String> h = f.headlines(f.check());
        assertEquals(List.of("ct/nl.md:12:1: error: raw HTML is not allowed and is shown as plain text [raw-html]"), h);
    }
}
