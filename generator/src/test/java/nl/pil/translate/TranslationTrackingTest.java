package nl.pil.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.pil.ContentFixture;
import nl.pil.cli.Main;
import nl.pil.compile.BuildResult;
import nl.pil.link.Linker;
import nl.pil.link.Site;
import nl.pil.load.ContentLoader;
import nl.pil.model.Diagnostics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeping translations honest: stamping, outdated detection, the overview, and the XLIFF round trip. */
class TranslationTrackingTest {
    @TempDir
    Path dir;

    ContentFixture f;

    @BeforeEach
    void content() {
        f = new ContentFixture(dir)
                .write("site.yaml", ContentFixture.SITE_YAML.replace("languages: [nl, en]", "languages: [nl, en, ar]"))
                .leaflet(
                        "mri",
                        "exam",
                        "MRI-scan",
                        "prepare-days: 3\nkeywords: [kernspin, magneet]",
                        "## Voorbereiding\n\nNeem uw medicijnlijst mee. Lees ook over de [CT](ct).\n\n> [!WARNING]\n> Bel bij een pacemaker.\n\n[[ct]]\n")
                .translation(
                        "mri",
                        "en",
                        "MRI scan",
                        "keywords: [magnet]",
                        "## Preparation\n\nBring your list of medicines. Read also about the [CT](ct).\n\n> [!WARNING]\n> Call us if you have a pacemaker.\n\n[[ct]]\n")
                .leaflet("ct", "exam", "CT-scan", "prepare-days: 1", "Tekst.\n");
    }

    private int pil(String... args) {
        String[] base = {"--content", f.root().toString(), "--today", "2026-11-23"};
        String[] all = new String[args.length + base.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(base, 0, all, args.length, base.length);
        return Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), all);
    }

    private Site link() {
        Diagnostics d = new Diagnostics();
        return new Linker(ContentFixture.TODAY)
                .link(new ContentLoader(f.root()).load(d).orElseThrow(), d);
    }

    @Test
    void untrackedThenStampedThenOutdated() throws IOException {
        assertEquals(
                List.of(
                        "mri/en.md:1:1: warning: the en translation of 'mri' does not say which version of the source it was translated from"),
                f.headlines(f.check()));
        assertEquals(
                0,
                pil(
                        "translations",
                        "--stamp",
                        "--lang",
                        "en",
                        "--report",
                        dir.resolve("r").toString()));
        String stamped = Files.readString(f.root().resolve("mri/en.md"));
        assertTrue(stamped.contains("\ntranslated-on: 2026-11-23\n---\n## Preparation"), stamped);
        assertTrue(stamped.endsWith("[[ct]]\n"), "the body is untouched");
        assertEquals(List.of(), f.headlines(f.check()));

        // re-wrapping the source is no change; new words are
        String nl = Files.readString(f.root().resolve("mri/nl.md"));
        f.write("mri/nl.md", nl.replace("Neem uw medicijnlijst mee. Lees", "Neem uw medicijnlijst mee.\nLees"));
        assertEquals(List.of(), f.headlines(f.check()));
        f.write("mri/nl.md", nl.replace("Neem uw medicijnlijst mee.", "Neem uw medicijnlijst en uw pas mee."));
        BuildResult result = f.build();
        assertTrue(
                f.headlines(result)
                        .getFirst()
                        .startsWith("mri/en.md:6:18: warning: the en translation of 'mri' is outdated: "),
                f.headlines(result)::toString);
        assertTrue(
                f.headlines(result)
                        .getFirst()
                        .endsWith("has changed since it was translated, translated on 2026-11-23 (0 days ago)"),
                f.headlines(result)::toString);
        String page = f.read("en/mri/index.html");
        assertTrue(page.contains("<aside class=\"translation-note\" role=\"note\">"), page);
        assertTrue(
                page.contains(
                        "<a href=\"../../nl/mri/\" hreflang=\"nl\" lang=\"nl\">Read the current text (Dutch)</a>"),
                page);
        assertFalse(f.read("nl/mri/index.html").contains("translation-note"));
    }

    @Test
    void outdatedHandoutCarriesTheNoteWithTheAddressOfTheSource() throws IOException {
        f.withPdf().stampTranslations();
        String nl = Files.readString(f.root().resolve("mri/nl.md"));
        f.write("mri/nl.md", nl.replace("Neem uw medicijnlijst mee.", "Neem uw medicijnlijst en uw pas mee."));
        assertTrue(f.build().published());
        Path pdf;
        try (var files = Files.list(f.output().resolve("en/mri"))) {
            pdf = files.filter(p -> p.toString().endsWith("-en.pdf"))
                    .findFirst()
                    .orElseThrow();
        }
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text =
                    new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("This translation was made from an earlier version of the Dutch text."), text);
            assertTrue(text.contains("https://folders.test.example/nl/mri/"), text);
        }
    }

    @Test
    void overviewListsEveryLeafletAndLanguage() throws IOException {
        Path report = dir.resolve("report");
        assertEquals(0, pil("translations", "--report", report.toString()));
        String csv = Files.readString(report.resolve("translations.csv"));
        assertEquals("""
                leaflet,title,nl,nl_translated_on,nl_reviewed_by,en,en_translated_on,en_reviewed_by,ar,ar_translated_on,ar_reviewed_by
                ct,CT-scan,source,,,missing,,,missing,,
                mri,MRI-scan,source,,,untracked,,,missing,,
                """, csv);
        String html = Files.readString(report.resolve("index.html"));
        assertTrue(html.contains("<td class=\"untracked\">untracked</td>"), html);
        TranslationMatrix m = TranslationMatrix.of(link());
        assertEquals(2, m.counts("ar").get(TranslationMatrix.Status.MISSING));
    }

    @Test
    void aLeafletWithAnUnreadableFileIsLeftAloneAndTheOthersAreStamped() throws IOException {
        f.translation("ct", "en", "CT scan", "", "Text.\n")
                .write(
                        "mri/en.md",
                        Files.readString(f.root().resolve("mri/en.md")).replace("title:", "title: [broken"));
        String brokenBefore = Files.readString(f.root().resolve("mri/en.md"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(
                new PrintWriter(out),
                new PrintWriter(err),
                "translations",
                "--stamp",
                "--content",
                f.root().toString(),
                "--today",
                "2026-11-23");
        assertEquals(Main.CONTENT_ERRORS, code, err::toString);
        assertTrue(out.toString().contains("ct/en.md (source version "), out::toString);
        assertTrue(out.toString().contains("1 translation stamped"), out::toString);
        assertTrue(err.toString().contains("mri/en.md:"), err::toString);
        assertTrue(err.toString().contains("were not stamped"), err::toString);
        assertEquals(brokenBefore, Files.readString(f.root().resolve("mri/en.md")), "the broken file is untouched");
        assertTrue(Files.readString(f.root().resolve("ct/en.md")).contains("\ntranslated-from: "));
    }

    @Test
    void stampRefusesUnknownLeafletsAndLanguagesBeforeWritingAnything() throws IOException {
        String before = Files.readString(f.root().resolve("mri/en.md"));
        assertEquals(Main.USAGE, pil("translations", "--stamp", "nosuchleaflet"));
        assertEquals(Main.USAGE, pil("translations", "--stamp", "--lang", "fr"));
        assertEquals(before, Files.readString(f.root().resolve("mri/en.md")));
        assertEquals(0, pil("translations", "--stamp", "mri"));
        assertTrue(Files.readString(f.root().resolve("mri/en.md")).contains("\ntranslated-from: "));
    }

    @Test
    void xliffRoundTripGivesBackTheSameTranslation() throws IOException {
        pil("translations", "--stamp", "--lang", "en");
        String before = Files.readString(f.root().resolve("mri/en.md"));
        Path out = dir.resolve("xliff");
        assertEquals(0, pil("translations", "--export", "xliff", "--lang", "en", "--to", out.toString(), "mri"));
        Path xlf = out.resolve("en/mri.xlf");
        String xml = Files.readString(xlf);
        assertTrue(xml.contains("srcLang=\"nl\" trgLang=\"en\""), xml);
        assertTrue(xml.contains("<target xml:space=\"preserve\">## Preparation</target>"), xml);
        Files.delete(f.root().resolve("mri/en.md"));
        assertEquals(0, pil("translations", "--import", xlf.toString()));
        String after = Files.readString(f.root().resolve("mri/en.md"));
        assertEquals(body(before), body(after));
        assertTrue(after.contains("title: \"MRI scan\""));
        assertTrue(after.contains("prepare-days: 3"), "preparation facts come from the source");
        assertEquals(List.of(), f.headlines(f.check()), "imported translation is current");
    }

    @Test
    void aPrepareNoteTravelsThroughXliffLikeTheTitle() throws IOException {
        f.write(
                        "mri/nl.md",
                        Files.readString(f.root().resolve("mri/nl.md"))
                                .replace(
                                        "prepare-days: 3\n", "prepare-days: 3\nprepare-note: Vul de vragenlijst in.\n"))
                .write(
                        "mri/en.md",
                        Files.readString(f.root().resolve("mri/en.md"))
                                .replace(
                                        "keywords: [magnet]\n",
                                        "keywords: [magnet]\nprepare-note: Fill in the questionnaire.\n"));
        pil("translations", "--stamp", "--lang", "en");
        Path out = dir.resolve("xliff");
        assertEquals(0, pil("translations", "--export", "xliff", "--lang", "en", "--to", out.toString(), "mri"));
        Xliff.Document doc = Xliff.read(out.resolve("en/mri.xlf"));
        assertEquals("Vul de vragenlijst in.", doc.sources().get("prepare-note"));
        assertEquals("Fill in the questionnaire.", doc.targets().get("prepare-note"));
        Files.delete(f.root().resolve("mri/en.md"));
        assertEquals(
                0, pil("translations", "--import", out.resolve("en/mri.xlf").toString()));
        assertTrue(Files.readString(f.root().resolve("mri/en.md"))
                .contains("prepare-note: \"Fill in the questionnaire.\"\n"));
        assertEquals(List.of(), f.headlines(f.check()), "imported translation is current and complete");
    }

    @Test
    void agencyTranslationIntoArabicBecomesAPage() throws IOException {
        Path out = dir.resolve("xliff");
        pil("translations", "--export", "xliff", "--lang", "ar", "--to", out.toString(), "mri");
        Xliff.Document doc = Xliff.read(out.resolve("ar/mri.xlf"));
        assertEquals(
                List.of("title", "summary", "keywords", "b1", "b2", "b3", "b4"),
                List.copyOf(doc.sources().keySet()));
        java.util.Map<String, String> targets = new java.util.LinkedHashMap<>();
        targets.put("title", "التصوير بالرنين المغناطيسي");
        targets.put("summary", "معلومات عن الفحص.");
        targets.put("keywords", "رنين, مغناطيس");
        targets.put("b1", "## التحضير");
        targets.put("b2", "أحضر قائمة أدويتك. اقرأ أيضًا عن [الأشعة المقطعية](ct).");
        targets.put("b3", "> [!WARNING]\n> اتصل بنا إذا كان لديك جهاز تنظيم ضربات القلب.");
        targets.put("b4", "[[ct]]");
        Xliff.write(
                new Xliff.Document(
                        doc.sourceLang(),
                        doc.targetLang(),
                        doc.leafletId(),
                        doc.original(),
                        doc.sourceVersion(),
                        doc.type(),
                        doc.sources(),
                        targets),
                out.resolve("ar/mri.xlf"));
        assertEquals(0, pil("translations", "--import", out.resolve("ar").toString()));
        BuildResult result = f.build();
        assertTrue(result.published(), result.diagnostics()::toString);
        String page = f.read("ar/mri/index.html");
        assertTrue(page.contains("<html lang=\"ar\" dir=\"rtl\">"), page);
        assertTrue(page.contains("التحضير"));
    }

    @Test
    void anXliffWhoseAlertMarkerWasGarbledIsRefused() throws IOException {
        Path out = dir.resolve("xliff");
        pil("translations", "--export", "xliff", "--lang", "ar", "--to", out.toString(), "mri");
        Xliff.Document doc = Xliff.read(out.resolve("ar/mri.xlf"));
        java.util.Map<String, String> targets = new java.util.LinkedHashMap<>();
        doc.sources().forEach((unit, source) -> targets.put(unit, "نص"));
        targets.put("b3", "> ترجمة [!WARNING]\n> اتصل بنا إذا كان لديك جهاز تنظيم ضربات القلب.");
        Xliff.write(
                new Xliff.Document(
                        doc.sourceLang(),
                        doc.targetLang(),
                        doc.leafletId(),
                        doc.original(),
                        doc.sourceVersion(),
                        doc.type(),
                        doc.sources(),
                        targets),
                out.resolve("ar/mri.xlf"));
        IOException refused = assertThrows(
                IOException.class,
                () -> new XliffExchange(link()).importFile(out.resolve("ar/mri.xlf"), LocalDate.now()));
        assertTrue(
                refused.getMessage()
                        .endsWith("the translation has the alerts [] where the source has [WARNING]; keep every"
                                + " '> [!KIND]' marker of the source as it is, on the first line of its quote"),
                refused.getMessage());
        assertTrue(Files.notExists(f.root().resolve("mri/ar.md")), "nothing written");
    }

    @Test
    void incompleteOrHostileXliffIsRefused() throws IOException {
        Path out = dir.resolve("xliff");
        pil("translations", "--export", "xliff", "--lang", "ar", "--to", out.toString(), "ct");
        IOException missing = assertThrows(
                IOException.class,
                () -> new XliffExchange(link()).importFile(out.resolve("ar/ct.xlf"), LocalDate.now()));
        assertTrue(missing.getMessage().contains("no translation for title, summary, b1"), missing.getMessage());
        Path evil = dir.resolve("evil.xlf");
        Files.writeString(
                evil,
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                        + "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"nl\" trgLang=\"en\">"
                        + "<file id=\"ct\"><unit id=\"title\"><segment><source>x</source><target>&e;</target></segment></unit></file></xliff>",
                StandardCharsets.UTF_8);
        assertThrows(IOException.class, () -> Xliff.read(evil));
        assertEquals(Main.CONTENT_ERRORS, pil("translations", "--import", evil.toString()));
    }

    private static String body(String file) {
        return file.substring(file.indexOf("\n---\n") + 5);
    }
}
