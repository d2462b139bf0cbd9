package sockets.ch14;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/** struct sockaddr_in as bytes, and htons by hand: no system call, only memory. */
class SockaddrInTest {

    @Test
    void htons_by_hand_puts_every_port_in_memory_as_a_big_endian_byte_buffer_does() {
        try (var arena = Arena.ofConfined()) {
            var memory = arena.allocate(ValueLayout.JAVA_SHORT);
            for (int port = 0; port <= 65_535; port++) {
                // The short htons returns, stored the machine's way, as C stores sin_port...
                memory.set(ValueLayout.JAVA_SHORT, 0, SockaddrIn.htons(port));
                // ...must be the two bytes Java writes in network order: big-endian.
                var network = ByteBuffer.allocate(2).order(ByteOrder.BIG_ENDIAN).putShort((short) port).array();
                assertArrayEquals(network, memory.toArray(ValueLayout.JAVA_BYTE), "htons(" + port + ")");
            }
        }
    }

    @Test
    void ntohs_undoes_htons_for_every_port() {
        for (int port = 0; port <= 65_535; port++) {
            assertEquals(port, SockaddrIn.ntohs(SockaddrIn.htons(port)), "ntohs(htons(" + port + "))");
        }
    }

    @Test
    void the_layout_has_the_size_and_offsets_of_the_c_struct() {
        assertEquals(16, SockaddrIn.LAYOUT.byteSize(), "sizeof(struct sockaddr_in)");
        assertEquals(0, SockaddrIn.LAYOUT.byteOffset(groupElement("sin_family")), "offsetof sin_family");
        assertEquals(2, SockaddrIn.LAYOUT.byteOffset(groupElement("sin_port")), "offsetof sin_port");
        assertEquals(4, SockaddrIn.LAYOUT.byteOffset(groupElement("sin_addr")), "offsetof sin_addr");
        assertEquals(8, SockaddrIn.LAYOUT.byteOffset(groupElement("sin_zero")), "offsetof sin_zero");
    }

    @Test
    void an_address_and_port_become_the_bytes_bind_reads() {
        try (var arena = Arena.ofConfined()) {
            var sockaddr = SockaddrIn.of(arena, Inet4Address.ofLiteral("127.0.0.1"), 8080);
            var family = ByteBuffer.allocate(2).order(ByteOrder.nativeOrder()).putShort((short) 2).array();
            var expected = new byte[] {family[0], family[1], 0x1F, (byte) 0x90, 127, 0, 0, 1,
                    0, 0, 0, 0, 0, 0, 0, 0};
            assertArrayEquals(expected, sockaddr.toArray(ValueLayout.JAVA_BYTE),
                    "AF_INET in host order, 8080 as 1f 90, 127.0.0.1 as 7f 00 00 01, eight zeros");
        }
    }

    @Test
    void the_bytes_accept_writes_read_back_as_the_same_address_and_port() {
        try (var arena = Arena.ofConfined()) {
            var sockaddr = SockaddrIn.of(arena, Inet4Address.ofLiteral("10.1.2.3"), 65_535);
            assertEquals(new InetSocketAddress("10.1.2.3", 65_535), SockaddrIn.read(sockaddr),
                    "a port above 32767 is negative as a short: ntohs must mask it");
        }
    }

    @Test
    void an_address_of_another_family_is_refused() {
        try (var arena = Arena.ofConfined()) {
            var sockaddr = SockaddrIn.empty(arena);
            sockaddr.set(ValueLayout.JAVA_SHORT, 0, (short) 10);
            assertThrows(IllegalArgumentException.class, () -> SockaddrIn.read(sockaddr),
                    "family 10 is AF_INET6: not a sockaddr_in");
        }
    }

    @Test
    void a_fresh_sockaddr_is_all_zeros() {
        try (var arena = Arena.ofConfined()) {
            var empty = SockaddrIn.empty(arena);
            assertEquals(-1, empty.mismatch(MemorySegment.ofArray(new byte[16])), "arena memory starts zeroed");
        }
    }
}
