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
        // TODO(exercise): finish the handshake within the limit, however the client's bytes
        // come, and say which version was agreed.
        throw new UnsupportedOperationException("HandshakeDeadline.handshake is not written yet");
    }
}
