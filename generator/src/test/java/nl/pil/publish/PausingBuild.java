package nl.pil.publish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import nl.pil.ContentFixture;
import nl.pil.compile.BuildOptions;
import nl.pil.compile.Compiler;

/**
 * Run in a separate JVM by {@link PublisherKillTest}: builds {@code CONTENT} into {@code OUT} and, at publish step
 * {@code STEP}, writes the file {@code SIGNAL} and waits to be killed (at most a minute, so a forgotten one ends).
 *
 * <p>Arguments: {@code SIGNAL STEP CONTENT OUT}.
 */
public final class PausingBuild {
    private PausingBuild() {}

    public static void main(String[] args) throws Exception {
        Path signal = Path.of(args[0]);
        Publisher.Step at = Publisher.Step.valueOf(args[1]);
        Publisher.hook = (step, folder) -> {
            if (step == at) {
                Files.writeString(signal, ProcessHandle.current().pid() + " at " + step + " " + folder);
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                System.exit(9); // nobody killed it: the test has failed already
            }
        };
        BuildOptions options = new BuildOptions(
                Path.of(args[2]), List.of(), Path.of(args[3]), ContentFixture.TODAY, Set.of("html", "index"));
        new Compiler(options).buildIfChanged();
        System.exit(0);
    }
}
