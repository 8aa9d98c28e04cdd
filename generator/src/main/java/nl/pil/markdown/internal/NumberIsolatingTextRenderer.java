package nl.pil.markdown.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Text on a right-to-left page, with each run of digits and their separators ("+31 40 555 01 20", "2026-11-23",
 * "8.00–17.00") set apart left to right: in Arabic text the bidi algorithm would otherwise move a leading "+" or
 * the groups of a phone number around, and a patient would dial the wrong number.
 */
public final class NumberIsolatingTextRenderer implements NodeRenderer {
    /** Digits with spaces, dots, dashes, slashes or brackets between them, optionally after a plus: 4 or more chars. */
    static final Pattern NUMBER = Pattern.compile("\\+?\\(?\\d[\\d ().\\-–/]{2,}\\d");

    /** In a fixed order (Map.of's changes from run to run): the output must be reproducible. */
    private static final Map<String, String> ATTRIBUTES = new LinkedHashMap<>();

    static {
        ATTRIBUTES.put("class", "number");
        ATTRIBUTES.put("dir", "ltr");
    }

    private final HtmlWriter out;

    public NumberIsolatingTextRenderer(HtmlNodeRendererContext html) {
        this.out = html.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Text.class);
    }

    @Override
    public void render(Node node) {
        String text = ((Text) node).getLiteral();
        Matcher m = NUMBER.matcher(text);
        int done = 0;
        while (m.find()) {
            if (!m.group().contains(" ")
                    && !m.group().startsWith("+")
                    && m.group().chars().allMatch(Character::isDigit)) {
                continue; // a plain number ("2026") needs no isolation: digits alone already read left to right
            }
            out.text(text.substring(done, m.start()));
            out.tag("span", ATTRIBUTES);
            out.text(m.group());
            out.tag("/span");
            done = m.end();
        }
        out.text(text.substring(done));
    }
}
