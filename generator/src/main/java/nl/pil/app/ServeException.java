package nl.pil.app;

import java.io.IOException;

/** {@link Pil#serve} could not go on: a file or the network failed in one of its steps ({@link #getCause()}). */
public final class ServeException extends Exception {
    /** Where serving failed. */
    public enum Step {
        /** Writing the site. */
        BUILD,
        /** Putting back a site a killed build left beside the output folder. */
        RECOVER,
        /** Starting the server (e.g. the port is in use). */
        START,
        /** Starting to watch the content and templates. */
        WATCH
    }

    private final Step step;

    ServeException(Step step, IOException cause) {
        super(cause.getMessage(), cause);
        this.step = step;
    }

    public Step step() {
        return step;
    }

    @Override
    public synchronized IOException getCause() {
        return (IOException) super.getCause();
    }
}
