package sockets.ch11;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.BackgroundServer;
import sockets.testkit.ServerLog;

/** The client's request: numbering, timeouts, retries and what a connected socket filters. */
@Timeout(20)
class UdpEchoClientTest {

    private static final InetSocketAddress ANY_LOOPBACK_PORT =
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

    /** The server's log, which a test can wait on: it logs after it echoes. */
    private final ServerLog serverLog = new ServerLog();

    /** The echo loop in this JVM on 127.0.0.1 port 0; closing it closes the channel under receive. */
    private BackgroundServer server(int dropEvery) throws IOException {
        var channel = UdpEchoServer.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        return BackgroundServer.serve(channel, c -> UdpEchoServer.serve(c, dropEvery, serverLog.stream()));
    }

    private final ByteArrayOutputStream notes = new ByteArrayOutputStream();
    private final PrintStream log = new PrintStream(notes, true, StandardCharsets.UTF_8);

    private String notes() {
        return notes.toString(StandardCharsets.UTF_8);
    }

    private static DatagramSocket connectedTo(InetSocketAddress server) throws IOException {
        var socket = new DatagramSocket();
        socket.connect(server);
        return socket;
    }

    /** A bound socket that receives and never answers: a server whose replies are all lost. */
    private static DatagramSocket silentServer() throws IOException {
        return new DatagramSocket(ANY_LOOPBACK_PORT);
    }

    @Test
    void the_answer_is_the_echoed_text_without_its_number() throws IOException {
        try (var server = server(0); var socket = connectedTo(server.address())) {
            assertEquals("hello", UdpEchoClient.request(socket, 7, "hello", Duration.ofSeconds(5), 3, log));
            // '7 hello' went out as one datagram of 7 bytes.
            serverLog.awaitLine(line -> line.contains(": 7 bytes, echoed"), Duration.ofSeconds(5));
        }
    }

    @Test
    void a_lost_reply_is_recovered_by_sending_the_request_again() throws IOException {
        try (var server = server(2); var socket = connectedTo(server.address())) {
            var timeout = Duration.ofMillis(300);
            assertEquals("a", UdpEchoClient.request(socket, 1, "a", timeout, 3, log));
            assertEquals("b", UdpEchoClient.request(socket, 2, "b", timeout, 3, log),
                    "the server dropped '2 b' and echoed it the second time");
            assertTrue(notes().contains("no reply to 'b' in 300 ms, sending it again (try 2 of 4, waiting 600 ms)"),
                    notes());
        }
    }

    @Test
    void a_late_echo_of_an_earlier_request_is_not_taken_for_the_next_answer() throws IOException {
        try (var server = server(0); var socket = connectedTo(server.address())) {
            assertEquals("one", UdpEchoClient.request(socket, 1, "one", Duration.ofSeconds(5), 3, log));
            var again = "1 one".getBytes(StandardCharsets.UTF_8);
            socket.send(new DatagramPacket(again, again.length));
            assertEquals("two", UdpEchoClient.request(socket, 2, "two", Duration.ofSeconds(5), 3, log),
                    "the echo of request 1 arrives first, and is not the answer to request 2");
            assertEquals("ignored a late reply: '1 one'", notes().strip());
        }
    }

    @Test
    void without_a_reply_it_gives_up_after_its_retries_and_says_how_long_it_waited() throws IOException {
        try (var server = silentServer();
             var socket = connectedTo((InetSocketAddress) server.getLocalSocketAddress())) {
            var e = assertThrows(UdpEchoClient.NoReply.class,
                    () -> UdpEchoClient.request(socket, 1, "hello", Duration.ofMillis(50), 2, log));
            assertEquals("no reply from 127.0.0.1:" + server.getLocalPort()
                    + " to 'hello' after 3 tries in 350 ms.", e.getMessage());
        }
    }

    @Test
    void each_try_sends_the_same_numbered_request_again() throws IOException {
        try (var server = silentServer();
             var socket = connectedTo((InetSocketAddress) server.getLocalSocketAddress())) {
            assertThrows(UdpEchoClient.NoReply.class,
                    () -> UdpEchoClient.request(socket, 5, "hi", Duration.ofMillis(50), 2, log));
            server.setSoTimeout(1_000);
            for (int i = 1; i <= 3; i++) {
                var packet = new DatagramPacket(new byte[100], 100);
                server.receive(packet);
                assertEquals("5 hi", new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8),
                        "try " + i + " of 3");
            }
        }
    }

    @Test
    void the_wait_doubles_with_each_try() throws IOException {
        try (var server = silentServer();
             var socket = connectedTo((InetSocketAddress) server.getLocalSocketAddress())) {
            assertThrows(UdpEchoClient.NoReply.class,
                    () -> UdpEchoClient.request(socket, 1, "x", Duration.ofMillis(50), 2, log));
            assertEquals("""
                    no reply to 'x' in 50 ms, sending it again (try 2 of 3, waiting 100 ms)
                    no reply to 'x' in 100 ms, sending it again (try 3 of 3, waiting 200 ms)
                    """, notes());
        }
    }

    @Test
    void a_port_where_nothing_is_bound_fails_at_once_with_port_unreachable() throws IOException {
        InetSocketAddress nobody;
        try (var probe = new DatagramSocket(ANY_LOOPBACK_PORT)) {
            nobody = (InetSocketAddress) probe.getLocalSocketAddress();
        }
        try (var socket = connectedTo(nobody)) {
            // With a 5 s timeout and 3 retries, silence would take 75 s: the ICMP error is quicker.
            assertTimeoutPreemptively(Duration.ofSeconds(3), () -> assertThrows(PortUnreachableException.class,
                    () -> UdpEchoClient.request(socket, 1, "anyone?", Duration.ofSeconds(5), 3, log)),
                    "a connected UDP socket learns of ICMP port unreachable at its next receive");
        }
    }

    @Test
    void datagrams_from_anyone_but_the_connected_peer_never_reach_the_client() throws IOException {
        try (var server = silentServer(); var impostor = new DatagramSocket(ANY_LOOPBACK_PORT);
             var socket = connectedTo((InetSocketAddress) server.getLocalSocketAddress())) {
            var forged = "1 forged".getBytes(StandardCharsets.UTF_8);
            impostor.send(new DatagramPacket(forged, forged.length, InetAddress.getLoopbackAddress(), socket.getLocalPort()));
            assertThrows(UdpEchoClient.NoReply.class,
                    () -> UdpEchoClient.request(socket, 1, "x", Duration.ofMillis(200), 0, log),
                    "connect() made the kernel drop datagrams from other addresses");
        }
    }

    @Test
    void an_unconnected_socket_hears_nothing_from_a_port_where_nothing_is_bound() throws IOException {
        InetSocketAddress nobody;
        try (var probe = new DatagramSocket(ANY_LOOPBACK_PORT)) {
            nobody = (InetSocketAddress) probe.getLocalSocketAddress();
        }
        try (var socket = new DatagramSocket()) {
            socket.setSoTimeout(200);
            socket.send(new DatagramPacket(new byte[] {'?'}, 1, nobody));
            assertThrows(SocketTimeoutException.class, () -> socket.receive(new DatagramPacket(new byte[16], 16)),
                    "Linux reports ICMP errors only to connected UDP sockets");
        }
    }
}
