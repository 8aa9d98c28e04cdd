package nl.pil.maven;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The main class of the forked JVM (Java 21+) that runs a goal when Maven's own is older: the goal's
 * {@link Params} come as arguments, each message goes to stdout as one line, its level first ({@link Fork} logs it
 * in Maven's log as it comes). Exit code 0 done, 1 a failure (the content's fault), 2 an error (a wrong parameter,
 * an unwritable folder), 3 a bug (its trace on stderr); the last line before 1 or 2 is the message.
 */
public final class Forked {
    static final String INFO = "I ", WARN = "W ", ERROR = "E ", FAILURE = "F ", PROBLEM = "X ";

    private Forked() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        Out log = new Out() {
            @Override
            public void info(String message) {
                out.println(INFO + escape(message));
            }

            @Override
            public void warn(String message) {
                out.println(WARN + escape(message));
            }

            @Override
            public void error(String message) {
                out.println(ERROR + escape(message));
            }
        };
        Params params = Params.fromArgs(args);
        // Maven stopping destroys this JVM (SIGTERM): stop serving as Ctrl-C stops pil serve, then let it exit
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.countDown();
            try {
                done.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        int code;
        try {
            if (params.goal().equals("build")) {
                Goals.build(params, log);
            } else if (params.goal().equals("check")) {
                Goals.check(params, log);
            } else if (params.goal().equals("serve")) {
                Goals.serve(params, log, stop, address -> {});
            } else {
                throw GoalException.error("Pil: no goal " + params.goal(), null);
            }
            code = 0;
        } catch (GoalException e) {
            out.println((e.isFailure() ? FAILURE : PROBLEM) + escape(e.getMessage()));
            code = e.isFailure() ? 1 : 2;
        } catch (Throwable t) {
            t.printStackTrace();
            code = 3;
        }
        out.flush();
        done.countDown();
        System.exit(code);
    }

    /** One message on one line: backslashes and line breaks escaped. */
    static String escape(String message) {
        return String.valueOf(message)
                .replace("\\", "\\\\")
                .replace("\r", "\\r")
                .replace("\n", "\\n");
    }

    static String unescape(String line) {
        StringBuilder s = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                s.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }
}
