package sockets.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/** The parser of /proc/net/tcp lines, on lines as a little-endian machine prints them. */
class TcpTableTest {

    @Test
    void a_listener_line_gives_its_state_address_accept_queue_and_inode() {
        org.junit.jupiter.api.Assumptions.assumeTrue(ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN);
        var row = TcpTable.parse("   0: 0100007F:A0E3 00000000:0000 0A 00000000:00000002 00:00000000 00000000  1000        0 424242 1 0000000000000000 100 0 0 10 0");
        assertEquals(TcpState.LISTEN, row.state());
        assertEquals(new InetSocketAddress("127.0.0.1", 41187), row.local());
        assertEquals(0, row.remote().getPort());
        assertEquals(2, row.receiveQueue(), "a listener's rx_queue is its accept queue");
        assertEquals(1000, row.uid());
        assertEquals(424242, row.inode());
    }

    @Test
    void an_ipv4_mapped_ipv6_line_gives_the_ipv4_address() {
        org.junit.jupiter.api.Assumptions.assumeTrue(ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN);
        var row = TcpTable.parse("   1: 0000000000000000FFFF00000100007F:A0E3 0000000000000000FFFF00000100007F:B5A4 06 00000000:00000000 03:00000DA9 00000000     0        0 0 3 0000000000000000");
        assertEquals(TcpState.TIME_WAIT, row.state());
        assertEquals(new InetSocketAddress("127.0.0.1", 41187), row.local());
        assertEquals(new InetSocketAddress("127.0.0.1", 46500), row.remote());
        assertEquals(0, row.inode(), "TIME_WAIT: no process holds it");
    }

    @Test
    void a_half_open_connection_is_said_to_be_in_the_syn_queue_not_the_accept_queue() {
        org.junit.jupiter.api.Assumptions.assumeTrue(ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN);
        // A row as the kernel prints a request in a listener's SYN queue (get_openreq4 in
        // net/ipv4/tcp_ipv4.c): state 03, SYN_RECV, queues 0, the expire timer, inode 0.
        var row = TcpTable.parse("   3: 0100007F:A0E3 0100007F:B5A4 03 00000000:00000000 01:00000064 00000000  1000        0 0 0 0000000000000000");
        assertEquals(TcpState.SYN_RECV, row.state());
        var table = SocketTable.format(java.util.List.of(row), java.util.Map.of(), 41187);
        assertTrue(table.contains("(half-open, in the SYN queue)"), table);
    }

    @Test
    void the_ipv6_loopback_prints_as_a_short_address_in_brackets() {
        org.junit.jupiter.api.Assumptions.assumeTrue(ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN);
        var row = TcpTable.parse("   2: 00000000000000000000000001000000:1F90 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 77 1 0000000000000000");
        assertEquals("[::1]:8080", SocketTable.endpoint(row.local()));
        assertEquals("*:*", SocketTable.endpoint(row.remote()), "a listener has no peer");
    }
}
