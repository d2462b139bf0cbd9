package sockets.ch04.exercises;

import java.net.Socket;

/** Both ends of a connected socket, as one line of text. */
public final class PeerAddress {

    private PeerAddress() {
    }

    /**
     * Describes a connected socket as {@code local A:P, remote B:Q}: first its own end, then
     * the other. Addresses are numeric ({@code 127.0.0.1}); an IPv6 one is written in
     * brackets ({@code [0:0:0:0:0:0:0:1]:8080}).
     */
    public static String describe(Socket socket) {
        // TODO(exercise): read the socket's local and remote addresses and ports.
        throw new UnsupportedOperationException("PeerAddress.describe is not written yet");
    }
}
