package nl.pil.maven;

/** Where a goal's messages go: Maven's log in-process, the forked JVM's stdout otherwise. */
interface Out {
    void info(String message);

    void warn(String message);

    void error(String message);
}
