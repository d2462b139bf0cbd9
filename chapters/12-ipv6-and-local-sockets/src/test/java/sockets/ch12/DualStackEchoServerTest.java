package sockets.ch12;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.BackgroundServer;
import sockets.testkit.Peer;
import sockets.testkit.Platform;
import sockets.testkit.ServerLog;

/** The TCP echo's loop in the test's JVM, on 127.0.0.1 or ::1 and port 0. */
@Timeout(20)
class DualStackEchoServerTest {

    /** How long a test waits for the server to log a line. */
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final ServerLog serverLog = new ServerLog();

    /** Waits for the line that says how this client's conversation ended. */
    private String awaitEnding(String client) {
        return serverLog.awaitLine(line -> line.startsWith(client + ": ") && line.contains(" after "), PATIENCE);
    }

    /** The dual-stack echo's loop on a thread of the test, on a loopback address and port 0. */
    private BackgroundServer server(InetAddress host, LineEcho.Limits limits) throws IOException {
        var listener = new ServerSocket();
        try {
            listener.bind(new InetSocketAddress(host, 0));
        } catch (IOException e) {
            listener.close();
            throw e;
        }
        return BackgroundServer.serve(listener, bound -> DualStackEchoServer.serve(bound, limits, serverLog.stream()));
    }

    private BackgroundServer server(InetAddress host) throws IOException {
        return server(host, new LineEcho.Limits(64, Duration.ofSeconds(10)));
    }

    private static void assertEchoes(Peer client, String line) {
        client.sendLine(line);
        assertEquals(line, client.readLine(), "the server sends the line back as it came");
    }

    /** Our FIN, then the server's: it has logged how the conversation ended by then. */
    private static void hangUp(Peer client) {
        client.shutdownOutput();
        assertTrue(client.isAtEndOfStream(), "after our FIN the server closes its end too");
    }

    @Test
    void it_echoes_lines_over_ipv4_loopback() throws Exception {
        try (var server = server(Loopback.IPV4); var client = Peer.connect(server.address())) {
            assertEchoes(client, "hello, IPv4");
            hangUp(client);
            assertTrue(serverLog.toString().contains(": accepted over IPv4"), serverLog.toString());
            assertTrue(serverLog.toString().contains(": closed after 1 line"), serverLog.toString());
        }
    }

    @Test
    void it_echoes_lines_over_ipv6_loopback() throws Exception {
        assumeTrue(Loopback.hasIpv6(), "this machine has no ::1");
        try (var server = server(Loopback.IPV6); var client = Peer.connect(server.address())) {
            assertEchoes(client, "hello, IPv6");
            hangUp(client);
            var port = client.socket().getLocalPort();
            assertTrue(serverLog.toString().contains("[::1]:" + port + ": accepted over IPv6"),
                    "the log writes the client's IPv6 address in brackets, short form\n" + serverLog.toString());
        }
    }

    @Test
    void an_ipv4_client_is_an_inet4_address_to_java_and_ipv4_mapped_to_the_kernel() throws Exception {
        try (var server = server(Loopback.IPV4); var client = Peer.connect(server.address())) {
            assertEchoes(client, "who am I?");
            assertInstanceOf(Inet4Address.class, client.socket().getLocalAddress(),
                    "Java turns the mapped ::ffff:127.0.0.1 back into 127.0.0.1");
            Platform.requireLinux("reads /proc/net/tcp6, which only Linux has");
            var row = KernelTable.lookUp(client.socket().getLocalPort(), server.address().getPort());
            assertEquals("[::ffff:127.0.0.1]:" + client.socket().getLocalPort() + " -> [::ffff:127.0.0.1]:"
                    + server.address().getPort(), row.orElseThrow(),
                    "the kernel keeps the JDK's AF_INET6 socket with IPv4-mapped addresses");
        }
    }

    @Test
    void the_ipv4_mapped_literal_is_the_ipv4_address_to_java() throws Exception {
        var mapped = InetAddress.getByName("::ffff:127.0.0.1");
        assertEquals(Loopback.IPV4, mapped, "::ffff:127.0.0.1 is read as 127.0.0.1");
        try (var listener = DualStackEchoServer.listen(new InetSocketAddress(mapped, 0))) {
            assertEquals(Loopback.IPV4, listener.getInetAddress(), "so the server listens on 127.0.0.1");
        }
    }

    @Test
    void a_listener_on_ipv6_loopback_does_not_hear_an_ipv4_client() throws Exception {
        assumeTrue(Loopback.hasIpv6(), "this machine has no ::1");
        try (var server = server(Loopback.IPV6); var socket = new Socket()) {
            var samePortOverIpv4 = new InetSocketAddress(Loopback.IPV4, server.address().getPort());
            assertThrows(ConnectException.class, () -> socket.connect(samePortOverIpv4, 5_000),
                    "a socket bound to ::1 takes IPv6 clients only: 127.0.0.1 is refused");
        }
    }

    @Test
    void a_line_too_long_is_answered_with_an_error_and_the_connection_closed() throws Exception {
        try (var server = server(Loopback.IPV4); var client = Peer.connect(server.address())) {
            client.sendLine("x".repeat(LineReader.MAX_LINE + 1));
            assertEquals("error: a line may have at most 1024 bytes", client.readLine());
            assertTrue(client.isAtEndOfStream(), "the server closed the connection after the error");
        }
    }

    @Test
    void a_line_of_the_maximum_length_comes_back_whole_even_sent_one_byte_at_a_time() throws Exception {
        try (var server = server(Loopback.IPV4); var client = Peer.connect(server.address())) {
            var longest = "y".repeat(LineReader.MAX_LINE);
            client.sendOneByteAtATime(longest.substring(0, 10));
            client.sendLine(longest.substring(10));
            assertEquals(longest, client.readLine());
        }
    }

    @Test
    void a_silent_client_is_dropped_after_the_servers_patience() throws Exception {
        var limits = new LineEcho.Limits(4, Duration.ofMillis(300));
        try (var server = server(Loopback.IPV4, limits); var silent = Peer.connect(server.address())) {
            assertTrue(silent.isAtEndOfStream(), "the server closes a client that sends nothing");
            var client = "127.0.0.1:" + silent.socket().getLocalPort();
            assertEquals(client + ": dropped after 0 lines: it kept the server waiting 300 ms",
                    awaitEnding(client));
        }
    }

    @Test
    void a_client_past_the_limit_is_told_busy_while_the_others_are_served() throws Exception {
        try (var server = server(Loopback.IPV4, new LineEcho.Limits(1, Duration.ofSeconds(10)));
             var first = Peer.connect(server.address())) {
            assertEchoes(first, "first");
            try (var second = Peer.connect(server.address())) {
                assertEquals("busy: 1 clients connected, try later", second.readLine());
                assertTrue(second.isAtEndOfStream(), "and its connection is closed");
            }
            assertEchoes(first, "still served");
        }
    }

    @Test
    void after_a_hundred_bad_clients_every_place_is_free_again() throws Exception {
        try (var server = server(Loopback.IPV4, new LineEcho.Limits(2, Duration.ofSeconds(5)))) {
            for (int i = 0; i < 100; i++) {
                int port;
                try (var client = Peer.connect(server.address())) {
                    port = client.socket().getLocalPort();
                    switch (i % 4) {
                        case 0 -> client.reset();
                        case 1 -> client.send(new byte[] {0, (byte) 0xff, 7});
                        case 2 -> client.send("z".repeat(3000));
                        default -> {
                            assertEchoes(client, "polite " + i);
                            hangUp(client);
                        }
                    }
                }
                // Each session ends and says how; with two places, a session that never
                // gave its place back would soon turn the probes away.
                awaitEnding("127.0.0.1:" + port);
                try (var probe = Peer.connect(server.address())) {
                    assertEchoes(probe, "probe " + i);
                    hangUp(probe);
                }
            }
            assertTrue(serverLog.toString().contains("dropped"), serverLog.toString());
        }
    }

    @Test
    void an_ipv6_address_is_written_in_brackets_in_its_short_form() {
        assertEquals("::1", AddressText.shortForm("0:0:0:0:0:0:0:1"));
        assertEquals("::", AddressText.shortForm("0:0:0:0:0:0:0:0"));
        assertEquals("fe80::1%1", AddressText.shortForm("fe80:0:0:0:0:0:0:1%1"));
        assertEquals("2001:db8::1:0:0:1", AddressText.shortForm("2001:db8:0:0:1:0:0:1"));
        assertEquals("1:0:2:3:4:5:6:7", AddressText.shortForm("1:0:2:3:4:5:6:7"));
        assertEquals("[::1]:80", AddressText.hostAndPort(new InetSocketAddress(Loopback.IPV6, 80)));
    }
}
