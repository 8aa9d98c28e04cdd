package nl.pil.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.pil.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pil serve} and {@code pil watch} as a writer runs them: with the site server on the class path. */
class ServeCommandLineTest {
    @TempDir
    Path dir;

    private Path site() throws IOException {
        Path site = dir.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "<!doctype html><title>x</title>");
        return site;
    }

    /** The first port after {@code port} this test can bind, as the command looks for it. */
    private static int nextFree(int port) {
        for (int p = port + 1; ; p++) {
            try (ServerSocket probe = new ServerSocket(p, 1, InetAddress.getLoopbackAddress())) {
                return p;
            } catch (IOException busy) {
                // next
            }
        }
    }

    @Test
    void aPortInUseIsAUsageErrorThatSuggestsAFreePort() throws Exception {
        Path site = site();
        for (String command : new String[] {"serve", "watch"}) {
            try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
                int port = taken.getLocalPort();
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                int code = Main.run(
                        new PrintWriter(out, true),
                        new PrintWriter(err, true),
                        command,
                        "--no-build",
                        "--out",
                        site.toString(),
                        "--port",
                        Integer.toString(port));
                assertEquals(2, code, command + ": " + err);
                assertEquals(
                        "pil: port " + port + " is in use; try --port " + nextFree(port) + System.lineSeparator(),
                        err.toString(),
                        command);
            }
        }
    }

    @Test
    void printsTheAddressItBound() throws Exception {
        Path site = site();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger code = new AtomicInteger(-1);
        Thread serving = new Thread(() -> code.set(Main.run(
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                "serve",
                "--no-build",
                "--out",
                site.toString(),
                "--port",
                "0")));
        serving.start();
        Pattern line = Pattern.compile("serving (.+) on http://127\\.0\\.0\\.1:(\\d+)/ \\(Ctrl-C to stop\\)\\R");
        Matcher m = line.matcher("");
        boolean found = false;
        synchronized (out) {
            while (!found && serving.isAlive()) {
                m = line.matcher(out.toString());
                found = m.find();
                if (!found) {
                    out.wait(50);
                }
            }
        }
        try {
            assertTrue(found, () -> "out: " + out + "\nerr: " + err);
            assertEquals(site.toString(), m.group(1));
            assertTrue(Integer.parseInt(m.group(2)) > 0, out::toString);
        } finally {
            serving.interrupt(); // stops serving as Ctrl-C would
            serving.join();
        }
        assertEquals(0, code.get(), err::toString);
    }
}
