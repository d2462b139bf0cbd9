package sockets.ch01.exercises;

import java.io.IOException;
import java.net.Socket;
import java.net.StandardSocketOptions;

/** A client socket set up for small, interactive messages, before it connects anywhere. */
public final class TunedSocket {

    private TunedSocket() {
    }

    /**
     * A new, unconnected TCP socket with Nagle's algorithm off (TCP_NODELAY), keep-alive
     * probes on (SO_KEEPALIVE) and a receive buffer of at least {@code receiveBufferBytes}.
     */
    public static Socket create(int receiveBufferBytes) throws IOException {
        var socket = new Socket();
        try {
            socket.setOption(StandardSocketOptions.TCP_NODELAY, true);
            socket.setOption(StandardSocketOptions.SO_RCVBUF, receiveBufferBytes);
            return socket;
        } catch (IOException | RuntimeException e) {
            socket.close();  // never hand back, or leak, a half-made socket
            throw e;
        }
    }
}
