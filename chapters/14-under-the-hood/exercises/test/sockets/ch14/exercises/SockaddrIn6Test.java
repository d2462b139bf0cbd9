package sockets.ch14.exercises;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class SockaddrIn6Test {

    private static final HexFormat HEX = HexFormat.of();

    /** The bytes of struct sockaddr_in6 as the kernel reads them, field by field. */
    private static byte[] expected(int port, String address16, int scopeId) {
        return ByteBuffer.allocate(28)
                .order(ByteOrder.nativeOrder()).putShort((short) 10)
                .order(ByteOrder.BIG_ENDIAN).putShort((short) port).putInt(0)
                .put(HEX.parseHex(address16))
                .order(ByteOrder.nativeOrder()).putInt(scopeId)
                .array();
    }

    /** Bytes copied where accept(2) would write them: native memory, aligned as C aligns it. */
    private static MemorySegment inNativeMemory(Arena arena, byte[] bytes) {
        var segment = arena.allocate(bytes.length, 8);
        MemorySegment.copy(bytes, 0, segment, ValueLayout.JAVA_BYTE, 0, bytes.length);
        return segment;
    }

    /** Inet6Address.ofLiteral answers InetAddress, since ::ffff:1.2.3.4 would be IPv4. */
    private static Inet6Address ipv6(String literal) {
        return (Inet6Address) Inet6Address.ofLiteral(literal);
    }

    @Test
    void the_layout_has_the_size_and_offsets_of_the_c_struct() {
        assertEquals(28, SockaddrIn6.LAYOUT.byteSize(),
                "sizeof(struct sockaddr_in6): family 2 + port 2 + flowinfo 4 + address 16 + scope id 4");
        assertEquals(2, SockaddrIn6.LAYOUT.byteOffset(groupElement("sin6_port")), "offsetof sin6_port");
        assertEquals(4, SockaddrIn6.LAYOUT.byteOffset(groupElement("sin6_flowinfo")), "offsetof sin6_flowinfo");
        assertEquals(8, SockaddrIn6.LAYOUT.byteOffset(groupElement("sin6_addr")), "offsetof sin6_addr");
        assertEquals(24, SockaddrIn6.LAYOUT.byteOffset(groupElement("sin6_scope_id")), "offsetof sin6_scope_id");
    }

    @Test
    void loopback_and_a_port_become_the_bytes_bind_reads() {
        try (var arena = Arena.ofConfined()) {
            var sockaddr = SockaddrIn6.of(arena, ipv6("::1"), 8080, 0);
            assertEquals(HEX.formatHex(expected(8080, "00000000000000000000000000000001", 0)),
                    HEX.formatHex(sockaddr.toArray(ValueLayout.JAVA_BYTE)),
                    "[::1]:8080 as sockaddr_in6: family 10 in host order, port 1f90 in network order, "
                            + "flowinfo 0, the 16 address bytes, scope id 0");
        }
    }

    @Test
    void the_scope_id_stays_in_host_order_while_the_port_is_swapped() {
        try (var arena = Arena.ofConfined()) {
            var sockaddr = SockaddrIn6.of(arena, ipv6("fe80::1"), 65_535, 2);
            assertEquals(HEX.formatHex(expected(65_535, "fe800000000000000000000000000001", 2)),
                    HEX.formatHex(sockaddr.toArray(ValueLayout.JAVA_BYTE)),
                    "[fe80::1%2]:65535: sin6_scope_id is an interface index, in host order, not htonl'd");
        }
    }

    @Test
    void the_bytes_accept_writes_read_back_as_the_address_and_port() {
        try (var arena = Arena.ofConfined()) {
            var written = inNativeMemory(arena, expected(54_321, "20010db8000000000000000000000042", 0));
            InetSocketAddress read = null;
            try {
                read = SockaddrIn6.read(written);
            } catch (IllegalArgumentException e) {
                fail("read threw " + e + " for port 54321 (d4 31): a port above 32767 read as a short is negative;"
                        + " & 0xFFFF makes it the port again");
            }
            assertEquals(new InetSocketAddress(ipv6("2001:db8::42"), 54_321), read,
                    "read a sockaddr_in6 that accept(2) might have filled in");
        }
    }

    @Test
    void an_address_of_another_family_is_refused() {
        try (var arena = Arena.ofConfined()) {
            var ipv4 = inNativeMemory(arena, expected(80, "00000000000000000000000000000001", 0));
            ipv4.set(ValueLayout.JAVA_SHORT, 0, (short) 2);
            assertThrows(IllegalArgumentException.class, () -> SockaddrIn6.read(ipv4),
                    "family 2 is AF_INET: read must refuse it with an IllegalArgumentException");
        }
    }
}
