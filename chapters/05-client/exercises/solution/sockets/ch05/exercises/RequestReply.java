package sockets.ch05.exercises;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

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
        var out = socket.getOutputStream();
        // write(2); the socket's stream has no buffer of its own, flush() is for wrappers.
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        // One byte per read(2), and no buffer: a buffer would keep the bytes of the next
        // reply, and the next call, which makes a new one, would never see them.
        var in = socket.getInputStream();
        var reply = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b == -1) {
                throw new EOFException("the peer closed the connection after " + reply.size()
                        + " bytes of the reply, before its newline");
            }
            reply.write(b);
        }
        return reply.toString(StandardCharsets.UTF_8);
    }
}
