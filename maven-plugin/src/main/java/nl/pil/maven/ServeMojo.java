package nl.pil.maven;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.concurrent.CountDownLatch;
import nl.pil.build.BuildOptions;
import nl.pil.serve.SiteServer;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the site, then serves it over HTTP (pages and the search service) until Maven is stopped with Ctrl-C.
 * Like {@code pil serve}: when the content has errors they are logged and the previous build is served if there is
 * one; without a previous build the goal fails. Not bound to a phase: run it as {@code mvn pil:serve}. With
 * {@code -Dpil.watch} it rebuilds on every change and open pages reload themselves, as {@code pil watch} does.
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends BuildMojo {
    /** Port to listen on; 0 picks a free one. */
    @Parameter(property = "pil.port", defaultValue = "8080")
    int port;

    /** Address to listen on; {@code 0.0.0.0} serves other machines too. */
    @Parameter(property = "pil.host", defaultValue = "127.0.0.1")
    String host;

    /** Serve the output folder as it is, without building it first. */
    @Parameter(property = "pil.noBuild", defaultValue = "false")
    boolean noBuild;

    /** Rebuild when content or templates change, and reload open pages (errors are shown over the page). */
    @Parameter(property = "pil.watch", defaultValue = "false")
    boolean watch;

    /** Counted down to stop serving: by the shutdown hook (Ctrl-C), or by a test. */
    final CountDownLatch stop = new CountDownLatch(1);

    /** The address actually bound, once serving (for tests with port 0). */
    volatile InetSocketAddress bound;

    @Override
    String goal() {
        return "serve";
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        BuildOptions options = options();
        nl.pil.build.BuildSession session = watch ? new nl.pil.build.BuildSession() : null;
        try {
            serve(options, session);
        } finally {
            if (session != null) {
                session.close();
            }
        }
    }

    private void serve(BuildOptions options, nl.pil.build.BuildSession session) throws MojoExecutionException, MojoFailureException {
        if (!noBuild) {
            try {
                build(options, session);
            } catch (MojoFailureException e) {
                if (!Files.isDirectory(options.outputFolder())) {
                    throw e;
                }
                getLog().error(e.getMessage());
                getLog().warn("Pil: serving the previous build in " + output);
            }
        }
        try {
            nl.pil.publish.Publisher.recover(options.outputFolder()); // pil.noBuild after a build killed in its swap
        } catch (IOException e) {
            throw new MojoExecutionException("Pil cannot read " + output + ": " + e.getMessage(), e);
        }
        if (!Files.isDirectory(options.outputFolder())) {
            throw new MojoFailureException("Pil: nothing to serve: " + output + " does not exist; build it first (without pil.noBuild)");
        }
        SiteServer server = ServiceLoader.load(SiteServer.class, getClass().getClassLoader()).findFirst()
                .orElseThrow(() -> new MojoExecutionException("Pil: no site server on the plugin's class path (pil-site is missing)"));
        nl.pil.serve.LiveReload live = session != null ? new nl.pil.serve.LiveReload() : null;
        if (live != null) {
            server.enableLiveReload(live);
        }
        try {
            server.start(options.outputFolder(), new InetSocketAddress(host, port));
        } catch (IOException e) {
            server.close();
            // the server's advice names the command line's options
            String reason = String.valueOf(e.getMessage()).replace("--port", "-Dpil.port").replace("--host", "-Dpil.host");
            throw new MojoExecutionException("Pil cannot serve " + output + ": " + reason, e);
        }
        // on Ctrl-C the JVM runs this and then exits; the main thread may not get to its finally block
        Thread hook = new Thread(() -> {
            server.close();
            stop.countDown();
        }, "pil-serve-stop");
        nl.pil.watch.Rebuilder rebuilder = null;
        try {
            Runtime.getRuntime().addShutdownHook(hook);
            if (live != null) {
                session.prepare(options.outputFolder()); // the first rebuild then finds the site's folders made
                rebuilder = watch(options, session, live);
            }
            bound = server.address();
            String shown = bound.getAddress().isAnyLocalAddress() || bound.getAddress().isLoopbackAddress() ? "localhost" : bound.getHostString();
            getLog().info("Pil: serving " + output + " on http://" + shown + ":" + bound.getPort() + "/ (Ctrl-C to stop)");
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new MojoExecutionException("Pil cannot watch " + options.contentFolder() + ": " + e.getMessage(), e);
        } finally {
            if (rebuilder != null) {
                try {
                    rebuilder.close();
                } catch (IOException ignored) {
                    // stopping anyway
                }
            }
            server.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the JVM is going down and runs the hook itself
            }
            getLog().info("Pil: stopped serving");
        }
    }

    /** Starts rebuilding on every change, on a thread of its own; logs each rebuild as the build goal logs a build. */
    private nl.pil.watch.Rebuilder watch(BuildOptions options, nl.pil.build.BuildSession session, nl.pil.serve.LiveReload live)
            throws IOException {
        nl.pil.watch.Rebuilder rebuilder = new nl.pil.watch.Rebuilder(options, session, live);
        Thread thread = new Thread(() -> {
            try {
                rebuilder.run(new nl.pil.watch.Rebuilder.Listener() {
                    @Override
                    public void rebuilt(nl.pil.watch.Rebuilder.Rebuilt rebuilt) {
                        log(rebuilt.result());
                        if (rebuilt.result().hasErrors()) {
                            getLog().error("Pil: the change has errors (listed above); still serving the last good site");
                        } else {
                            getLog().info("Pil rebuilt " + output + " in " + String.format(Locale.ROOT, "%.2f s", rebuilt.took().toNanos() / 1e9)
                                    + rebuilt.compiler().outputs().stream().filter(o -> o.counts() != null)
                                    .map(o -> ", " + o.counts().written() + " of " + o.counts().total() + (o.name().equals("pdf") ? " handouts" : " pages") + " written")
                                    .collect(java.util.stream.Collectors.joining()));
                        }
                    }

                    @Override
                    public void failed(Exception e) {
                        getLog().error("Pil: rebuild failed: " + e.getMessage());
                    }
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "pil-watch");
        thread.setDaemon(true);
        thread.start();
        getLog().info("Pil: watching " + rebuilder.roots() + " for changes");
        return rebuilder;
    }
}
