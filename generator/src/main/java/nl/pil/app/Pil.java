package nl.pil.app;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.CountDownLatch;
import nl.pil.compile.BuildResult;
import nl.pil.compile.BuildSession;
import nl.pil.compile.Compiler;
import nl.pil.health.HealthReport;
import nl.pil.output.Progress;
import nl.pil.publish.Publisher;
import nl.pil.serve.LiveReload;
import nl.pil.serve.SiteServer;
import nl.pil.watch.Rebuilder;

/**
 * Pil as an application: check, build and serve a project, the way the command line ({@code nl.pil.cli}) and the
 * Maven goals ({@code nl.pil.maven}) do. They map their options into {@link Options}, call this, and print the
 * {@link BuildSummary} and the {@link ServeListener} events, each in its own words.
 */
public final class Pil {
    private final Options options;

    public Pil(Options options) {
        this.options = options;
    }

    public Options options() {
        return options;
    }

    /** Reports every problem in the content, writing nothing. */
    public BuildSummary check() {
        Compiler compiler = new Compiler(options.buildOptions());
        return new BuildSummary(options, compiler, compiler.check(), BuildSummary.Kind.CHECK, null);
    }

    /**
     * Checks the content and lays out one care-path packet into {@code file}, when the content has no errors.
     *
     * @param lang the packet's language, or {@code null} for the source language
     * @param file where it goes, or {@code null} for {@code build/<id>-<lang>.pdf}
     * @throws IllegalArgumentException there is no such bundle, or it is not made in {@code lang}
     */
    public BundleOutcome bundle(String id, String lang, Path file) throws IOException {
        Compiler compiler = new Compiler(options.buildOptions());
        Compiler.BundlePrint print = compiler.bundle(id, lang, file);
        return new BundleOutcome(
                new BuildSummary(options, compiler, print.result(), BuildSummary.Kind.CHECK, null),
                print.pages(),
                print.file());
    }

    /** What {@link #bundle} did: the check's summary, the packet's page count and file (0 and null: none written). */
    public record BundleOutcome(BuildSummary checked, int pages, Path file) {}

    /**
     * Checks the content and writes the content-health page for staff ({@link HealthReport}) into {@code folder}, which
     * must be outside the site's output folder.
     *
     * @return the check, and the page when the content could be loaded
     * @throws IllegalArgumentException the folder is inside the site's output folder
     */
    public HealthOutcome health(Path folder) throws IOException {
        BuildSummary checked = check();
        Optional<HealthReport.Written> written = HealthReport.write(options.buildOptions(), folder, checked.result());
        return new HealthOutcome(checked, written);
    }

    /** What {@link #health} did: the check's summary, and the page it wrote (empty when the content did not load). */
    public record HealthOutcome(BuildSummary checked, Optional<HealthReport.Written> written) {}

    /** Builds without showing progress; see {@link #build(Progress)}. */
    public BuildSummary build() throws IOException {
        return build(Progress.NONE);
    }

    /**
     * Builds the site, unless nothing changed since the last build. With {@code failOnWarnings} the content is checked
     * first, so that a warning stops the build before anything is written.
     *
     * @throws IOException the output folder cannot be written
     */
    public BuildSummary build(Progress progress) throws IOException {
        return build(progress, null);
    }

    private BuildSummary build(Progress progress, BuildSession session) throws IOException {
        if (options.failOnWarnings()) {
            Compiler checker = new Compiler(options.buildOptions(), Progress.NONE, session);
            BuildResult checked = checker.check();
            if (checked.hasErrors() || checked.warningCount() > 0) {
                return new BuildSummary(options, checker, checked, BuildSummary.Kind.STOPPED_BY_WARNINGS, null);
            }
        }
        Compiler compiler = new Compiler(options.buildOptions(), progress, session);
        return new BuildSummary(options, compiler, compiler.buildIfChanged(), BuildSummary.Kind.BUILD, null);
    }

    /** Serves until stopped by Ctrl-C; see {@link #serve(ServeListener, CountDownLatch)}. */
    public ServeOutcome serve(ServeListener listener) throws ServeException {
        return serve(listener, new CountDownLatch(1));
    }

    /**
     * Builds (unless {@code noBuild}), then serves the output folder over HTTP until {@code stop} is counted down or
     * the process is stopped (Ctrl-C). When the build fails, the earlier build in the output folder is served if there
     * is one. With {@code watch} it rebuilds on every change of content or templates, and open pages reload
     * themselves; a failed rebuild leaves the last good site served.
     */
    public ServeOutcome serve(ServeListener listener, CountDownLatch stop) throws ServeException {
        // while watching, unchanged leaflet files are parsed once and replaced sites removed in the background;
        // the outputs reuse unchanged pages by themselves
        BuildSession session = options.watch() ? new BuildSession() : null;
        try {
            return serve(listener, stop, session);
        } finally {
            if (session != null) {
                session.close();
            }
        }
    }

    private ServeOutcome serve(ServeListener listener, CountDownLatch stop, BuildSession session)
            throws ServeException {
        Path folder = options.outputFolder();
        BuildSummary built = null;
        if (!options.noBuild()) {
            try {
                built = build(Progress.NONE, session);
            } catch (IOException e) {
                throw new ServeException(ServeException.Step.BUILD, e);
            }
            listener.built(built);
            if (built.failed()) {
                if (!Files.isDirectory(folder)) {
                    return new ServeOutcome(ServeOutcome.End.BUILD_FAILED, built);
                }
                listener.servingPreviousBuild(built);
            }
        }
        try {
            Publisher.recover(folder); // noBuild after a build killed in its swap
        } catch (IOException e) {
            throw new ServeException(ServeException.Step.RECOVER, e);
        }
        if (!Files.isDirectory(folder)) {
            return new ServeOutcome(ServeOutcome.End.NOTHING_TO_SERVE, built);
        }
        SiteServer server = findServer().orElse(null);
        if (server == null) {
            return new ServeOutcome(ServeOutcome.End.NO_SERVER, built);
        }
        LiveReload live = session != null ? new LiveReload() : null;
        if (live != null) {
            server.enableLiveReload(live);
        }
        Rebuilder rebuilder = null;
        if (live != null) {
            session.prepare(folder); // the first rebuild then finds the site's folders made
            try {
                // watching before serving: a save made as soon as the site answers is seen (registering the folders
                // of 20,000 leaflets takes seconds)
                rebuilder = new Rebuilder(options.buildOptions(), session, live);
            } catch (IOException e) {
                server.close();
                throw new ServeException(ServeException.Step.WATCH, e);
            }
        }
        try {
            server.start(folder, new InetSocketAddress(options.host(), options.port()));
        } catch (IOException e) {
            close(rebuilder);
            server.close();
            throw new ServeException(ServeException.Step.START, e);
        }
        Thread hook = null;
        try {
            // on Ctrl-C the JVM runs this and then exits; the serving thread may not get to its finally block
            Rebuilder watching = rebuilder;
            hook = new Thread(
                    () -> {
                        close(watching);
                        server.close();
                        if (session != null) {
                            session.close(); // removes the spare folder
                        }
                        stop.countDown();
                    },
                    "pil-serve-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            if (watching != null) {
                rebuildOnChanges(watching, listener);
            }
            InetSocketAddress bound = server.address();
            String shown =
                    bound.getAddress().isAnyLocalAddress() || bound.getAddress().isLoopbackAddress()
                            ? "localhost"
                            : bound.getHostString();
            listener.serving(new ServeListener.Serving(
                    folder,
                    bound,
                    "http://" + shown + ":" + bound.getPort() + "/",
                    watching == null ? List.of() : watching.roots()));
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            close(rebuilder);
            server.close();
            if (hook != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // Ctrl-C: the JVM is going down and runs the hook itself
                }
            }
            listener.stopped();
        }
        return new ServeOutcome(ServeOutcome.End.STOPPED, built);
    }

    /** Rebuilds on every change, on a thread of its own, until the rebuilder is closed. */
    private void rebuildOnChanges(Rebuilder rebuilder, ServeListener listener) {
        Thread thread = new Thread(
                () -> {
                    try {
                        rebuilder.run(new Rebuilder.Listener() {
                            @Override
                            public void rebuilt(Rebuilder.Rebuilt rebuilt) {
                                listener.rebuilt(new BuildSummary(
                                        options,
                                        rebuilt.compiler(),
                                        rebuilt.result(),
                                        BuildSummary.Kind.REBUILD,
                                        rebuilt.took()));
                            }

                            @Override
                            public void failed(Exception e) {
                                listener.rebuildFailed(e);
                            }
                        });
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "pil-watch");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The site server: the {@code site} module's, found through the context class loader (the command line) or this
     * class's (a Maven plugin's class realm).
     */
    private static Optional<SiteServer> findServer() {
        return SiteServer.find()
                .or(() -> ServiceLoader.load(SiteServer.class, Pil.class.getClassLoader())
                        .findFirst());
    }

    private static void close(Rebuilder rebuilder) {
        if (rebuilder != null) {
            try {
                rebuilder.close();
            } catch (IOException ignored) {
                // stopping anyway
            }
        }
    }
}
