package sockets.ch15.exercises;

import java.io.IOException;
import java.time.Duration;
import javax.net.ssl.SSLSocket;

/** A handshake with a deadline: a client holds the server this long at most, however it sends. */
public final class HandshakeDeadline {

    private HandshakeDeadline() {
    }

    /**
     * Finishes the handshake on a socket the server accepted and returns the TLS version agreed,
     * such as {@code "TLSv1.3"}; when the handshake is not done within {@code limit}, closes the
     * connection and throws a {@link java.net.SocketTimeoutException}.
     */
    public static String handshake(SSLSocket accepted, Duration limit) throws IOException {
        // No handshake may wait longer than the limit for the client.
        accepted.setSoTimeout((int) limit.toMillis());
        accepted.startHandshake();
        return accepted.getSession().getProtocol();
    }
}
