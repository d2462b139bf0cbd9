package sockets.ch06;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * WRONG ON PURPOSE: the mistake of many C tutorials, {@code n = recv(fd, buf, sizeof buf, 0)}
 * taken as one message, written in Java. It lives in the tests because it is wrong, and
 * {@code ReadLoopTest} shows how.
 */
final class NaiveLineReader {

    private final InputStream in;

    NaiveLineReader(InputStream in) {
        this.in = in;
    }

    // tag::naive[]
    /** Returns "the next message", or null at end of stream. Wrong: see the test. */
    String readMessage() throws IOException {
        var buffer = new byte[1024];
        // One read(2) returns whatever has arrived so far: part of a message, or
        // several messages, or (with a longer message) the first 1024 bytes of it.
        int n = in.read(buffer);
        if (n == -1) {
            return null;
        }
        return new String(buffer, 0, n, StandardCharsets.UTF_8).strip();
    }
    // end::naive[]
}
