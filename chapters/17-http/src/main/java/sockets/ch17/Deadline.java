package sockets.ch17;

import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;

// tag::deadline[]
/**
 * A moment by which a part of the conversation must be done. Before every read the time left
 * is computed again and set as the socket's read timeout (SO_TIMEOUT): a client that sends one
 * byte a second still meets the deadline, where a fixed timeout per read would start again
 * with each byte, for ever (the slowloris attack).
 */
record Deadline(long endNanos) {

    static Deadline after(Duration time) {
        return new Deadline(System.nanoTime() + time.toNanos());
    }

    /** Sets the socket's read timeout to the time left; past the deadline, fails at once. */
    void applyTo(Socket socket) throws SocketException, SocketTimeoutException {
        long left = endNanos - System.nanoTime();
        if (left <= 0) {
            throw new SocketTimeoutException("the deadline has passed");
        }
        // 0 would mean "wait for ever": at least one millisecond
        socket.setSoTimeout((int) Math.clamp(left / 1_000_000, 1, Integer.MAX_VALUE));
    }
}
// end::deadline[]
