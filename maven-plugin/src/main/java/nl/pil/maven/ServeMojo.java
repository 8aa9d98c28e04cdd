package nl.pil.maven;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
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
 * one; without a previous build the goal fails. Not bound to a phase: run it as {@code mvn pil:serve}.
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
        if (!noBuild) {
            try {
                build(options);
            } catch (MojoFailureException e) {
                if (!Files.isDirectory(options.outputFolder())) {
                    throw e;
                }
                getLog().error(e.getMessage());
                getLog().warn("Pil: serving the previous build in " + output);
            }
        }
        if (!Files.isDirectory(options.outputFolder())) {
            throw new MojoFailureException("Pil: nothing to serve: " + output + " does not exist; build it first (without pil.noBuild)");
        }
        SiteServer server = ServiceLoader.load(SiteServer.class, getClass().getClassLoader()).findFirst()
                .orElseThrow(() -> new MojoExecutionException("Pil: no site server on the plugin's class path (pil-site is missing)"));
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
        try {
            Runtime.getRuntime().addShutdownHook(hook);
            bound = server.address();
            String shown = bound.getAddress().isAnyLocalAddress() || bound.getAddress().isLoopbackAddress() ? "localhost" : bound.getHostString();
            getLog().info("Pil: serving " + output + " on http://" + shown + ":" + bound.getPort() + "/ (Ctrl-C to stop)");
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            server.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the JVM is going down and runs the hook itself
            }
            getLog().info("Pil: stopped serving");
        }
    }
}
