package sockets.ch08.exercises;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server's limit on clients served at once. The accepting thread asks {@link #admit}
 * for each new connection; each client's thread calls {@link #leave} when its client is
 * gone. Many threads call it at once, so it must be thread-safe.
 */
public final class ClientCap {

    private final int max;
    private final AtomicInteger admitted = new AtomicInteger();

    public ClientCap(int max) {
        this.max = max;
    }

    /**
     * Admits the connection and returns true if fewer than {@code max} clients are admitted.
     * Otherwise writes {@code busy: MAX clients connected, try later} and a newline to it,
     * closes it, and returns false.
     */
    public boolean admit(Socket connection) throws IOException {
        if (admitted.incrementAndGet() <= max) {
            return true;
        }
        admitted.decrementAndGet();
        try (connection) {
            var line = "busy: " + max + " clients connected, try later";
            connection.getOutputStream().write(line.getBytes(StandardCharsets.UTF_8));
        }
        return false;
    }

    /** One admitted client has left: its place is free. */
    public void leave() {
        admitted.decrementAndGet();
    }

    /** How many clients are admitted now. */
    public int admitted() {
        return admitted.get();
    }
}
