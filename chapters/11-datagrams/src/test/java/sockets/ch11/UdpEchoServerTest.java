package sockets.ch11;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.BackgroundServer;
import sockets.testkit.ServerLog;

/** The serving loop in this JVM, against clients that send oddly, vanish and flood. */
@Timeout(20)
class UdpEchoServerTest {

    /** The server's log, which a test can wait on: it logs after it echoes. */
    private final ServerLog serverLog = new ServerLog();

    /** The echo loop in this JVM on 127.0.0.1 port 0; closing it closes the channel under receive. */
    private BackgroundServer server(int dropEvery) throws IOException {
        var channel = UdpEchoServer.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        return BackgroundServer.serve(channel, c -> UdpEchoServer.serve(c, dropEvery, serverLog.stream()));
    }

    /** Long enough for any echo on loopback; the tests that expect silence use less. */
    private static final int PATIENCE_MILLIS = 5_000;

    private static DatagramSocket client() throws IOException {
        var socket = new DatagramSocket();
        socket.setSoTimeout(PATIENCE_MILLIS);
        return socket;
    }

    private static void send(DatagramSocket socket, SocketAddress to, byte[] bytes) throws IOException {
        socket.send(new DatagramPacket(bytes, bytes.length, to));
    }

    private static void send(DatagramSocket socket, SocketAddress to, String text) throws IOException {
        send(socket, to, text.getBytes(StandardCharsets.UTF_8));
    }

    /** One datagram, whole, and who sent it is checked by the caller where it matters. */
    private static DatagramPacket receive(DatagramSocket socket) throws IOException {
        var packet = new DatagramPacket(new byte[65_536], 65_536);
        socket.receive(packet);
        return packet;
    }

    private static String text(DatagramPacket packet) {
        return new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
    }

    private static void assertStillServing(BackgroundServer server, String after) throws IOException {
        try (var next = client()) {
            send(next, server.address(), "still there?");
            assertEquals("still there?", text(receive(next)), "the server answers a new client " + after);
        }
    }

    @Test
    void a_datagram_comes_back_whole_to_the_port_it_came_from() throws IOException {
        try (var server = server(0); var client = client()) {
            send(client, server.address(), "hello");
            var echo = receive(client);
            assertEquals("hello", text(echo));
            assertEquals(server.address(), echo.getSocketAddress(), "the echo comes from the server's address");
        }
    }

    @Test
    void three_datagrams_come_back_as_three_never_merged_or_split() throws IOException {
        try (var server = server(0); var client = client()) {
            for (var text : new String[] {"one", "two", "three"}) {
                send(client, server.address(), text);
            }
            assertEquals("one", text(receive(client)), "each receive returns exactly one datagram");
            assertEquals("two", text(receive(client)));
            assertEquals("three", text(receive(client)));
        }
    }

    @Test
    void an_empty_datagram_comes_back_empty() throws IOException {
        try (var server = server(0); var client = client()) {
            // Unconnected: on JDK 25 a connected socket sends nothing for an empty buffer.
            send(client, server.address(), new byte[0]);
            assertEquals(0, receive(client).getLength(), "a datagram of zero bytes is a message");
        }
    }

    @Test
    void every_byte_value_comes_back_unchanged() throws IOException {
        var garbage = new byte[256];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = (byte) i;
        }
        try (var server = server(0); var client = client()) {
            send(client, server.address(), garbage);
            var echo = receive(client);
            assertArrayEquals(garbage, Arrays.copyOf(echo.getData(), echo.getLength()),
                    "the server does not read its datagrams as text");
        }
    }

    @Test
    void the_largest_ipv4_datagram_comes_back_whole() throws IOException {
        var largest = new byte[65_507];
        Arrays.fill(largest, (byte) 'x');
        try (var server = server(0); var client = client()) {
            send(client, server.address(), largest);
            assertEquals(65_507, receive(client).getLength(), "65,507 bytes: 65,535 less 20 of IPv4, 8 of UDP");
        }
    }

    @Test
    void one_byte_more_than_the_largest_ipv4_datagram_is_refused_by_the_senders_kernel() throws IOException {
        try (var server = server(0); var client = client()) {
            var e = assertThrows(IOException.class, () -> send(client, server.address(), new byte[65_508]));
            assertEquals("Message too long", e.getMessage(), "sendto(2) fails with EMSGSIZE");
            assertStillServing(server, "after a datagram too large to send");
        }
    }

    @Test
    void two_clients_each_get_their_own_echoes() throws IOException {
        try (var server = server(0); var alice = client(); var bob = client()) {
            send(alice, server.address(), "from alice");
            send(bob, server.address(), "from bob");
            send(alice, server.address(), "alice again");
            assertEquals("from alice", text(receive(alice)));
            assertEquals("alice again", text(receive(alice)));
            assertEquals("from bob", text(receive(bob)));
        }
    }

    @Test
    void with_drop_every_3_the_third_datagram_gets_no_echo_and_the_fourth_does() throws IOException {
        try (var server = server(3); var client = client()) {
            for (var text : new String[] {"1", "2", "3", "4"}) {
                send(client, server.address(), text);
            }
            assertEquals("1", text(receive(client)));
            assertEquals("2", text(receive(client)));
            assertEquals("4", text(receive(client)), "the third was dropped");
            assertTrue(serverLog.contains("1 byte, dropped (--drop-every 3)"), serverLog::toString);
        }
    }

    @Test
    void a_client_that_closed_before_its_echo_does_not_stop_the_server() throws IOException {
        try (var server = server(0)) {
            try (var gone = client()) {
                send(gone, server.address(), "answer me at a closed port");
            }
            // The echo goes to a closed port; the kernel answers it with ICMP port
            // unreachable, which an unconnected socket never reports.
            assertStillServing(server, "after an echo to a closed port");
            assertTrue(server.isRunning(), "the loop goes on");
        }
    }

    @Test
    void a_client_that_never_reads_its_echoes_does_not_stop_the_server() throws IOException {
        try (var server = server(0); var greedy = new DatagramSocket()) {
            // 500 datagrams of 60 KB, 30 MB, never read: the greedy client's receive
            // buffer fills and its kernel drops the rest. Nothing piles up in the server.
            var big = new byte[60_000];
            for (int i = 0; i < 500; i++) {
                send(greedy, server.address(), big);
            }
            assertStillServing(server, "after a flood of echoes nobody read");
        }
    }

    @Test
    void closing_the_channel_stops_the_loop() throws Exception {
        var server = server(0);
        server.close();
        assertFalse(server.isRunning(), "close(2) ends the blocked recvfrom(2)");
    }

    @Test
    void with_drop_every_1_no_echo_comes_and_no_error_either() throws IOException {
        try (var server = server(1); var client = client()) {
            client.setSoTimeout(200);
            send(client, server.address(), "dropped");
            assertThrows(SocketTimeoutException.class, () -> receive(client),
                    "--drop-every 1 drops everything: no echo, and no error either");
        }
    }
}
