package nl.pil.cli;

import java.nio.file.Path;
import nl.pil.app.Options;
import picocli.CommandLine.Option;

/** Where the built site is: for the commands that write, serve or stay out of it. */
final class OutputOptions {
    @Option(
            names = {"-o", "--out"},
            paramLabel = "DIR",
            defaultValue = "build/site",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    Options.Builder applyTo(Options.Builder builder) {
        return builder.output(out);
    }
}
