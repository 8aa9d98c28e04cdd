package nl.pil.site;

import java.util.ArrayList;
import java.util.List;

/**
 * The hostile strings of the security review, for the regression tests that measure it again
 * ({@code XssPayloadsTest}, {@code SearchPayloadsTest}). Every payload that could run script does something
 * detectable if it ever runs: it calls {@code alert(n)}, sets {@code top.__pwned = n} or puts {@code PWNED} in the
 * document title ({@code n} is the payload's number). Template injections ({@code tpl{{7*7}}}) would show
 * {@code tpl49}. None holds a line break.
 */
public final class Payloads {
    /** What a template injection shows if it was evaluated. */
    public static final String TEMPLATE_EVALUATED = "tpl49";

    private static final List<String> TEMPLATES = List.of(
            "<script>M</script>",
            "<img src=x onerror=M>",
            "<svg onload=M>",
            "<svg/onload=M>",
            "<svg><script>M</script></svg>",
            "\"><script>M</script>",
            "'><script>M</script>",
            "\" onmouseover=\"M\" x=\"",
            "' onmouseover='M' x='",
            "\" autofocus onfocus=\"M\" x=\"",
            "' autofocus onfocus=M x='",
            "</script><script>M</script>",
            "<!--<script>M</script>-->",
            "--><script>M</script>",
            "<!-- x",
            "javascript:M",
            "JaVaScRiPt:M//",
            " javascript:M",
            "tpl{{7*7}}",
            "tpl${7*7}",
            "tpl#{7*7}",
            "tpl[=7*7]",
            "tpl<#assign x=7*7>${x}",
            "{{constructor.constructor('M')()}}",
            "`${M}`",
            "<iframe srcdoc=\"<script>M</script>\"></iframe>",
            "<iframe src=\"javascript:M\"></iframe>",
            "&lt;script&gt;M&lt;/script&gt;",
            "&#60;script&#62;M&#60;/script&#62;",
            "\\u003cscript\\u003eM\\u003c/script\\u003e",
            "\\x3cscript\\x3eM\\x3c/script\\x3e",
            "%3Cscript%3EM%3C%2Fscript%3E",
            "\"}</script><script>M</script>",
            "\\\"}]}</script><script>M</script>",
            "\u2028\u2029</script><script>M</script>",
            "</style><script>M</script>",
            "</style><img src=x onerror=M>",
            "<style>@import 'javascript:M';</style>",
            "</title><script>M</script>",
            "</textarea><script>M</script>",
            "<math><mtext><table><mglyph><style><img src=x onerror=M>",
            "<template><img src=x onerror=M></template>",
            "<noscript><p title=\"</noscript><img src=x onerror=M>\">",
            "<svg><style><img src=x onerror=M></style></svg>",
            "<form><math><mtext></form><form><mglyph><style></math><img src onerror=M>",
            "<xmp><p title=\"</xmp><img src=x onerror=M>\">",
            "<details open ontoggle=M>",
            "<body onload=M>",
            "<input autofocus onfocus=M>",
            "<video><source onerror=M></video>",
            "<audio src=x onerror=M>",
            "<object data=\"javascript:M\"></object>",
            "<embed src=\"javascript:M\">",
            "<a href=\"javascript:M\">click</a>",
            "<base href=\"javascript:M//\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:M\">",
            "<svg><animate onbegin=M attributeName=x dur=1s>",
            "<svg><a><animate attributeName=href values=javascript:M /><text x=20 y=20>X</text></a></svg>",
            "<img src=x:x onerror=M//",
            "<scr<script>ipt>M</scr</script>ipt>",
            "<ScRiPt>M</sCrIpT>",
            "<script src=data:text/javascript,M></script>",
            "<<script>M//<</script>",
            "<img \"\"\"><script>M</script>\">",
            "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;1&#41;>",
            "<a href=\"&#106;avascript:M\">x</a>",
            "\uFF1Cscript\uFF1EM\uFF1C/script\uFF1E",
            "<marquee onstart=M>",
            "[x](javascript:M)",
            "<javascript:M>",
            "data:text/html,<script>M</script>",
            "x ".repeat(400) + "<script>M</script>");

    private static final List<String> ALL = expand();

    private Payloads() {}

    private static List<String> expand() {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < TEMPLATES.size(); i++) {
            int n = i + 1;
            String marker = switch (n % 3) {
                case 0 -> "alert(" + n + ")";
                case 1 -> "top.__pwned=" + n;
                default -> "document.title=/PWNED/.source+" + n;
            };
            list.add(TEMPLATES.get(i).replace("M", marker));
        }
        return List.copyOf(list);
    }

    /** Every payload, each distinct. */
    public static List<String> all() {
        return ALL;
    }
}
