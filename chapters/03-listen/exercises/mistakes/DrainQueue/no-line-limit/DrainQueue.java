package sockets.ch03.exercises;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Accepts the clients waiting in a listener's queue and reads what each sent. */
public final class DrainQueue {

    /** The most bytes read from one client; a longer line is cut here. */
    public static final int MAX_LINE_BYTES = 100;
    /** How long to wait for a client's line before giving that client up. */
    public static final int READ_TIMEOUT_MILLIS = 1_000;

    private DrainQueue() {
    }

    /**
     * Accepts {@code n} connections and returns the first line each client sent, without its
     * newline, in the order the clients connected. A client that sent nothing within the read
     * timeout, closed, or reset gives "". Every accepted connection is closed.
     */
    public static List<String> acceptAll(ServerSocket listener, int n) throws IOException {
        var lines = new ArrayList<String>();
        for (int i = 0; i < n; i++) {
            try (var connection = listener.accept()) {
                lines.add(firstLine(connection));
            }
        }
        return lines;
    }

    private static String firstLine(Socket connection) {
        var line = new ByteArrayOutputStream();
        try {
            connection.setSoTimeout(READ_TIMEOUT_MILLIS);
            var in = connection.getInputStream();
            for (int b; (b = in.read()) != -1 && b != '\n'; ) {
                line.write(b);
            }
        } catch (IOException silentOrReset) {
            return "";
        }
        return line.toString(StandardCharsets.UTF_8);
    }
}
