package nl.pil.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.pil.render.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The interface text Pil ships: complete in every language, and plurals that follow each language's rules. */
class ShippedMessagesTest {
    static final Theme BUILT_IN = new Theme(List.of(Path.of("../templates")));

    static Messages load(String lang) throws IOException {
        return Messages.load(lang, BUILT_IN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en", "ar", "tr", "pl", "uk"})
    void everyKeyIsTranslatedAndEveryPatternFormats(String lang) throws IOException {
        Messages m = load(lang);
        assertTrue(m.hasOwnFile());
        assertEquals(Set.of(), m.missingKeys(), "keys missing in " + lang);
        Set<String> keys = new TreeSet<>(m.patterns("").keySet());
        for (String key : keys) {
            String text = m.format(
                    key,
                    Map.ofEntries(
                            Map.entry("organisation", "KWF"),
                            Map.entry("name", "dr. Lotte Jansen"),
                            Map.entry("days", 3),
                            Map.entry("count", 3),
                            Map.entry("query", "lever"),
                            Map.entry("language", "العربية"),
                            Map.entry("source", "Nederlands"),
                            Map.entry("format", "A4"),
                            Map.entry("size", 120),
                            Map.entry("url", "https://x.example/"),
                            Map.entry("page", 1),
                            Map.entry("pages", 2),
                            Map.entry("date", "2026-01-01")));
            assertFalse(text.contains("{"), key + " in " + lang + " left a placeholder: " + text);
        }
    }

    private static String days(Messages m, int n) {
        return m.format("prepare.warning", Map.of("days", n));
    }

    @Test
    void dutchAndEnglishSayDayAndDays() throws IOException {
        assertTrue(days(load("nl"), 1).contains("minstens 1 dag vóór"));
        assertTrue(days(load("nl"), 3).contains("minstens 3 dagen vóór"));
        assertTrue(days(load("en"), 1).contains("at least 1 day before"));
        assertTrue(days(load("en"), 2).contains("at least 2 days before"));
        assertFalse(days(load("en"), 0).contains("0 days"), "0 means: read it before the exam");
    }

    @Test
    void arabicUsesItsSixPluralForms() throws IOException {
        Messages ar = load("ar");
        // one, two, few (3–10), many (11–99), other (100): each is worded differently
        List<String> forms = List.of(days(ar, 1), days(ar, 2), days(ar, 3), days(ar, 11), days(ar, 100));
        assertEquals(forms.size(), new TreeSet<>(forms).size(), forms::toString);
        assertEquals(days(ar, 3).replace("3", "7"), days(ar, 7), "3 and 7 share the 'few' form");
        String count = ar.format("search.summary", Map.of("count", 2, "query", "x"));
        assertNotEquals(
                ar.format("search.summary", Map.of("count", 5, "query", "x")).replace("5", "2"), count);
    }

    @Test
    void slavicLanguagesSeparateFewFromMany() throws IOException {
        for (String lang : List.of("pl", "uk")) {
            Messages m = load(lang);
            // "2 ulotki" but "5 ulotek"; "2 листівки" but "5 листівок"
            assertNotEquals(
                    found(m, 2).replace("2", "5"), found(m, 5), lang + ": 2 and 5 leaflets use different forms");
            assertEquals(found(m, 2).replace("2", "3"), found(m, 3), lang + ": 2 and 3 share a form");
            assertEquals(found(m, 5).replace("5", "11"), found(m, 11), lang + ": 5 and 11 share a form");
            assertNotEquals(days(m, 1).replace("1", "2"), days(m, 2), lang + ": 1 and 2 days differ");
        }
    }

    private static String found(Messages m, int n) {
        return m.format("search.summary", Map.of("count", n, "query", "x"));
    }

    @Test
    void turkishKeepsTheNounSingularAfterNumbers() throws IOException {
        Messages tr = load("tr");
        assertEquals(days(tr, 2).replace("2", "5"), days(tr, 5));
    }
}
