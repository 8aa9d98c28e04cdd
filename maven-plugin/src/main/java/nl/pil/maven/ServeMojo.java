package nl.pil.maven;

import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import nl.pil.app.BuildSummary;
import nl.pil.app.Options;
import nl.pil.app.Pil;
import nl.pil.app.ServeException;
import nl.pil.app.ServeListener;
import nl.pil.app.ServeOutcome;
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
    Options.Builder more(Options.Builder builder) {
        return builder.host(host).port(port).noBuild(noBuild).watch(watch);
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        Pil pil = new Pil(pilOptions());
        ServeOutcome outcome;
        try {
            outcome = pil.serve(new Logger(), stop);
        } catch (ServeException e) {
            String reason = e.getMessage();
            throw switch (e.step()) {
                case BUILD -> cannotWrite(e.getCause());
                case RECOVER -> new MojoExecutionException("Pil cannot read " + output + ": " + reason, e.getCause());
                // the server's advice names the command line's options
                case START ->
                    new MojoExecutionException(
                            "Pil cannot serve " + output + ": "
                                    + String.valueOf(reason)
                                            .replace("--port", "-Dpil.port")
                                            .replace("--host", "-Dpil.host"),
                            e.getCause());
                case WATCH ->
                    new MojoExecutionException(
                            "Pil cannot watch " + pil.options().contentFolder() + ": " + reason, e.getCause());
            };
        }
        switch (outcome.end()) {
            case STOPPED -> {}
            case BUILD_FAILED ->
                throw new MojoFailureException(outcome.build().forMaven().failure());
            case NOTHING_TO_SERVE ->
                throw new MojoFailureException(
                        "Pil: nothing to serve: " + output + " does not exist; build it first (without pil.noBuild)");
            case NO_SERVER ->
                throw new MojoExecutionException(
                        "Pil: no site server on the plugin's class path (pil-site is missing)");
        }
    }

    /** Logs what serving tells, as the build goal logs a build. */
    private final class Logger implements ServeListener {
        @Override
        public void built(BuildSummary build) {
            report(build);
        }

        @Override
        public void servingPreviousBuild(BuildSummary build) {
            getLog().error(build.forMaven().failure());
            getLog().warn("Pil: serving the previous build in " + output);
        }

        @Override
        public void serving(Serving serving) {
            if (serving.watching()) {
                getLog().info("Pil: watching " + serving.watched() + " for changes");
            }
            bound = serving.address();
            getLog().info("Pil: serving " + output + " on " + serving.url() + " (Ctrl-C to stop)");
        }

        @Override
        public void rebuilt(BuildSummary rebuild) {
            log(rebuild);
            if (rebuild.hasErrors()) {
                getLog().error(rebuild.forMaven().rebuilt());
            } else {
                getLog().info(rebuild.forMaven().rebuilt());
            }
        }

        @Override
        public void rebuildFailed(Exception e) {
            getLog().error("Pil: rebuild failed: " + e.getMessage());
        }

        @Override
        public void stopped() {
            getLog().info("Pil: stopped serving");
        }
    }
}
