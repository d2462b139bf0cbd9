package sockets.ch02.exercises;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Finds a port to listen on inside a range, as a server with a configured range would. */
public final class FreePort {

    private FreePort() {
    }

    /**
     * A listener bound to the first port from {@code from} to {@code to} (both included) on
     * {@code address} that the kernel lets it bind. Every port of the range in use is a
     * BindException that names the range; a range outside 1..65535, or from above to, is an
     * IllegalArgumentException. No socket of a failed attempt stays open.
     */
    public static ServerSocket bindFirstFree(InetAddress address, int from, int to) throws IOException {
        // TODO(exercise): try each port in turn; close the socket of every failed attempt.
        throw new UnsupportedOperationException("FreePort.bindFirstFree is not written yet");
    }
}
