package nl.pil.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathTest {

    @Test
    void splitsIntoSegmentsAndNotesTheTrailingSlash() {
        assertEquals(new RequestPath(List.of(), true), RequestPath.parse("/"));
        assertEquals(new RequestPath(List.of("nl", "ct-scan"), true), RequestPath.parse("/nl/ct-scan/"));
        assertEquals(new RequestPath(List.of("assets", "pil.css"), false), RequestPath.parse("/assets/pil.css"));
    }

    @Test
    void decodesPercentEncodedUtf8() {
        assertEquals(
                new RequestPath(List.of("nl", "röntgen foto.pdf"), false),
                RequestPath.parse("/nl/r%C3%B6ntgen%20foto.pdf"));
        assertEquals("€", RequestPath.decode("%e2%82%ac"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "%zz",
                "/%zz",
                "/a%2",
                "/a%",
                "/%g0",
                "/%0g",
                "/%\uff11\uff11", // full-width digits are not hex digits
                "/%c3%28", // invalid UTF-8 continuation
                "/%c0%ae%c0%ae/secret.txt", // overlong encoding of '.'
                "/%ed%a0%80", // an encoded surrogate
                "/%e2%82", // truncated sequence
                "/%ff",
                "/caf\u00e9", // raw non-ASCII must be percent-encoded
                "/a b",
                "/nl%00/index.html",
                "/nl/%0a",
                "/%7f",
                "/%c2%85",
                "/%5c..%5csecret.txt",
                "/a\\b",
                "/..",
                "/../secret.txt",
                "/%2e%2e/secret.txt",
                "/nl/..%2f..%2fsecret.txt",
                "/nl/./index.html",
                "/nl/%2e/",
                "//etc/passwd",
                "/nl//index.html",
                "//",
                "/nl%2f%2findex.html",
                "",
                "index.html",
                "*"
            })
    void rejectsAnythingThatIsNotAPlainPath(String raw) {
        assertThrows(IllegalArgumentException.class, () -> RequestPath.parse(raw));
    }

    @Test
    void rejectsANullPath() {
        assertThrows(IllegalArgumentException.class, () -> RequestPath.parse(null));
    }

    @Test
    void keepsDotsInsideNamesAndHiddenNamesForTheHandlerToRefuse() {
        RequestPath path = RequestPath.parse("/.site.new-x/a..b/.well-known/");
        assertEquals(List.of(".site.new-x", "a..b", ".well-known"), path.segments());
        assertTrue(path.directory());
        assertFalse(RequestPath.parse("/...").directory());
    }
}
