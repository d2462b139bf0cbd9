package sockets.ch03.exercises;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

/** Measures a listener's accept queue by filling it. */
public final class AcceptQueue {

    /** Never more connects than this, whatever the backlog: the measurement must end. */
    public static final int MAX_CONNECTS = 200;

    private AcceptQueue() {
    }

    /**
     * Connects new clients to the listener, without accepting any, until a connect times out
     * after {@code connectTimeout}; returns how many connects completed. Closes every client it
     * made before returning.
     */
    public static int fill(ServerSocket listener, Duration connectTimeout) throws IOException {
        // TODO(exercise): connect clients one after the other until one times out; count them.
        throw new UnsupportedOperationException("AcceptQueue.fill is not written yet");
    }
}
