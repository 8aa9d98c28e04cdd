package nl.pil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {
    @Test
    void plainLinesWhenNotATerminal() {
        StringWriter out = new StringWriter();
        ConsoleProgress p = new ConsoleProgress(new PrintWriter(out), false);
        p.begin("render pdf", 3);
        p.step("render pdf");
        p.step("render pdf");
        p.step("render pdf");
        p.end("render pdf", Duration.ofMillis(1500));
        p.begin("load", 0);
        p.end("load", Duration.ofMillis(200));
        assertEquals(
                "pil: render pdf       3/3 in 1.50 s\npil: load             in 0.20 s\n",
                out.toString().replace("\r\n", "\n"));
    }

    @Test
    void aRedrawnBarOnATerminal() {
        StringWriter out = new StringWriter();
        ConsoleProgress p = new ConsoleProgress(new PrintWriter(out), true);
        p.begin("render html", 4);
        p.step("render html");
        p.end("render html", Duration.ofMillis(100));
        String text = out.toString();
        assertTrue(text.startsWith("\r\u001b[2Krender html      [........................] 0/4"), text);
        assertTrue(text.endsWith("\r\u001b[2Krender html      1/4 in 0.10 s" + System.lineSeparator()), text);
    }
}
