package dev.newsflow.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Free-port lookup and a readable error when a port the user asked for is already in use. */
public final class Ports {

    private Ports() {
    }

    /** A TCP port that was free on the loopback interface a moment ago. */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot find a free TCP port", e);
        }
    }

    /** {@code port}, or a free one when it is 0. */
    public static int resolve(int port) {
        return port == 0 ? free() : port;
    }

    /** True when nothing listens on or holds {@code port} (checked by binding the wildcard address). */
    public static boolean isFree(int port) {
        // binding the wildcard address fails both for a listener on 0.0.0.0 and for one on 127.0.0.1;
        // SO_REUSEADDR as servers use it, so connections in TIME_WAIT after a stop do not count as "taken"
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Fails with a message naming the service and the port when {@code port} is in use. */
    public static void requireFree(int port, String what) {
        if (!isFree(port)) {
            throw new PortInUseException(port, what);
        }
    }

    /** A port the stack needs is held by another process. */
    public static final class PortInUseException extends IllegalStateException {
        private final int port;

        PortInUseException(int port, String what) {
            super("Port " + port + " (" + what + ") is already in use by another process. Stop it (see `ss -ltnp 'sport = :"
                    + port + "'`) or choose another port.");
            this.port = port;
        }

        /** The port that was taken. */
        public int port() {
            return port;
        }
    }
}
