package nl.pil.cli;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import nl.pil.build.BuildResult;
import nl.pil.build.Compiler;
import nl.pil.serve.SiteServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build the site, then serve it over HTTP until stopped (Ctrl-C).")
class ServeCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Option(names = {"-p", "--port"}, defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; use 0.0.0.0 to serve other machines).")
    String host;

    @Option(names = "--no-build", description = "Serve the output folder as it is, without building first.")
    boolean noBuild;

    @Option(names = {"-w", "--watch"}, description = "Rebuild when content or templates change, and reload open pages.")
    boolean watch;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var options = project.toBuildOptions();
        var err = spec.commandLine().getErr();
        var out = spec.commandLine().getOut();
        // with --watch, unchanged leaflet files are parsed once and replaced sites removed in the background;
        // the outputs reuse unchanged pages by themselves
        nl.pil.build.BuildSession session = watch ? new nl.pil.build.BuildSession() : null;
        if (!noBuild) {
            BuildResult result = new Compiler(options, nl.pil.build.Progress.NONE, session).buildIfChanged();
            Report.diagnostics(result, err);
            if (result.hasErrors()) {
                err.println("pil: build failed: " + Report.counts(result));
                if (!Files.isDirectory(options.outputFolder())) {
                    return Main.CONTENT_ERRORS;
                }
                err.println("pil: serving the previous build of " + options.outputFolder());
            } else if (result.upToDate()) {
                out.println("nothing changed since the last build: " + Report.plural(result.pages(), "page") + " up to date");
            } else {
                out.println("built " + Report.plural(result.pages(), "page") + " in " + Report.times(result));
            }
        }
        nl.pil.publish.Publisher.recover(options.outputFolder()); // --no-build after a build killed in its swap
        if (!Files.isDirectory(options.outputFolder())) {
            err.println("pil: nothing to serve: " + options.outputFolder() + " does not exist; run 'pil build' first");
            return Main.CONTENT_ERRORS;
        }
        SiteServer server = SiteServer.find().orElse(null);
        if (server == null) {
            err.println("pil: serving needs the site module (pil-site) on the class path; run the full pil jar");
            return Main.FAILURE;
        }
        nl.pil.serve.LiveReload live = watch ? new nl.pil.serve.LiveReload() : null;
        if (live != null) {
            server.enableLiveReload(live);
        }
        server.start(options.outputFolder(), new InetSocketAddress(host, port));
        InetSocketAddress bound = server.address();
        String shown = bound.getAddress().isAnyLocalAddress() || bound.getAddress().isLoopbackAddress() ? "localhost" : bound.getHostString();
        out.println("serving " + options.outputFolder() + " on http://" + shown + ":" + bound.getPort() + "/ (Ctrl-C to stop)");
        out.flush();
        if (live != null) {
            try (session) {
                session.prepare(options.outputFolder()); // the first rebuild then finds the site's folders made
            return watchAndRebuild(options, session, live, out, err, server);
            }
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    /** Rebuilds on every change until stopped; a failed build keeps the last good site served. */
    private int watchAndRebuild(nl.pil.build.BuildOptions options, nl.pil.build.BuildSession session, nl.pil.serve.LiveReload live,
                                java.io.PrintWriter out, java.io.PrintWriter err, SiteServer server) throws Exception {
        try (nl.pil.watch.Rebuilder rebuilder = new nl.pil.watch.Rebuilder(options, session, live)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    rebuilder.close();
                } catch (java.io.IOException ignored) {
                    // stopping anyway
                }
                server.close();
                session.close(); // Ctrl-C ends the process before call() can: remove the spare folder here
            }));
            out.println("watching " + rebuilder.roots() + " for changes");
            out.flush();
            rebuilder.run(new nl.pil.watch.Rebuilder.Listener() {
                @Override
                public void rebuilt(nl.pil.watch.Rebuilder.Rebuilt rebuilt) {
                    BuildResult result = rebuilt.result();
                    Report.diagnostics(result, err);
                    out.println(result.hasErrors()
                            ? "rebuild failed: " + Report.counts(result) + "; still serving the last good site"
                            : "rebuilt " + Report.written(rebuilt.compiler(), result) + " in " + Report.seconds(rebuilt.took()) + " "
                            + Report.times(result).replaceFirst("^[^(]*", ""));
                    out.flush();
                    err.flush();
                }

                @Override
                public void failed(Exception e) {
                    err.println("pil: rebuild failed: " + e.getMessage());
                    err.flush();
                }
            });
        }
        return 0;
    }
}
