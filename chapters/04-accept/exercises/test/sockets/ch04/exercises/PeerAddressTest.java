package sockets.ch04.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class PeerAddressTest {

    @Test
    void describes_a_client_socket_local_end_first() throws IOException {
        try (var listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             var client = new Socket()) {
            client.connect(listener.getLocalSocketAddress(), 5_000);
            var described = PeerAddress.describe(client);
            assertFalse(described.contains("/"), "numeric addresses, as getHostAddress() writes them:"
                    + " an InetAddress's toString() puts a host name and a '/' before the number: " + described);
            assertEquals("local 127.0.0.1:" + client.getLocalPort() + ", remote 127.0.0.1:" + listener.getLocalPort(),
                    described, "a client's local port is the ephemeral one the kernel chose");
        }
    }

    @Test
    void describes_an_accepted_socket_with_the_listeners_port_as_its_local_port() throws IOException {
        try (var listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             var client = new Socket()) {
            client.connect(listener.getLocalSocketAddress(), 5_000);
            try (var accepted = listener.accept()) {
                assertEquals("local 127.0.0.1:" + listener.getLocalPort() + ", remote 127.0.0.1:" + client.getLocalPort(),
                        PeerAddress.describe(accepted), "accept() returns a socket on the listener's own port");
            }
        }
    }

    @Test
    void writes_an_ipv6_address_in_brackets() throws IOException {
        var ipv6Loopback = InetAddress.getByName("::1");
        assumeTrue(NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                .anyMatch(ipv6Loopback::equals), "this machine has no ::1");
        try (var listener = new ServerSocket(0, 50, ipv6Loopback); var client = new Socket()) {
            client.connect(new InetSocketAddress(ipv6Loopback, listener.getLocalPort()), 5_000);
            assertEquals("local [0:0:0:0:0:0:0:1]:" + client.getLocalPort()
                            + ", remote [0:0:0:0:0:0:0:1]:" + listener.getLocalPort(),
                    PeerAddress.describe(client), "an IPv6 address has colons of its own, so brackets mark the port");
        }
    }
}
