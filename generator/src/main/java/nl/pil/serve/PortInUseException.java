package nl.pil.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.OptionalInt;

/**
 * The port to serve on is taken (another {@code pil serve}, say): a usage problem the writer fixes with
 * {@code --port}, so the message suggests a port that was free a moment ago.
 */
public final class PortInUseException extends IOException {
    /** How many ports after the busy one are tried for the suggestion. */
    static final int LOOK_AHEAD = 20;

    private final int port;
    private final OptionalInt free;

    public PortInUseException(int port, OptionalInt free, Throwable cause) {
        super(message(port, free), cause);
        this.port = port;
        this.free = free;
    }

    /** The port in use and the first free one after it on {@code address}'s host. */
    public static PortInUseException at(InetSocketAddress address, Throwable cause) {
        return new PortInUseException(address.getPort(), nextFree(address.getAddress(), address.getPort()), cause);
    }

    private static String message(int port, OptionalInt free) {
        return "port " + port + " is in use; "
                + (free.isPresent() ? "try --port " + free.getAsInt() : "choose another with --port");
    }

    public int port() {
        return port;
    }

    /** A port that was free just after the busy one was found, if one of the next few was. */
    public OptionalInt free() {
        return free;
    }

    private static OptionalInt nextFree(InetAddress host, int port) {
        for (int p = port + 1; p <= Math.min(65535, port + LOOK_AHEAD); p++) {
            try (ServerSocket probe = new ServerSocket(p, 1, host)) {
                return OptionalInt.of(p);
            } catch (IOException | UncheckedIOException | SecurityException busy) {
                // try the next one
            }
        }
        return OptionalInt.empty();
    }
}
