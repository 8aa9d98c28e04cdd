package nl.pil.search;

import freemarker.template.utility.StringUtil;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The snippet of a section: its sentence with the most of the query's words, and the sentence after it in the same
 * block when the first is short; whole sentences, never two blocks (a list item, a table row, a paragraph) run
 * together ({@link SentenceBreaks}). The words that match are marked; the text is escaped.
 */
final class SectionSnippet {
    /** A best sentence shorter than this gets the next one of its block too, if the two stay under {@link #MAX}. */
    static final int SHORT = 120;

    static final int MAX = 320;

    private SectionSnippet() {}

    /** A sentence of the text: from {@code start} to {@code end}, white space at both ends left out. */
    record Span(int start, int end) {}

    /** Where the text has a query term. */
    private record Match(int start, int end, String term) {}

    /** The sentences of {@code text} in order, as {@link SentenceBreaks} finds them. */
    static List<Span> sentences(String text) {
        List<Span> spans = new ArrayList<>();
        SentenceBreaks breaks = new SentenceBreaks();
        breaks.setText(text);
        int start = breaks.first();
        for (int end = breaks.next(); end != SentenceBreaks.DONE; start = end, end = breaks.next()) {
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                spans.add(new Span(s, e));
            }
        }
        return spans;
    }

    /**
     * @param words    the chain the section's text was indexed with
     * @param terms    the query's terms as that chain makes them
     * @return HTML: escaped text with {@code <mark>} around the matches; empty for an empty text
     */
    static String of(String text, WordTerms words, Set<String> terms) {
        List<Span> sentences = sentences(text);
        if (sentences.isEmpty()) {
            return "";
        }
        List<Match> matches = matches(text, words, terms);
        // a word in few of the section's sentences says more about which sentence answers than one in most
        List<Set<String>> found = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (Span s : sentences) {
            Set<String> in = new HashSet<>();
            for (Match m : matches) {
                if (m.start() >= s.start() && m.end() <= s.end()) {
                    in.add(m.term());
                }
            }
            in.forEach(t -> df.merge(t, 1, Integer::sum));
            found.add(in);
        }
        int best = 0;
        double bestScore = 0;
        for (int i = 0; i < sentences.size(); i++) {
            double score = 0;
            for (String t : found.get(i)) {
                score += Math.log(1 + (double) sentences.size() / df.get(t));
            }
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        Span shown = sentences.get(best);
        if (best + 1 < sentences.size() && shown.end() - shown.start() < SHORT) {
            Span next = sentences.get(best + 1);
            boolean sameBlock = text.substring(shown.end(), next.start()).indexOf('\n') < 0;
            if (sameBlock && next.end() - shown.start() <= MAX) {
                shown = new Span(shown.start(), next.end());
            }
        }
        return marked(text, shown, matches);
    }

    private static String marked(String text, Span shown, List<Match> matches) {
        StringBuilder html = new StringBuilder();
        int at = shown.start();
        for (Match m : matches) {
            if (m.start() < at || m.end() > shown.end()) {
                continue; // outside, or overlapping one already marked (a compound's parts share its offsets)
            }
            html.append(StringUtil.XHTMLEnc(text.substring(at, m.start())))
                    .append("<mark>")
                    .append(StringUtil.XHTMLEnc(text.substring(m.start(), m.end())))
                    .append("</mark>");
            at = m.end();
        }
        return html.append(StringUtil.XHTMLEnc(text.substring(at, shown.end()))).toString();
    }

    /** Where the text has one of {@code terms}, in order. */
    private static List<Match> matches(String text, WordTerms words, Set<String> terms) {
        List<Match> found = new ArrayList<>();
        for (WordTerms.Found f : words.find(text, terms)) {
            found.add(new Match(f.start(), f.end(), f.term()));
        }
        found.sort((a, b) ->
                a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        return found;
    }
}
