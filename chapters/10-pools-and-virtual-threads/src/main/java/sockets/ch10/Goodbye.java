package sockets.ch10;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The last words to a client the server drops: an error line that says why, then a close
 * that does not destroy that line.
 */
final class Goodbye {

    /** After the error line, what the server still reads and discards before it closes. */
    static final int MOST_BYTES_DISCARDED = 64 * 1024;
    /** How long the server reads and discards, in all: a deadline, not a timeout per read. */
    static final Duration LINGER = Duration.ofSeconds(1);

    private Goodbye() {
    }

    // tag::goodbye[]
    /** Tells the client why it is dropped, then closes without destroying the why. */
    static void say(EchoConnection connection, Socket socket, String why) {
        var line = ("error: " + why + ", goodbye\n").getBytes(StandardCharsets.UTF_8);
        try {
            // Timed by the watchdog like every write: a client may not read even this.
            connection.write(socket.getOutputStream(), line, line.length);
            // shutdown(SHUT_WR): our FIN follows the line. close(2) with unread bytes in
            // the receive buffer would send RST, and the client could lose the line; so
            // read and discard what it still sends, a little and briefly.
            socket.shutdownOutput();
            var deadline = System.nanoTime() + LINGER.toNanos();
            var in = socket.getInputStream();
            var sink = new byte[EchoConnection.BUFFER];
            for (int n = 0, discarded = 0; n != -1 && discarded < MOST_BYTES_DISCARDED; ) {
                // Each read may wait only for what is left of LINGER: with the same
                // timeout for every read, a client sending a byte just before each
                // timeout ran out would keep this thread for as long as it liked.
                long left = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
                if (left <= 0) {
                    return;
                }
                socket.setSoTimeout((int) left);
                n = in.read(sink);
                discarded += n;
            }
        } catch (IOException stillSilentOrGone) {
            // the close that follows ends it either way
        }
    }
    // end::goodbye[]
}
