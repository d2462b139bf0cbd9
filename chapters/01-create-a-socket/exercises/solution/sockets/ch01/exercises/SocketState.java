package sockets.ch01.exercises;

import java.net.Socket;

/** The four states a TCP client socket passes through, as chapter 01's tour prints them. */
public enum SocketState {
    UNBOUND, BOUND, CONNECTED, CLOSED;

    /** The state the socket is in now. */
    public static SocketState of(Socket socket) {
        // isClosed() first: a socket keeps answering isBound() and isConnected() with true
        // after close(), because they tell its history, not what the kernel holds now.
        if (socket.isClosed()) {
            return CLOSED;
        }
        if (socket.isConnected()) {
            return CONNECTED;
        }
        return socket.isBound() ? BOUND : UNBOUND;
    }
}
