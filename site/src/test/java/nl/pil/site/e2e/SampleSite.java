package nl.pil.site.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.pil.compile.BuildOptions;
import nl.pil.compile.BuildResult;
import nl.pil.compile.Compiler;
import nl.pil.site.StaticSiteServer;
import org.openqa.selenium.WebDriver;

/** The sample content, built as the browser tests look at it: the repository's content and theme, on a fixed day. */
final class SampleSite {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private SampleSite() {}

    /** Builds {@code content/} into {@code site} with {@code formats}; fails the test class when it does not publish. */
    static Path build(Path site, Set<String> formats) throws IOException {
        BuildResult result = new Compiler(
                        new BuildOptions(Path.of("../content"), List.of(Path.of("../templates")), site, TODAY, formats))
                .build();
        assertTrue(result.published(), result.diagnostics()::toString);
        return site;
    }

    /** Serves a built site on a free port of 127.0.0.1. */
    static StaticSiteServer serve(Path site) throws IOException {
        StaticSiteServer server = new StaticSiteServer();
        server.start(site, new InetSocketAddress("127.0.0.1", 0));
        return server;
    }

    static String address(StaticSiteServer server) {
        return "http://127.0.0.1:" + server.address().getPort();
    }

    /**
     * Serves a built site with a search budget of a minute: a cold JVM on a busy machine can spend the default quarter
     * second on the first searches, which then answer partly — tests that compare answers need the whole answer.
     */
    static StaticSiteServer serveUnhurried(Path site) throws IOException {
        System.setProperty("pil.search.budgetMillis", "60000");
        try {
            return serve(site);
        } finally {
            System.clearProperty("pil.search.budgetMillis");
        }
    }

    /** Quits the browsers and stops the server that a test class started (any of them may be missing). */
    static void stop(StaticSiteServer server, WebDriver... browsers) {
        for (WebDriver browser : browsers) {
            if (browser != null) {
                browser.quit();
            }
        }
        if (server != null) {
            server.close();
        }
    }
}
