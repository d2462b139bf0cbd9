package sockets.ch15.exercises;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import javax.net.ssl.SSLContext;

/** Which TLS versions a server accepts, found as scanners such as testssl.sh find them. */
public final class VersionProbe {

    private VersionProbe() {
    }

    /**
     * Tries each version of {@code versions} on its own connection to {@code server}, offering
     * that version alone, and returns those whose handshake succeeded, in the order given. A
     * handshake the server refuses is an answer, not an error; an {@link IOException} is for a
     * server that cannot be reached at all.
     */
    public static List<String> accepted(SSLContext context, InetSocketAddress server, List<String> versions)
            throws IOException {
        // TODO(exercise): for each version, connect, offer that version only, shake hands,
        // and keep the version if the handshake succeeds.
        throw new UnsupportedOperationException("VersionProbe.accepted is not written yet");
    }
}
