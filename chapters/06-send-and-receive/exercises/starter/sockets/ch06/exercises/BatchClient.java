package sockets.ch06.exercises;

import java.io.IOException;
import java.net.SocketAddress;
import java.util.List;

/** A client that sends a batch of lines, half-closes, and collects every reply line. */
public final class BatchClient {

    private BatchClient() {
    }

    /**
     * Connects to {@code server}, sends each line with a newline, half-closes the connection
     * and returns every line the server sends until its end of stream.
     */
    public static List<String> sendAll(SocketAddress server, List<String> lines) throws IOException {
        // TODO(exercise): connect, send the lines on a thread of their own, shutdownOutput(),
        // and read reply lines until end of stream.
        throw new UnsupportedOperationException("BatchClient.sendAll is not written yet");
    }
}
