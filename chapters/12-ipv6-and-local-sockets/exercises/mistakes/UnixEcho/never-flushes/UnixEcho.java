package sockets.ch12.exercises;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
            var in = Channels.newInputStream(connection);
            var out = new BufferedOutputStream(Channels.newOutputStream(connection));
            int lines = 0;
            for (byte[] line; (line = readLine(in)) != null; lines++) {
                out.write(line);
            }
            return lines;
        }
    }

    /** One line with its \n (or the last bytes before the end of stream), or null at the end. */
    private static byte[] readLine(InputStream in) throws IOException {
        var line = new ByteArrayOutputStream();
        for (int b; (b = in.read()) != -1; ) {
            line.write(b);
            if (b == '\n') {
                break;
            }
        }
        return line.size() == 0 ? null : line.toByteArray();
    }
}
