package sockets.ch07;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** getsockname and getpeername on the two ends of one loopback connection. */
@Timeout(10)
class ConnectionEndsTest {

    private final ConnectionEnds.Ends ends;

    ConnectionEndsTest() throws Exception {
        ends = ConnectionEnds.connectToItself(InetAddress.getLoopbackAddress());
    }

    @Test
    void the_client_s_peer_is_the_listener_s_address() {
        assertEquals(ends.listener(), ends.clientPeer());
    }

    @Test
    void each_end_s_peer_is_the_other_end_s_local_address() {
        assertEquals(ends.clientLocal(), ends.acceptedPeer(), "what the server sees is the client's getsockname");
        assertEquals(ends.acceptedLocal(), ends.clientPeer(), "what the client sees is the server's getsockname");
    }

    @Test
    void the_accepted_socket_shares_the_listener_s_port() {
        assertEquals(ends.listener(), ends.acceptedLocal(), "accept(2) gives a new socket on the same port");
    }

    @Test
    void the_client_got_an_ephemeral_port_of_its_own() {
        var client = (InetSocketAddress) ends.clientLocal();
        assertNotEquals(0, client.getPort());
        assertNotEquals(((InetSocketAddress) ends.listener()).getPort(), client.getPort());
    }
}
