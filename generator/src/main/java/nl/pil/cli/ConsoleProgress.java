package nl.pil.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import nl.pil.app.BuildSummary;
import nl.pil.output.Progress;

/**
 * Progress on the console: on a terminal one line that redraws itself ({@code render pdf [#####.....] 12/38});
 * elsewhere (CI logs) one plain line per stage when it ends.
 */
final class ConsoleProgress implements Progress {
    private static final int WIDTH = 24;
    private static final long REDRAW_NANOS = 80_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;
    private volatile String stage = "";
    private volatile long drawnAt;

    ConsoleProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** Whether standard error is an interactive terminal (no progress bar in CI logs or pipes). */
    static boolean onTerminal() {
        if (System.getenv("CI") != null || "dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try { // Java 22+ knows whether the console really is a terminal
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    @Override
    public void begin(String stage, int total) {
        this.stage = stage;
        this.total = total;
        done.set(0);
        if (terminal) {
            draw();
        }
    }

    @Override
    public void step(String stage) {
        done.incrementAndGet();
        long now = System.nanoTime();
        if (terminal && now - drawnAt > REDRAW_NANOS) {
            synchronized (this) {
                draw();
            }
        }
    }

    @Override
    public synchronized void end(String stage, Duration took) {
        String counted = total > 0 ? " " + done.get() + "/" + total : "";
        String line = String.format(Locale.ROOT, "%-16s%s in %s", stage, counted, BuildSummary.seconds(took));
        if (terminal) {
            err.print("\r\u001b[2K");
        } else {
            line = "pil: " + line;
        }
        err.println(line);
        err.flush();
    }

    private void draw() {
        drawnAt = System.nanoTime();
        String bar = "";
        if (total > 0) {
            int filled = Math.min(WIDTH, done.get() * WIDTH / total);
            bar = " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done.get() + "/" + total;
        }
        err.print("\r\u001b[2K" + String.format(Locale.ROOT, "%-16s", stage) + bar);
        err.flush();
    }
}
