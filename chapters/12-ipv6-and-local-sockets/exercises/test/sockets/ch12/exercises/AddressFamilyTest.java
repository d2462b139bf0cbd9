package sockets.ch12.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnixDomainSocketAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class AddressFamilyTest {

    @Test
    void an_ipv4_socket_address_is_ipv4() throws Exception {
        var address = new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 7);
        assertEquals(AddressFamily.IPV4, AddressFamily.of(address), "127.0.0.1:7");
    }

    @Test
    void an_ipv6_socket_address_is_ipv6() throws Exception {
        var address = new InetSocketAddress(InetAddress.getByName("::1"), 7);
        assertEquals(AddressFamily.IPV6, AddressFamily.of(address), "[::1]:7");
    }

    @Test
    void an_ipv4_mapped_address_kept_as_ipv6_is_ipv4_mapped() throws Exception {
        var bytes = new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 127, 0, 0, 1};
        // Inet6Address.getByAddress keeps the 16 bytes; InetAddress.getByAddress would not.
        var mapped = new InetSocketAddress(Inet6Address.getByAddress(null, bytes, -1), 7);
        assertEquals(AddressFamily.IPV4_MAPPED, AddressFamily.of(mapped), "[::ffff:127.0.0.1]:7 kept as an"
                + " Inet6Address: ten zero bytes, ff ff, then an IPv4 address is IPv4-mapped");
    }

    @Test
    void an_address_with_ffff_elsewhere_is_plain_ipv6() throws Exception {
        var address = new InetSocketAddress(InetAddress.getByName("::ffff:0:7f00:1"), 7);
        assertEquals(AddressFamily.IPV6, AddressFamily.of(address),
                "::ffff:0:7f00:1 has 0xffff in the wrong place: it is not IPv4-mapped (compare the bytes, not the"
                        + " text)");
    }

    @Test
    void an_address_with_ffff_after_a_prefix_is_plain_ipv6() throws Exception {
        var address = new InetSocketAddress(InetAddress.getByName("2001:db8::ffff:7f00:1"), 7);
        assertEquals(AddressFamily.IPV6, AddressFamily.of(address), "2001:db8::ffff:7f00:1 has ff ff in bytes 10 and"
                + " 11 but not ten zero bytes before them: it is not IPv4-mapped");
    }

    @Test
    void a_unix_domain_socket_address_is_unix() {
        assertEquals(AddressFamily.UNIX, AddressFamily.of(UnixDomainSocketAddress.of("/tmp/x.sock")));
    }

    @Test
    void the_peer_of_an_accepted_ipv4_connection_is_ipv4_because_java_unmaps_it() throws Exception {
        try (var listener = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
             var client = new Socket()) {
            client.connect(listener.getLocalSocketAddress(), 5_000);
            try (var accepted = listener.accept()) {
                assertEquals(AddressFamily.IPV4, AddressFamily.of(accepted.getRemoteSocketAddress()),
                        "accept(2) saw ::ffff:127.0.0.1; Java hands over an Inet4Address");
            }
        }
    }

    @Test
    void each_family_has_the_label_the_book_prints() {
        assertEquals("IPv4-mapped", AddressFamily.IPV4_MAPPED.label());
        assertEquals("Unix", AddressFamily.UNIX.label());
    }

    @Test
    void anything_else_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> AddressFamily.of(null), "null");
        assertThrows(IllegalArgumentException.class,
                () -> AddressFamily.of(new java.net.SocketAddress() { }), "a SocketAddress of another kind");
    }
}
