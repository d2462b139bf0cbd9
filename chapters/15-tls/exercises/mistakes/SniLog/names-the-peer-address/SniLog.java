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
        // The session exists only once the handshake is done: before it, getSession() would
        // start the handshake itself, and a failure would hide behind an invalid session.
        accepted.startHandshake();
        // The name the client connected to: the name of its address.
        var name = accepted.getInetAddress().getHostName();
        return name.equals(accepted.getInetAddress().getHostAddress()) ? "(none)" : name;
    }
}
