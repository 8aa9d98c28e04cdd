package nl.pil.maven;

/**
 * A goal did not succeed: a {@link #failure} is the content's fault (Maven's {@code MojoFailureException}), anything
 * else a wrong parameter or an unwritable folder ({@code MojoExecutionException}).
 */
final class GoalException extends Exception {
    private final boolean failure;

    private GoalException(boolean failure, String message, Throwable cause) {
        super(message, cause);
        this.failure = failure;
    }

    static GoalException failure(String message) {
        return new GoalException(true, message, null);
    }

    static GoalException error(String message, Throwable cause) {
        return new GoalException(false, message, cause);
    }

    boolean isFailure() {
        return failure;
    }
}
