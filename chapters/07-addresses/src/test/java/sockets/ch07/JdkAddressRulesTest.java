package sockets.ch07;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What the JDK does with addresses, as the chapter states it. Nothing here leaves the machine. */
@Timeout(10)
class JdkAddressRulesTest {

    @Test
    void getByName_hands_text_that_is_not_a_literal_to_the_resolver() {
        // On a real machine this is a DNS query for a host called "300.1.1.3".
        assertThrows(UnknownHostException.class, () -> InetAddress.getByName("300.1.1.3"));
        assertTrue(LocalhostOnlyResolver.wasAskedAbout("300.1.1.3"), "getByName asked the resolver");
    }

    @Test
    void ofLiteral_refuses_text_that_is_not_a_literal_without_asking_anyone() {
        assertThrows(IllegalArgumentException.class, () -> InetAddress.ofLiteral("300.1.1.4"));
        assertFalse(LocalhostOnlyResolver.wasAskedAbout("300.1.1.4"), "ofLiteral asked the resolver");
    }

    @Test
    void java_reads_a_leading_zero_as_decimal_where_inet_aton_reads_octal() {
        assertEquals("10.1.1.1", InetAddress.ofLiteral("010.1.1.1").getHostAddress(), "ofLiteral: decimal");
        assertEquals("8.1.1.1", Inet4Address.ofPosixLiteral("010.1.1.1").getHostAddress(),
                "ofPosixLiteral, like inet_aton(3): 010 is octal");
    }

    @Test
    void short_ipv4_forms_fill_the_missing_bytes_with_zeros() {
        assertEquals("127.0.0.1", InetAddress.ofLiteral("127.1").getHostAddress());
    }

    @Test
    void an_ipv4_mapped_address_is_unwrapped_into_an_Inet4Address() {
        var address = InetAddress.ofLiteral("::ffff:127.0.0.1");
        assertInstanceOf(Inet4Address.class, address);
        assertEquals(4, address.getAddress().length, "four bytes, not sixteen");
    }

    @Test
    void an_unresolved_socket_address_has_a_name_and_no_address() {
        var unresolved = InetSocketAddress.createUnresolved("localhost", 8080);
        assertTrue(unresolved.isUnresolved());
        assertEquals("localhost/<unresolved>:8080", unresolved.toString());
    }

    @Test
    void a_socket_cannot_connect_to_an_unresolved_address() throws Exception {
        try (var socket = new Socket()) {
            var thrown = assertThrows(UnknownHostException.class,
                    () -> socket.connect(InetSocketAddress.createUnresolved("localhost", 1), 1_000));
            assertEquals("localhost", thrown.getMessage(), "connect(2) needs an address, not a name");
        }
    }

    @Test
    void the_port_is_sent_high_byte_first() {
        var bytes = ByteBuffer.allocate(2).putShort((short) 9000).array();
        assertEquals(0x23, bytes[0], "9000 is 0x2328: the high byte 0x23 first");
        assertEquals(0x28, bytes[1]);
    }
}
