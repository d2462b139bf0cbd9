package sockets.ch02;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.Strerror;

/** What bind(2) allows and refuses, as the chapter states it. Nothing here sends a packet. */
@Timeout(10)
class BindRulesTest {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    @Test
    void port_zero_lets_the_kernel_choose_a_free_port() throws IOException {
        try (var listener = new ServerSocket()) {
            listener.bind(new InetSocketAddress(LOOPBACK, 0));
            assertNotEquals(0, listener.getLocalPort(), "getsockname(2) reports the port the kernel chose");
        }
    }

    @Test
    void a_port_held_by_a_listener_cannot_be_bound_again_even_with_SO_REUSEADDR() throws IOException {
        try (var listener = new ServerSocket(); var second = new ServerSocket()) {
            listener.bind(new InetSocketAddress(LOOPBACK, 0));
            second.setReuseAddress(true);
            var refused = assertThrows(BindException.class, () -> second.bind(listener.getLocalSocketAddress()));
            assertEquals("Address already in use", Strerror.of(refused), "EADDRINUSE");
        }
    }

    @Test
    void a_port_held_on_the_wildcard_cannot_be_bound_on_loopback() throws IOException {
        // The holder binds without listening: the port is taken, yet nobody can connect to it.
        try (var holder = new Socket(); var listener = new ServerSocket()) {
            holder.bind(new InetSocketAddress("0.0.0.0", 0));
            var sameOnLoopback = new InetSocketAddress(LOOPBACK, holder.getLocalPort());
            var refused = assertThrows(BindException.class, () -> listener.bind(sameOnLoopback));
            assertEquals("Address already in use", Strerror.of(refused), "EADDRINUSE");
        }
    }

    @Test
    void the_same_port_on_two_loopback_addresses_is_no_conflict() throws IOException {
        // Linux answers for the whole of 127.0.0.0/8 on lo: 127.0.0.2 is as local as 127.0.0.1.
        try (var first = new ServerSocket(); var second = new ServerSocket()) {
            first.bind(new InetSocketAddress("127.0.0.1", 0));
            second.bind(new InetSocketAddress("127.0.0.2", first.getLocalPort()));
            assertEquals(first.getLocalPort(), second.getLocalPort(), "an address and a port together name a socket");
        }
    }

    @Test
    void an_address_that_is_not_on_this_machine_cannot_be_bound() throws IOException {
        var documentation = InetAddress.getByName("192.0.2.1");
        assumeTrue(NetworkInterface.getByInetAddress(documentation) == null, "192.0.2.1 is on this machine");
        try (var listener = new ServerSocket()) {
            var refused = assertThrows(BindException.class,
                    () -> listener.bind(new InetSocketAddress(documentation, 0)));
            assertEquals("Cannot assign requested address", Strerror.of(refused), "EADDRNOTAVAIL");
        }
    }

    @Test
    void a_port_beyond_16_bits_is_refused_before_any_system_call() {
        var refused = assertThrows(IllegalArgumentException.class, () -> new InetSocketAddress(LOOPBACK, 70_000));
        assertTrue(refused.getMessage().contains("out of range"), refused.getMessage());
    }

    @Test
    void the_port_travels_high_byte_first() {
        var bytes = ByteBuffer.allocate(2).putShort((short) 8080).array();
        assertEquals(0x1F, bytes[0], "8080 is 0x1F90: the high byte 0x1F comes first");
        assertEquals((byte) 0x90, bytes[1], "then the low byte 0x90");
    }
}
