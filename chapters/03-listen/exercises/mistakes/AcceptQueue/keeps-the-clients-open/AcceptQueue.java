package sockets.ch03.exercises;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;

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
        var clients = new ArrayList<Socket>();
        try {
            while (clients.size() < MAX_CONNECTS) {
                var client = new Socket();
                try {
                    client.connect(listener.getLocalSocketAddress(), (int) connectTimeout.toMillis());
                } catch (SocketTimeoutException | ConnectException queueFull) {
                    client.close();
                    return clients.size();
                }
                clients.add(client);
            }
            throw new IOException(MAX_CONNECTS + " connects completed and none timed out");
        } finally {
        }
    }
}
