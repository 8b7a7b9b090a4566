package dev.newsflow.search.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * A broker address nothing listens on, for the tests whose context must not reach any Kafka (the default,
 * localhost:9092, may be someone's running stack).
 */
final class UnreachableBroker {

    private static String address;

    private UnreachableBroker() {
    }

    static synchronized String address() {
        if (address == null) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                address = "127.0.0.1:" + socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return address;
    }
}
