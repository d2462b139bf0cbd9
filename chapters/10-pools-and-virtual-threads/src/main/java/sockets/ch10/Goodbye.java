package sockets.ch10;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The last words to a client the server drops: an error line that says why, then a close
 * that does not destroy that line.
 */
final class Goodbye {

    /** After the error line, what the server still reads and discards before it closes. */
    static final int MOST_BYTES_DISCARDED = 64 * 1024;

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
            socket.setSoTimeout(1000);
            var in = socket.getInputStream();
            var sink = new byte[EchoConnection.BUFFER];
            for (int n = 0, discarded = 0; n != -1 && discarded < MOST_BYTES_DISCARDED; ) {
                n = in.read(sink);
                discarded += n;
            }
        } catch (IOException stillSilentOrGone) {
            // the close that follows ends it either way
        }
    }
    // end::goodbye[]
}
