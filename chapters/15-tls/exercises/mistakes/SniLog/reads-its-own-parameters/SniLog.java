package sockets.ch15.exercises;

import java.io.IOException;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIServerName;
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
        // The server names of this connection (null when there are none).
        var names = accepted.getSSLParameters().getServerNames();
        for (var name : names == null ? List.<SNIServerName>of() : names) {
            // Type 0, host_name, is the only type RFC 6066 defines.
            if (name instanceof SNIHostName host) {
                return host.getAsciiName();
            }
        }
        return "(none)";
    }
}
