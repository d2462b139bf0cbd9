package sockets.ch15.exercises;

import java.io.IOException;
import javax.net.ssl.SSLSocket;

/** What a TLS server can learn before it answers: the host name the client asked for. */
public final class SniLog {

    private SniLog() {
    }

    /**
     * Completes the handshake on a socket the server accepted and returns the host name the
     * client put in its ClientHello's server_name extension (SNI), or {@code "(none)"} when it
     * sent none.
     */
    public static String requestedName(SSLSocket accepted) throws IOException {
        // TODO(exercise): finish the handshake, then read the names the client requested
        // from the session.
        throw new UnsupportedOperationException("SniLog.requestedName is not written yet");
    }
}
