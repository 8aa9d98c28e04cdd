package nl.pil.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Phone numbers, dates and times in right-to-left text are set apart left to right; left-to-right pages are left as is. */
class NumberIsolationTest {
    private static String render(String markdown, boolean rightToLeft) {
        BodyContext context = new BodyContext() {
            @Override
            public ResolvedLink resolveLeaflet(String leafletId, String fragment) {
                return new ResolvedLink("../" + leafletId + "/", null, null);
            }

            @Override
            public String cardHtml(String leafletId) {
                return "";
            }

            @Override
            public String alertTitle(Alert.Kind kind) {
                return kind.key();
            }

            @Override
            public boolean rightToLeft() {
                return rightToLeft;
            }
        };
        return LeafletMarkdown.renderHtml(LeafletMarkdown.parse(markdown), context);
    }

    @Test
    void aPhoneNumberInArabicTextIsOneLeftToRightUnit() {
        assertEquals(
                "<p>اتصل بالرقم <span class=\"number\" dir=\"ltr\">+31 40 555 01 20</span> من <span class=\"number\""
                        + " dir=\"ltr\">8.00–17.00</span> يوم 3 في الشهر.</p>\n",
                render("اتصل بالرقم +31 40 555 01 20 من 8.00–17.00 يوم 3 في الشهر.", true));
        assertTrue(
                render("**اتصل: 040-555 0120** أو [الموقع](ct)", true)
                        .contains("<strong>اتصل: <span class=\"number\" dir=\"ltr\">040-555 0120</span></strong>"),
                "inside emphasis too");
        assertEquals(
                "<p>Bel +31 40 555 01 20.</p>\n", render("Bel +31 40 555 01 20.", false), "left to right: as written");
    }

    @Test
    void textIsEscapedAroundTheNumbers() {
        assertEquals(
                "<p>&lt;b&gt; <span class=\"number\" dir=\"ltr\">020 555</span> &amp;</p>\n",
                render("\\<b\\> 020 555 &amp;", true));
    }

    @Property(tries = 200)
    void theTextIsUnchangedButForTheMarkup(@ForAll @IntRange(min = 0, max = 999_999_999) int n) {
        String number = "+31 " + n;
        String html = render("بالرقم " + number + " اتصل", true);
        assertEquals(
                "<p>بالرقم " + number + " اتصل</p>\n",
                html.replaceAll("<span class=\"number\" dir=\"ltr\">|</span>", ""));
        assertTrue(html.contains(">" + number + "</span>"), html);
    }
}
