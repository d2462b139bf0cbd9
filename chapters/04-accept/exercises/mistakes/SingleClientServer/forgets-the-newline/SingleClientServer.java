package sockets.ch04.exercises;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;

/** The heart of chapter 04's server, for one client: accept, greet, close. */
public final class SingleClientServer {

    private SingleClientServer() {
    }

    /**
     * Accepts one connection from the listener, sends {@code hello HOST:PORT} and a newline,
     * where HOST:PORT is the client's end as the server sees it, and closes the connection.
     * The listener stays open.
     */
    public static void serveOne(ServerSocket listener) throws IOException {
        try (var connection = listener.accept()) {
            var client = connection.getInetAddress().getHostAddress() + ":" + connection.getPort();
            connection.getOutputStream().write(("hello " + client).getBytes(StandardCharsets.US_ASCII));
        }
    }
}
