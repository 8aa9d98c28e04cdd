package nl.pil.cli;

import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code pil}: the standalone tool. Exit codes: 0 ok, 1 errors in content, 2 wrong usage, 3 internal failure. */
@Command(
        name = "pil",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Compiles patient-information leaflets (Markdown) into a multilingual website.",
        subcommands = {
            BuildCommand.class,
            BundleCommand.class,
            CheckCommand.class,
            HealthCommand.class,
            ServeCommand.class,
            SearchCommand.class,
            TranslationsCommand.class,
            NewCommand.class,
            CompletionCommand.class,
            WatchCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success (warnings may have been printed)",
            "1:errors in content",
            "2:wrong usage",
            "3:internal failure (a bug or an unwritable output folder)"
        })
public final class Main implements Runnable {
    public static final int CONTENT_ERRORS = 1;
    public static final int USAGE = 2;
    public static final int FAILURE = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    // held so the setting is not garbage-collected: Lucene logs a hint about the Vector API on every start
    private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");

    public static void main(String[] args) {
        LUCENE_LOG.setLevel(Level.SEVERE);
        System.exit(run(args));
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs with the given streams (tests capture them). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("pil: internal failure: " + e);
            if (System.getenv("PIL_DEBUG") != null) {
                e.printStackTrace(cmd.getErr());
            }
            return FAILURE;
        });
        try {
            return cli.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // picocli hands only exceptions to the handler above: an error would end in a trace of a thousand lines and
            // exit code 1, which means "errors in content"
            err.println("pil: internal failure: " + e);
            err.flush();
            return FAILURE;
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose a command: build, check or serve");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return BuildInfo.load().lines();
        }
    }
}
