package nl.pil.cli;

import picocli.CommandLine.Command;

/** {@code pil watch}: the same as {@code pil serve --watch}. */
@Command(
        name = "watch",
        mixinStandardHelpOptions = true,
        description = "Build, serve, and rebuild on every change; open pages reload themselves and show build errors.")
final class WatchCommand extends ServeCommand {
    WatchCommand() {
        watch = true;
    }
}
