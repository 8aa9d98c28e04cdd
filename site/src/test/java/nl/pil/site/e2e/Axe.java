package nl.pil.site.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import org.openqa.selenium.WebDriver;

/** axe-core's WCAG 2.2 A/AA and best-practice rules on the page the browser shows. */
final class Axe {
    private Axe() {}

    /** Fails with each violation (rule, help, first elements) of the page as it is now; {@code what} names it. */
    static void assertNoViolations(WebDriver browser, String what) {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"))
                .analyze(browser);
        List<String> violations = results.getViolations().stream()
                .map(r -> r.getId() + " (" + r.getImpact() + "): " + r.getHelp() + " at "
                        + r.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .limit(3)
                                .toList())
                .toList();
        assertEquals(List.of(), violations, what);
        assertTrue(results.getPasses().size() > 10, "axe actually ran");
    }
}
