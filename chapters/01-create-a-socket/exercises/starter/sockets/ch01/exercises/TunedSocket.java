package sockets.ch01.exercises;

import java.io.IOException;
import java.net.Socket;

/** A client socket set up for small, interactive messages, before it connects anywhere. */
public final class TunedSocket {

    private TunedSocket() {
    }

    /**
     * A new, unconnected TCP socket with Nagle's algorithm off (TCP_NODELAY), keep-alive
     * probes on (SO_KEEPALIVE) and a receive buffer of at least {@code receiveBufferBytes}.
     */
    public static Socket create(int receiveBufferBytes) throws IOException {
        // TODO(exercise): create the socket and set its three options before returning it.
        throw new UnsupportedOperationException("TunedSocket.create is not written yet");
    }
}
