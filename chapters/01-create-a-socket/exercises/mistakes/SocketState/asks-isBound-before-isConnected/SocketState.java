package sockets.ch01.exercises;

import java.net.Socket;

/** The four states a TCP client socket passes through, as chapter 01's tour prints them. */
public enum SocketState {
    UNBOUND, BOUND, CONNECTED, CLOSED;

    /** The state the socket is in now. */
    public static SocketState of(Socket socket) {
        if (socket.isClosed()) {
            return CLOSED;
        }
        if (socket.isBound()) {
            return BOUND;
        }
        return socket.isConnected() ? CONNECTED : UNBOUND;
    }
}
