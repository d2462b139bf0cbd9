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
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        var in = socket.getInputStream();
        var reply = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n' && b != -1; b = in.read()) {
            reply.write(b);
        }
        return reply.toString(StandardCharsets.UTF_8);
    }
}
