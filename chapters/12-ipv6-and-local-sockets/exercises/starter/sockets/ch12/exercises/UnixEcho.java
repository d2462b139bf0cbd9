package sockets.ch12.exercises;

import java.io.IOException;
import java.nio.channels.ServerSocketChannel;

/** An echo over a Unix domain socket, one client, one line at a time. */
public final class UnixEcho {

    private UnixEcho() {
    }

    /**
     * Accepts one client on the listener, sends back every line it sends (each with its
     * {@code \n}) until the client's end of stream, closes the connection and returns how
     * many lines it echoed.
     */
    public static int serveOne(ServerSocketChannel listener) throws IOException {
        // TODO(exercise): accept, read lines from the channel, write each back, count them.
        throw new UnsupportedOperationException("UnixEcho.serveOne is not written yet");
    }
}
