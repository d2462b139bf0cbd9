package sockets.ch10.exercises;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
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
        long deadline = System.nanoTime() + idle.toNanos();
        var in = client.getInputStream();
        var out = client.getOutputStream();
        var buffer = new byte[4096];
        try {
            while (true) {
                // Whatever is left of the client's time, at least 1 ms (0 would wait for ever).
                client.setSoTimeout((int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                int n = in.read(buffer);
                if (n == -1) {
                    break;
                }
                out.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException silent) {
            // Only this read timed out: the socket is still good for the goodbye.
            out.write("goodbye: idle\n".getBytes(StandardCharsets.US_ASCII));
        }
    }
}
