package nl.pil.maven;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.maven.plugin.logging.Log;

/**
 * Runs a goal in a forked JVM ({@link Forked}) on the Java that {@link JavaFinder} found, its messages streamed into
 * Maven's log as they come. Maven stopping (Ctrl-C) or {@code stop} counted down ends the forked JVM too.
 */
final class Fork {
    private final JavaFinder.Jdk jdk;
    private final List<File> classPath;
    private final Log log;

    /** {@code classPath}: the plugin's resolved dependencies; {@code null} takes this JVM's class path (tests). */
    Fork(JavaFinder.Jdk jdk, List<File> classPath, Log log) {
        this.jdk = jdk;
        this.classPath = classPath;
        this.log = log;
    }

    /** The command that runs the goal. */
    List<String> command(Params params) {
        List<String> command = new ArrayList<>();
        command.add(jdk.java().toString());
        // as pil.jar's manifest says: Lucene maps its index files through the FFM API, without a warning
        command.add("--enable-native-access=ALL-UNNAMED");
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classPath()));
        command.add(Forked.class.getName());
        command.addAll(params.toArgs());
        return command;
    }

    /** The plugin's own jar first (it holds {@link Forked}), then Pil and the libraries. */
    private Set<String> classPath() {
        Set<String> entries = new LinkedHashSet<>();
        try {
            entries.add(Path.of(Forked.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toString());
        } catch (URISyntaxException | RuntimeException e) {
            // then the plugin's artifact in the list below has it
        }
        if (classPath == null) {
            entries.addAll(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
        } else {
            for (File f : classPath) {
                entries.add(f.getAbsolutePath());
            }
        }
        return entries;
    }

    /** Runs the goal in {@code folder} until it ends, or until {@code stop} is counted down (may be {@code null}). */
    void run(Params params, File folder, CountDownLatch stop) throws GoalException {
        ProcessBuilder builder = new ProcessBuilder(command(params));
        if (folder != null) {
            builder.directory(folder);
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw GoalException.error("Pil cannot start " + jdk.java() + ": " + e.getMessage(), e);
        }
        AtomicBoolean ended = new AtomicBoolean();
        Thread stopper = new Thread(() -> end(process, ended), "pil-fork-stopper");
        Runtime.getRuntime().addShutdownHook(stopper);
        Thread errors = new Thread(() -> stream(process, true), "pil-fork-stderr");
        errors.setDaemon(true);
        errors.start();
        Thread stopWatch = null;
        if (stop != null) {
            stopWatch = new Thread(
                    () -> {
                        try {
                            stop.await();
                            end(process, ended);
                        } catch (InterruptedException e) {
                            // the goal ended first
                        }
                    },
                    "pil-fork-stop");
            stopWatch.setDaemon(true);
            stopWatch.start();
        }
        String last;
        int code;
        try {
            last = stream(process, false);
            code = process.waitFor();
            errors.join(5_000);
        } catch (InterruptedException e) {
            end(process, ended);
            Thread.currentThread().interrupt();
            throw GoalException.error("Pil: interrupted", e);
        } finally {
            if (stopWatch != null) {
                stopWatch.interrupt();
            }
            try {
                Runtime.getRuntime().removeShutdownHook(stopper);
            } catch (IllegalStateException e) {
                // Maven is stopping: the hook runs
            }
        }
        String message = last == null ? null : last.substring(2);
        if (ended.get() && code != 1 && code != 2) {
            return; // stopped as asked (a JVM ended by SIGTERM exits with 143)
        }
        if (code == 1) {
            throw GoalException.failure(
                    message != null && last.startsWith(Forked.FAILURE) ? message : "Pil found errors; see above");
        }
        if (code == 2) {
            throw GoalException.error(
                    message != null && last.startsWith(Forked.PROBLEM) ? message : "Pil failed; see above", null);
        }
        if (code != 0) {
            throw GoalException.error(
                    "Pil failed in " + jdk.java() + " (exit code " + code + "); see the messages above", null);
        }
    }

    /** Ends the forked JVM as Ctrl-C would (it stops serving first), and waits a little for it. */
    private static void end(Process process, AtomicBoolean ended) {
        if (!process.isAlive()) {
            return;
        }
        ended.set(true);
        // through its handle: Process.destroy would also close the pipes, losing its last lines
        process.toHandle().destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.toHandle().destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.toHandle().destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Logs the forked JVM's lines as they come; returns the last line of stdout in {@link Forked}'s form. */
    private String stream(Process process, boolean stderr) {
        String last = null;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                stderr ? process.getErrorStream() : process.getInputStream(),
                stderr ? java.nio.charset.Charset.defaultCharset() : StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (stderr) {
                    log.warn(line);
                    continue;
                }
                String kind = line.length() >= 2 ? line.substring(0, 2) : "";
                String text = Forked.unescape(line.length() >= 2 ? line.substring(2) : line);
                if (kind.equals(Forked.INFO)) {
                    log.info(text);
                } else if (kind.equals(Forked.WARN)) {
                    log.warn(text);
                } else if (kind.equals(Forked.ERROR)) {
                    log.error(text);
                } else if (kind.equals(Forked.FAILURE) || kind.equals(Forked.PROBLEM)) {
                    last = kind + text;
                } else {
                    log.info(line);
                }
            }
        } catch (IOException e) {
            log.warn("Pil: lost the forked JVM's output: " + e.getMessage());
        }
        return last;
    }
}
