package sockets.ch07;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;

/**
 * The two ends of one TCP connection, which the program makes to itself on loopback. Each end
 * has a local address ({@code getsockname}) and a peer address ({@code getpeername}); one
 * end's local address is the other end's peer address.
 */
final class ConnectionEnds {

    static final int TIMEOUT_MILLIS = 5_000;

    /** What each socket says about itself and about its peer. */
    record Ends(SocketAddress listener, SocketAddress clientLocal, SocketAddress clientPeer,
                SocketAddress acceptedLocal, SocketAddress acceptedPeer) {
    }

    private ConnectionEnds() {
    }

    // tag::connect[]
    static Ends connectToItself(InetAddress loopback) throws IOException {
        try (var listener = new ServerSocket(); var client = new Socket()) {
            // bind(2) and listen(2) on port 0: the kernel picks the port.
            listener.bind(new InetSocketAddress(loopback, 0));
            listener.setSoTimeout(TIMEOUT_MILLIS);
            // connect(2): the kernel picks the client's port and completes the handshake.
            client.connect(listener.getLocalSocketAddress(), TIMEOUT_MILLIS);
            // accept(2) fills in the peer's address, as getpeername(2) would.
            try (var accepted = listener.accept()) {
                return new Ends(listener.getLocalSocketAddress(),
                        client.getLocalSocketAddress(), client.getRemoteSocketAddress(),
                        accepted.getLocalSocketAddress(), accepted.getRemoteSocketAddress());
            }
        }
    }
    // end::connect[]

    static void print(Ends ends) {
        System.out.println("a connection this program made to itself");
        System.out.printf("  listener  local %s%n", Options.hostAndPort(ends.listener()));
        System.out.printf("  client    local %-21s peer %s%n",
                Options.hostAndPort(ends.clientLocal()), Options.hostAndPort(ends.clientPeer()));
        System.out.printf("  accepted  local %-21s peer %s%n",
                Options.hostAndPort(ends.acceptedLocal()), Options.hostAndPort(ends.acceptedPeer()));
    }
}
