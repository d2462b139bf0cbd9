package sockets.ch16;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * How a blocking connection ends after the server's last reply (QUIT's {@code +OK}, or an
 * error): a FIN, then the client's bytes read and dropped until its FIN, for a while at most.
 */
final class Linger {

    /** How long the server waits for the client's FIN before it closes anyway. */
    static final Duration LIMIT = Duration.ofSeconds(1);

    private Linger() {
    }

    // tag::linger[]
    /**
     * shutdown(SHUT_WR): our FIN follows the last reply. Then read and drop until the client's
     * FIN: a close(2) with unread bytes in the receive buffer sends RST instead of FIN, and an
     * RST can destroy the last reply in the client's kernel before the client has read it.
     */
    static void untilFin(Socket socket, Duration limit) throws IOException {
        socket.shutdownOutput();
        long deadline = System.nanoTime() + limit.toNanos();
        var discard = new byte[4096];
        try {
            while (!socket.isInputShutdown()) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    return;
                }
                socket.setSoTimeout((int) left);       // the time left, recomputed each read
                if (socket.getInputStream().read(discard) == -1) {
                    return;
                }
            }
        } catch (SocketTimeoutException lingering) {
            // the client kept its end open: the caller closes anyway
        }
    }
    // end::linger[]
}
