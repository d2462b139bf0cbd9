package sockets.ch05.exercises;

import java.io.IOException;
import java.net.Socket;

/** One request line out, one reply line back, on a connected socket. */
public final class RequestReply {

    private RequestReply() {
    }

    /**
     * Sends {@code line} and a newline (UTF-8), then reads exactly one reply line and returns it
     * without its newline. Bytes after that newline stay unread for the next call. End of
     * stream before the newline is an {@code EOFException}.
     */
    public static String ask(Socket socket, String line) throws IOException {
        // TODO(exercise): write the line, flush, then read up to the newline and no further.
        throw new UnsupportedOperationException("RequestReply.ask is not written yet");
    }
}
