package nl.pil.check;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.pil.model.Languages;

/**
 * Finds, in running text, how long before the examination something must happen: "minstens 3 dagen vóór het
 * onderzoek", "at least 24 hours before your scan", "قبل ٣ أيام من الفحص". Per language: digits (also Arabic-Indic),
 * number words, singular, plural and (Arabic) dual forms of hour, day and week, and the words for "before".
 *
 * <p>Dutch "voor" also means "for" ("3 dagen voor herstel"), so a Dutch phrase counts only when what follows names
 * an appointment (onderzoek, scan, afspraak, opname, operatie, …) or when it says "van tevoren", "vooraf" or "voordat".
 */
final class PreparationTimes {
    /** One phrase: where it starts and ends in the text, and the time it names in hours. */
    /**
     * @param aboutReading the sentence says to read (this leaflet) that long before
     * @param namesAppointment the phrase says before what: the examination, scan, appointment ("3 dagen vóór het
     *     onderzoek"); without it ("bel minstens 24 uur van tevoren", "at least 24 hours in advance") the time may be
     *     about something else, such as cancelling, and is held only against the source's
     */
    record Phrase(int start, int end, int hours, String text, boolean aboutReading, boolean namesAppointment) {
        /** The time as whole days, rounded up: what {@code prepare-days} must at least be. */
        int days() {
            return (hours + 23) / 24;
        }
    }

    private record Language(
            Pattern phrase,
            Map<String, Integer> numbers,
            Map<String, Integer> unitHours,
            Map<String, Integer> impliedCount,
            Pattern reading,
            Pattern appointment,
            boolean numberFirst) {}

    private static final String DIGITS = "[0-9\\u0660-\\u0669\\u06F0-\\u06F9]{1,3}";
    private static final String APPOINTMENT = "(?:onderzoek|scan|afspraak|opname|operatie|ingreep|behandeling|procedure"
            + "|biopsie|punctie|echo|scopie|foto|test|bestraling|kuur|narcose)";

    private static final Map<String, Language> LANGUAGES = Map.of(
            "nl",
                    new Language(
                            Pattern.compile("(?iu)\\b(" + DIGITS
                                    + "|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|veertien)"
                                    + "\\s+(uur|uren|dag|dagen|etmaal|etmalen|week|weken)\\s+"
                                    + "(?:van\\s+tevoren|vooraf\\b|voordat|(?:vóór|voor|voorafgaand\\s+aan)\\s+(?:het\\s+|de\\s+|uw\\s+|je\\s+)?"
                                    + "(?:[\\p{L}-]+\\s+)?[\\p{L}-]*" + APPOINTMENT + ")"),
                            Map.ofEntries(
                                    Map.entry("een", 1),
                                    Map.entry("één", 1),
                                    Map.entry("twee", 2),
                                    Map.entry("drie", 3),
                                    Map.entry("vier", 4),
                                    Map.entry("vijf", 5),
                                    Map.entry("zes", 6),
                                    Map.entry("zeven", 7),
                                    Map.entry("acht", 8),
                                    Map.entry("negen", 9),
                                    Map.entry("tien", 10),
                                    Map.entry("elf", 11),
                                    Map.entry("twaalf", 12),
                                    Map.entry("veertien", 14)),
                            Map.of(
                                    "uur", 1, "uren", 1, "dag", 24, "dagen", 24, "etmaal", 24, "etmalen", 24, "week",
                                    168, "weken", 168),
                            Map.of(),
                            Pattern.compile("(?iu)\\b(lees|lezen|gelezen|doorlezen|leest)\\b"),
                            Pattern.compile("(?iu)" + APPOINTMENT),
                            true),
            "en",
                    new Language(
                            Pattern.compile(
                                    "(?iu)\\b(" + DIGITS
                                            + "|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                                            + "|fourteen|twenty-four|forty-eight|seventy-two)"
                                            + "\\s+(hours?|days?|weeks?)\\s+(?:before|prior\\s+to|ahead\\s+of|in\\s+advance)\\b"),
                            Map.ofEntries(
                                    Map.entry("a", 1),
                                    Map.entry("an", 1),
                                    Map.entry("one", 1),
                                    Map.entry("two", 2),
                                    Map.entry("three", 3),
                                    Map.entry("four", 4),
                                    Map.entry("five", 5),
                                    Map.entry("six", 6),
                                    Map.entry("seven", 7),
                                    Map.entry("eight", 8),
                                    Map.entry("nine", 9),
                                    Map.entry("ten", 10),
                                    Map.entry("eleven", 11),
                                    Map.entry("twelve", 12),
                                    Map.entry("fourteen", 14),
                                    Map.entry("twenty-four", 24),
                                    Map.entry("forty-eight", 48),
                                    Map.entry("seventy-two", 72)),
                            Map.of("hour", 1, "hours", 1, "day", 24, "days", 24, "week", 168, "weeks", 168),
                            Map.of(),
                            Pattern.compile("(?iu)\\b(read|reading)\\b"),
                            Pattern.compile(
                                    "(?iu)\\b(scan|exam|examination|test|appointment|procedure|operation|surgery"
                                            + "|treatment|admission|biopsy|x-ray|mri|ct|colonoscopy|endoscopy|anaesthetic)"),
                            true),
            "ar",
                    new Language(
                            // "قبل ٣ أيام", "قبل يومين", "٣ أيام على الأقل قبل"
                            Pattern.compile("(?u)(?:قبل\\s+(?:(" + DIGITS
                                    + "|ثلاثة|ثلاث|أربعة|أربع|خمسة|خمس|ستة|ست|سبعة|سبع|عشرة)\\s+)?"
                                    + "(ساعة|ساعات|ساعتين|ساعتان|يوم|يوما|يومًا|أيام|يومين|يومان|أسبوع|أسابيع|أسبوعين|أسبوعان)"
                                    + "|(" + DIGITS + "|ثلاثة|ثلاث|أربعة|أربع|خمسة|خمس|ستة|ست|سبعة|سبع|عشرة)\\s+"
                                    + "(ساعة|ساعات|يوم|يوما|يومًا|أيام|أسبوع|أسابيع)\\s+(?:على\\s+الأقل\\s+)?قبل"
                                    + "|(ساعتين|ساعتان|يومين|يومان|أسبوعين|أسبوعان)\\s+(?:على\\s+الأقل\\s+)?قبل"
                                    // "قبل الفحص بساعتين": before the exam by two hours
                                    + "|قبل\\s+\\S+\\s+ب(ساعتين|ساعتان|يومين|يومان|أسبوعين|أسبوعان))"),
                            Map.ofEntries(
                                    Map.entry("ثلاثة", 3),
                                    Map.entry("ثلاث", 3),
                                    Map.entry("أربعة", 4),
                                    Map.entry("أربع", 4),
                                    Map.entry("خمسة", 5),
                                    Map.entry("خمس", 5),
                                    Map.entry("ستة", 6),
                                    Map.entry("ست", 6),
                                    Map.entry("سبعة", 7),
                                    Map.entry("سبع", 7),
                                    Map.entry("عشرة", 10)),
                            Map.ofEntries(
                                    Map.entry("ساعة", 1),
                                    Map.entry("ساعات", 1),
                                    Map.entry("ساعتين", 1),
                                    Map.entry("ساعتان", 1),
                                    Map.entry("يوم", 24),
                                    Map.entry("يوما", 24),
                                    Map.entry("يومًا", 24),
                                    Map.entry("أيام", 24),
                                    Map.entry("يومين", 24),
                                    Map.entry("يومان", 24),
                                    Map.entry("أسبوع", 168),
                                    Map.entry("أسابيع", 168),
                                    Map.entry("أسبوعين", 168),
                                    Map.entry("أسبوعان", 168)),
                            // the dual names its own number: "قبل يومين" is two days before
                            Map.of("ساعتين", 2, "ساعتان", 2, "يومين", 2, "يومان", 2, "أسبوعين", 2, "أسبوعان", 2),
                            Pattern.compile("(?u)(اقرأ|اقرئي|اقرؤوا|قراءة|تقرأ)"),
                            Pattern.compile("(?u)(الفحص|الموعد|العملية|الجراحة|العلاج|التصوير|الإجراء|الأشعة)"),
                            false));

    private PreparationTimes() {}

    /** Whether phrases can be found in {@code lang}: where not, the rules that use them say nothing. */
    static boolean knows(String lang) {
        return LANGUAGES.containsKey(Languages.base(lang));
    }

    static List<Phrase> find(String text, String lang) {
        return find(text, lang, true);
    }

    /** {@link #find} the slow way, by running the pattern over the whole text: what the shortcuts are held to. */
    static List<Phrase> findEverywhere(String text, String lang) {
        return find(text, lang, false);
    }

    private static List<Phrase> find(String text, String lang, boolean shortcut) {
        Language language = LANGUAGES.get(Languages.base(lang));
        if (language == null) {
            return List.of();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (shortcut && !mentionsTime(lower)) {
            return List.of(); // most paragraphs name no hour, day or week: the long pattern need not run
        }
        List<Phrase> found = new ArrayList<>();
        Matcher m = language.phrase().matcher(text);
        if (shortcut && language.numberFirst() && lower.length() == text.length()) {
            // the pattern is tried only where a phrase can start: a number just before a unit word. Where the pattern
            // would find one, that is the same match (a phrase is a number, spaces and a unit, so its start is among
            // these), and the next is looked for after its end, as the pattern's own search does.
            m.useTransparentBounds(true).useAnchoringBounds(false);
            BitSet starts = possibleStarts(text, lower, language);
            int after = 0;
            for (int at = starts.nextSetBit(0); at >= 0; at = starts.nextSetBit(at + 1)) {
                if (at < after) {
                    continue;
                }
                m.region(at, text.length());
                if (m.lookingAt()) {
                    phrase(m, text, language).ifPresent(found::add);
                    after = m.end();
                }
            }
        } else {
            while (m.find()) {
                phrase(m, text, language).ifPresent(found::add);
            }
        }
        return found;
    }

    /** The phrase a match of the pattern says, if it names a time that can be counted. */
    private static Optional<Phrase> phrase(Matcher m, String text, Language language) {
        String number = m.group(1);
        String unit = m.group(2);
        if (unit == null && m.groupCount() >= 6) { // Arabic: number first, or a dual that names its own number
            number = m.group(3);
            unit = m.group(4) != null ? m.group(4) : m.group(5) != null ? m.group(5) : m.group(6);
        }
        if (unit == null) {
            return Optional.empty();
        }
        Optional<Integer> count = number == null
                ? Optional.ofNullable(language.impliedCount().getOrDefault(unit, 1))
                : count(number, language);
        Integer perUnit = language.unitHours().get(unit.toLowerCase(Locale.ROOT));
        if (count.isEmpty() || perUnit == null) {
            return Optional.empty();
        }
        int hours = count.get() * perUnit;
        return Optional.of(new Phrase(
                m.start(),
                m.end(),
                hours,
                m.group().strip(),
                language.reading()
                        .matcher(sentenceAround(text, m.start(), m.end()))
                        .find(),
                language.appointment()
                        .matcher(text.substring(m.start(), Math.min(text.length(), m.end() + 40)))
                        .find()));
    }

    /**
     * Where a phrase of a language that puts the number first may start: up to a number's length before the spaces
     * before a unit word ({@code lower} is {@code text} in lower case, of the same length).
     */
    private static BitSet possibleStarts(String text, String lower, Language language) {
        int longest = 3; // DIGITS: one to three
        for (String word : language.numbers().keySet()) {
            longest = Math.max(longest, word.length());
        }
        BitSet starts = new BitSet(text.length());
        for (String stem : UNIT_STEMS) {
            for (int unit = lower.indexOf(stem); unit >= 0; unit = lower.indexOf(stem, unit + 1)) {
                int spaces = unit;
                while (spaces > 0 && isSpace(text.charAt(spaces - 1))) {
                    spaces--;
                }
                if (spaces < unit && spaces > 0) {
                    starts.set(Math.max(0, spaces - longest), spaces);
                }
            }
        }
        return starts;
    }

    /** What the pattern's {@code \\s} matches. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B';
    }

    /** The stems every unit word of every language starts with: uur, dag, etmaal, week, weken, hour, day, ساع, يوم, أيام, أسبوع, أسابيع. */
    private static final List<String> UNIT_STEMS =
            List.of("uur", "ure", "dag", "etma", "wee", "wek", "hour", "day", "ساع", "يوم", "أيام", "أسبوع", "أسابيع");

    private static boolean mentionsTime(String lower) {
        for (String stem : UNIT_STEMS) {
            if (lower.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Integer> count(String number, Language language) {
        Integer word = language.numbers().get(number.toLowerCase(Locale.ROOT));
        if (word != null) {
            return Optional.of(word);
        }
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < number.length(); i++) {
            int d = Character.digit(number.charAt(i), 10);
            if (d < 0) {
                return Optional.empty();
            }
            digits.append(d);
        }
        return digits.isEmpty() ? Optional.empty() : Optional.of(Integer.parseInt(digits.toString()));
    }

    /** The sentence the phrase stands in: from the previous full stop (or start) to the next. */
    private static String sentenceAround(String text, int start, int end) {
        int from = start;
        while (from > 0 && ".!?؟\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < text.length() && ".!?؟\n".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return text.substring(from, to);
    }

    /** "3 dagen" / "24 uur": how a time is said back to the writer. */
    static String describe(int hours) {
        return hours % 24 == 0
                ? (hours / 24) + (hours == 24 ? " day" : " days")
                : hours + (hours == 1 ? " hour" : " hours");
    }
}
