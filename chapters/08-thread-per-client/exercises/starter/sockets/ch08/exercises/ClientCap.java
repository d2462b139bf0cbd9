package sockets.ch08.exercises;

import java.io.IOException;
import java.net.Socket;

/**
 * The server's limit on clients served at once. The accepting thread asks {@link #admit}
 * for each new connection; each client's thread calls {@link #leave} when its client is
 * gone. Many threads call it at once, so it must be thread-safe.
 */
public final class ClientCap {

    private final int max;

    public ClientCap(int max) {
        this.max = max;
    }

    /**
     * Admits the connection and returns true if fewer than {@code max} clients are admitted.
     * Otherwise writes {@code busy: MAX clients connected, try later} and a newline to it,
     * closes it, and returns false.
     */
    public boolean admit(Socket connection) throws IOException {
        // TODO(exercise): count admitted clients safely; refuse with the busy line past max.
        throw new UnsupportedOperationException("ClientCap.admit is not written yet");
    }

    /** One admitted client has left: its place is free. */
    public void leave() {
        // TODO(exercise): give the place back.
        throw new UnsupportedOperationException("ClientCap.leave is not written yet");
    }

    /** How many clients are admitted now. */
    public int admitted() {
        // TODO(exercise): the current count.
        throw new UnsupportedOperationException("ClientCap.admitted is not written yet");
    }
}
