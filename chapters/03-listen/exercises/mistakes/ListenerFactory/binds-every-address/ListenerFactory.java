package sockets.ch03.exercises;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Listening sockets made with an explicit backlog, on a port the kernel picks. */
public final class ListenerFactory {

    private ListenerFactory() {
    }

    /**
     * A socket listening on {@code address}, port 0 (any free port), with an accept queue of
     * {@code backlog}. A backlog below 1 is refused with an IllegalArgumentException.
     */
    public static ServerSocket listen(InetAddress address, int backlog) throws IOException {
        if (backlog < 1) {
            throw new IllegalArgumentException("the backlog must be at least 1, not " + backlog);
        }
        var listener = new ServerSocket();
        try {
            listener.bind(new InetSocketAddress(0), backlog);
            return listener;
        } catch (IOException | RuntimeException e) {
            listener.close();
            throw e;
        }
    }
}
