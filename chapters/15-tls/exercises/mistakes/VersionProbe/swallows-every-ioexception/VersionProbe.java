package sockets.ch15.exercises;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

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
        var accepted = new ArrayList<String>();
        for (var version : versions) {
            // A new TCP connection per try: after a failed handshake the connection is dead.
            try (var tcp = new Socket()) {
                tcp.connect(server, 5_000);
                tcp.setSoTimeout(10_000);
                var tls = (SSLSocket) context.getSocketFactory()
                        .createSocket(tcp, server.getHostString(), server.getPort(), true);
                // setEnabledProtocols: what the ClientHello's supported_versions offers.
                tls.setEnabledProtocols(new String[] {version});
                tls.startHandshake();
                accepted.add(tls.getSession().getProtocol());
            } catch (IOException refused) {
                // the server takes none of what we offered
            }
        }
        return accepted;
    }
}
