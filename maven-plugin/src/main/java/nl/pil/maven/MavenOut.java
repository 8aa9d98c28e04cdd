package nl.pil.maven;

import org.apache.maven.plugin.logging.Log;

/** A goal's messages into Maven's log. */
final class MavenOut implements Out {
    private final Log log;

    MavenOut(Log log) {
        this.log = log;
    }

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void warn(String message) {
        log.warn(message);
    }

    @Override
    public void error(String message) {
        log.error(message);
    }
}
