package nl.pil.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * Frequently asked questions, written as plain Markdown: a {@code ##} section titled "Veelgestelde vragen",
 * "Frequently asked questions", "الأسئلة الشائعة" … ({@link #TITLES}) whose {@code ###} headings are the questions and
 * whatever follows each, up to the next heading, its answer. Writers already write FAQs this way, so nothing new is
 * needed to learn and the text reads well anywhere Markdown is shown; the web page makes each question a disclosure
 * ({@code <details>}, no JavaScript needed), the handout prints them open, and the page's structured data lists them
 * as a schema.org {@code FAQPage}.
 */
public final class Faq {
    private Faq() {}

    /** One question: its heading text, the web page's anchor for it, and its answer as plain text. */
    public record Question(String question, String anchor, String answer, Heading heading) {}

    /** The {@code ##} headings that open an FAQ section, per language, lowercase; other languages may use any. */
    public static final Map<String, List<String>> TITLES = titles();

    private static Map<String, List<String>> titles() {
        Map<String, List<String>> t = new LinkedHashMap<>();
        t.put("nl", List.of("veelgestelde vragen", "veel gestelde vragen", "vaak gestelde vragen"));
        t.put("en", List.of("frequently asked questions", "faq", "faqs", "common questions"));
        t.put("ar", List.of("الأسئلة الشائعة", "أسئلة شائعة", "الأسئلة المتكررة"));
        t.put("tr", List.of("sık sorulan sorular", "sıkça sorulan sorular"));
        t.put("pl", List.of("najczęściej zadawane pytania", "często zadawane pytania"));
        t.put("uk", List.of("поширені запитання", "часті запитання"));
        return Map.copyOf(t);
    }

    private static final Set<String> ALL_TITLES =
            TITLES.values().stream().flatMap(List::stream).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Whether a heading's text opens an FAQ section (case and a final colon or question mark aside). */
    public static boolean isFaqTitle(String headingText) {
        String t = TRAILING_MARKS
                .matcher(headingText.strip().toLowerCase(Locale.ROOT))
                .replaceAll("");
        return ALL_TITLES.contains(SPACES.matcher(t).replaceAll(" "));
    }

    // every heading of every page is asked about: the patterns are compiled once
    private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s:?؟.!]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Whether {@code heading} is a {@code ##} heading that opens an FAQ section. */
    public static boolean opensFaq(Heading heading) {
        return heading.getLevel() == 2 && isFaqTitle(LeafletMarkdown.headingLiteral(heading));
    }

    /** The questions of every FAQ section of a parsed body, in order. */
    public static List<Question> questions(Node document) {
        Map<Heading, String> anchors = LeafletMarkdown.headingAnchors(document);
        List<Question> questions = new ArrayList<>();
        boolean inFaq = false;
        Heading question = null;
        List<Node> answer = new ArrayList<>();
        for (Node child = document.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Heading h && h.getLevel() <= 3) {
                if (question != null) {
                    questions.add(question(question, anchors.get(question), answer));
                    question = null;
                    answer.clear();
                }
                if (h.getLevel() <= 2) {
                    inFaq = opensFaq(h);
                } else if (inFaq) {
                    question = h;
                }
            } else if (question != null) {
                answer.add(child);
            }
        }
        if (question != null) {
            questions.add(question(question, anchors.get(question), answer));
        }
        return questions;
    }

    private static Question question(Heading heading, String anchor, List<Node> answer) {
        StringBuilder text = new StringBuilder();
        for (Node n : answer) {
            String part = LeafletMarkdown.plainText(n);
            if (!part.isEmpty()) {
                text.append(text.isEmpty() ? "" : "\n").append(part);
            }
        }
        return new Question(LeafletMarkdown.plainText(heading), anchor, text.toString(), heading);
    }
}
