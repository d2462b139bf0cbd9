package sockets.ch02.exercises;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Finds a port to listen on inside a range, as a server with a configured range would. */
public final class FreePort {

    private FreePort() {
    }

    /**
     * A listener bound to the first port from {@code from} to {@code to} (both included) on
     * {@code address} that the kernel lets it bind. Every port of the range in use is a
     * BindException that names the range; a range outside 1..65535, or from above to, is an
     * IllegalArgumentException. No socket of a failed attempt stays open.
     */
    public static ServerSocket bindFirstFree(InetAddress address, int from, int to) throws IOException {
        if (from < 1 || to > 65_535 || from > to) {
            throw new IllegalArgumentException("not a range of ports: " + from + " to " + to);
        }
        for (int port = from; port <= to; port++) {
            var listener = new ServerSocket();
            try {
                listener.bind(new InetSocketAddress(address, port));
                return listener;
            } catch (BindException refused) {
                listener.close();
                if (!String.valueOf(refused.getMessage()).startsWith("Address already in use")) {
                    throw refused;
                }
            } catch (IOException | RuntimeException other) {
                listener.close();
                throw other;
            }
        }
        throw new BindException("no free port");
    }
}
