package nl.pil.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.pil.app.BuildSummary;
import nl.pil.app.Pil;
import nl.pil.app.ServeException;
import nl.pil.app.ServeListener;
import nl.pil.app.ServeOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Build the site, then serve it over HTTP until stopped (Ctrl-C).")
class ServeCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Mixin
    OutputOptions output = new OutputOptions();

    @Mixin
    PublishOptions publish = new PublishOptions();

    @Option(
            names = {"-p", "--port"},
            defaultValue = "8080",
            description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(
            names = "--host",
            defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; use 0.0.0.0 to serve other machines).")
    String host;

    @Option(names = "--no-build", description = "Serve the output folder as it is, without building first.")
    boolean noBuild;

    @Option(
            names = {"-w", "--watch"},
            description = "Rebuild when content or templates change, and reload open pages.")
    boolean watch;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Pil pil = new Pil(project.toOptions(b -> publish.applyTo(output.applyTo(b))
                .host(host)
                .port(port)
                .noBuild(noBuild)
                .watch(watch)));
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Path folder = pil.options().outputFolder();
        ServeOutcome outcome;
        try {
            outcome = pil.serve(new Printer(folder, out, err));
        } catch (ServeException e) {
            if (e.step() == ServeException.Step.START) {
                // a port in use or a host this machine does not have: the writer changes --port or --host
                err.println("pil: " + e.getMessage());
                return Main.USAGE;
            }
            throw e.getCause(); // the command line reports these as internal failures (exit code 3)
        }
        return switch (outcome.end()) {
            case STOPPED -> 0;
            case BUILD_FAILED -> Main.CONTENT_ERRORS;
            case NOTHING_TO_SERVE -> {
                err.println("pil: nothing to serve: " + folder + " does not exist; run 'pil build' first");
                yield Main.CONTENT_ERRORS;
            }
            case NO_SERVER -> {
                err.println("pil: serving needs the site module (pil-site) on the class path; run the full pil jar");
                yield Main.FAILURE;
            }
        };
    }

    /** The address bound; for all addresses also the one to open on this machine. */
    static String where(ServeListener.Serving serving) {
        if (serving.allAddresses()) {
            return "all addresses, port " + serving.address().getPort() + " (on this machine: " + serving.boundUrl()
                    + ")";
        }
        return serving.boundUrl();
    }

    /** Prints what serving tells: builds and rebuilds, where it serves, what it watches. */
    private record Printer(Path folder, PrintWriter out, PrintWriter err) implements ServeListener {
        @Override
        public void built(BuildSummary build) {
            Report.diagnostics(build, err);
            if (build.failed()) {
                err.println(build.forCommandLine().servedBuildFailed());
            } else {
                out.println(build.forCommandLine().servedBuilt());
            }
        }

        @Override
        public void servingPreviousBuild(BuildSummary build) {
            err.println("pil: serving the previous build of " + folder);
        }

        @Override
        public void serving(Serving serving) {
            out.println("serving " + serving.folder() + " on " + where(serving) + " (Ctrl-C to stop)");
            out.flush();
            if (serving.watching()) {
                out.println("watching " + serving.watched() + " for changes");
                out.flush();
            }
        }

        @Override
        public void rebuilt(BuildSummary rebuild) {
            Report.diagnostics(rebuild, err);
            out.println(rebuild.forCommandLine().rebuilt());
            out.flush();
            err.flush();
        }

        @Override
        public void rebuildFailed(Exception e) {
            err.println("pil: rebuild failed: " + e.getMessage());
            err.flush();
        }
    }
}
