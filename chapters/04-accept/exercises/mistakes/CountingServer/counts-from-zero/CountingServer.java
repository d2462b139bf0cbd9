package sockets.ch04.exercises;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;

/** An iterative server that stops by itself after a given number of clients. */
public final class CountingServer {

    private CountingServer() {
    }

    /**
     * Accepts exactly {@code clients} connections, one after another. It sends the n-th
     * client {@code you are client n} and a newline (counting from 1), closes that
     * connection, and returns after the last one, leaving the listener open.
     */
    public static void serve(ServerSocket listener, int clients) throws IOException {
        for (int n = 0; n < clients; n++) {
            try (var connection = listener.accept()) {
                var greeting = "you are client " + n + "\n";
                connection.getOutputStream().write(greeting.getBytes(StandardCharsets.US_ASCII));
            }
        }
    }
}
