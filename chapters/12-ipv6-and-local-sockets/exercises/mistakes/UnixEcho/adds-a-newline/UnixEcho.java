package sockets.ch12.exercises;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;

/** An echo over a Unix domain socket, one client, one line at a time. */
public final class UnixEcho {

    private UnixEcho() {
    }

    /**
     * Accepts one client on the listener, sends back every line it sends (each with its
     * {@code \n}) until the client's end of stream, closes the connection and returns how
     * many lines it echoed.
     */
    public static int serveOne(ServerSocketChannel listener) throws IOException {
        try (var connection = listener.accept()) {
            var in = new BufferedReader(new InputStreamReader(Channels.newInputStream(connection), UTF_8));
            var out = Channels.newOutputStream(connection);
            int lines = 0;
            for (String line; (line = in.readLine()) != null; lines++) {
                out.write((line + "\n").getBytes(UTF_8));
            }
            return lines;
        }
    }
}
