package nl.pil.maven;

import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
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

    /** The address actually bound, once serving in-process (for tests with port 0). */
    volatile InetSocketAddress bound;

    @Override
    String goal() {
        return "serve";
    }

    @Override
    Params more(Params p) {
        return p.set("host", host).set("port", port).set("noBuild", noBuild).set("watch", watch);
    }

    @Override
    void runHere(Params params) throws GoalException {
        Goals.serve(params, new MavenOut(getLog()), stop, address -> bound = address);
    }

    @Override
    void runForked(Fork fork, Params params) throws GoalException {
        fork.run(params, basedir, stop);
    }
}
