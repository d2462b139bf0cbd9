package sockets.ch10.exercises;

import java.io.IOException;
import java.net.Socket;
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
        // TODO(exercise): set the read timeout, echo until end of stream, and turn the
        // timeout's exception into the goodbye line.
        throw new UnsupportedOperationException("IdleTimeout.echo is not written yet");
    }
}
