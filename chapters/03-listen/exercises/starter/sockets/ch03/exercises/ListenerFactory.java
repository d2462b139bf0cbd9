package sockets.ch03.exercises;

import java.io.IOException;
import java.net.InetAddress;
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
        // TODO(exercise): refuse a backlog below 1, then bind and listen with the backlog.
        throw new UnsupportedOperationException("ListenerFactory.listen is not written yet");
    }
}
