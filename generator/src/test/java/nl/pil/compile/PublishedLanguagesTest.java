package nl.pil.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.pil.ContentFixture;
import nl.pil.search.LeafletSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing some of the site's languages: the site is whole in those, and every language is still checked. */
class PublishedLanguagesTest {
    @TempDir
    Path dir;

    private ContentFixture threeLanguages() {
        ContentFixture f = new ContentFixture(dir);
        f.write("site.yaml", ContentFixture.SITE_YAML.replace("languages: [nl, en]", "languages: [nl, en, ar]"));
        return f.leaflet("ct", "exam", "CT-scan", "prepare-days: 1", "Niet eten. Zie [de MRI](mri).\n")
                .translation("ct", "en", "CT scan", "", "Do not eat.\n")
                .translation("ct", "ar", "الأشعة المقطعية", "", "لا تأكل.\n")
                .leaflet("mri", "exam", "MRI-scan", "", "Magneet.\n")
                .stampTranslations();
    }

    private BuildResult build(ContentFixture f, String... languages) throws IOException {
        return new Compiler(f.options().withLanguages(List.of(languages))).build();
    }

    @Test
    void onlyTheChosenLanguagesArePublishedAndNothingPointsAtTheOthers() throws IOException {
        ContentFixture f = threeLanguages();
        BuildResult result = build(f, "nl", "en");
        assertTrue(result.published(), result.diagnostics()::toString);
        assertTrue(Files.isRegularFile(f.output().resolve("en/ct/index.html")));
        assertFalse(Files.exists(f.output().resolve("ar")), "no Arabic pages");
        for (String page :
                List.of("nl/ct/index.html", "en/ct/index.html", "index.html", "nl/index.html", "sitemap.xml")) {
            String text = f.read(page);
            assertFalse(text.contains("ar/"), page + " links no Arabic page");
            assertFalse(text.contains("hreflang=\"ar\""), page + " names no Arabic alternate");
        }
        try (LeafletSearcher searcher = LeafletSearcher.open(f.output())) {
            assertEquals(List.of("nl", "en"), List.copyOf(searcher.languages()));
        }

        // all of site.yaml's languages again: the Arabic pages appear and the others link them
        assertTrue(build(f).published());
        assertTrue(Files.isRegularFile(f.output().resolve("ar/ct/index.html")));
        assertTrue(
                f.read("nl/ct/index.html").contains("hreflang=\"ar\""),
                "the Dutch page was written again, with its new alternate");
    }

    @Test
    void languagesLeftOutAreStillChecked() throws IOException {
        ContentFixture f = threeLanguages();
        f.translation("ct", "ar", "الأشعة المقطعية", "prepare-days: 3", "لا تأكل.\n"); // contradicts the source's 1 day
        BuildResult result = build(f, "nl", "en");
        assertFalse(result.published());
        assertTrue(
                f.headlines(result).stream()
                        .anyMatch(h -> h.startsWith("ct/ar.md") && h.contains("'prepare-days' is 3 here but 1")),
                f.headlines(result)::toString);
    }

    @Test
    void unknownLanguagesAndALeftOutSourceAreErrors() throws IOException {
        ContentFixture f = threeLanguages();
        List<String> unknown = f.headlines(build(f, "nl", "fr"));
        assertTrue(
                unknown.stream()
                        .anyMatch(h -> h.endsWith(
                                "site.yaml:1:1: error: cannot publish language 'fr': site.yaml does not list it")),
                unknown::toString);
        List<String> noSource = f.headlines(build(f, "en"));
        assertTrue(
                noSource.stream().anyMatch(h -> h.contains("leave out the source language 'nl'")), noSource::toString);
        assertFalse(Files.exists(f.output()), "nothing was published");
    }
}
