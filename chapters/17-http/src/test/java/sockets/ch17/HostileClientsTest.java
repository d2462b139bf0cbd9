package sockets.ch17;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import sockets.testkit.OwnThread;
import sockets.testkit.Peer;

/**
 * Clients that cost the server time: too slow with their headers (slowloris), silent, short
 * of their body, or never reading the response. Each meets a deadline, and afterwards the
 * server holds no connection (and so no thread) for any of them.
 */
@Timeout(20)
class HostileClientsTest {

    private static final Duration HEADERS = Duration.ofMillis(600);
    private static final Duration SHORT = Duration.ofMillis(300);

    @TempDir
    static Path root;
    private static RunningServer server;

    @BeforeAll
    static void start() throws IOException {
        Files.writeString(root.resolve("index.html"), "<p>hello</p>");
        Files.write(root.resolve("large.bin"), new byte[16 << 20]);
        server = RunningServer.start(root, Limits.DEFAULT.withHeaderDeadline(HEADERS).withBodyDeadline(SHORT)
                .withSendDeadline(SHORT).withIdle(SHORT));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void headers_sent_a_byte_at_a_time_meet_one_deadline_for_the_whole_section() throws Exception {
        try (var client = server.connect()) {
            long start = System.nanoTime();
            var peer = Peer.of(client.socket());
            var slow = OwnThread.run("slowloris", () -> {
                peer.send("GET / HTTP/1.1\r\nHost: test\r\n");
                for (int i = 0; i < 100 && !client.socket().isClosed(); i++) {
                    peer.sendWithPauses(Duration.ofMillis(50), "X", "-");   // never a whole line
                }
            });
            var response = client.read();
            var took = Duration.ofNanos(System.nanoTime() - start);
            assertEquals(408, response.status());
            assertTrue(took.compareTo(HEADERS) >= 0 && took.compareTo(HEADERS.multipliedBy(3)) < 0,
                    "408 after " + took.toMillis() + " ms, for a deadline of " + HEADERS.toMillis() + " ms");
            client.close();
            slow.exceptionally(writeAfterClose -> null).join();
        }
    }

    @Test
    void a_connection_that_sends_nothing_is_closed_at_the_header_deadline_without_a_response() throws Exception {
        try (var client = server.connect()) {
            assertTrue(client.closedByServer());
        }
    }

    @Test
    void headers_that_stop_halfway_are_408() throws Exception {
        try (var client = server.connect()) {
            assertEquals(408, client.send("GET / HTTP/1.1\r\nHost: te").read().status());
        }
    }

    @Test
    void a_body_that_stops_short_of_its_length_is_408() throws Exception {
        try (var client = server.connect()) {
            var response = client.send("POST /echo HTTP/1.1\r\nHost: test\r\nContent-Length: 10\r\n\r\nhalf").read();
            assertEquals(408, response.status());
        }
    }

    @Test
    void a_client_that_never_reads_its_response_is_closed_after_the_send_deadline() throws Exception {
        try (var client = new Socket()) {
            client.setReceiveBufferSize(4096);             // before connect: the window it offers
            client.connect(server.address(), 5000);
            client.getOutputStream().write("GET /large.bin HTTP/1.1\r\nHost: test\r\n\r\n".getBytes());
            // 16 MiB cannot fit in the two sockets' buffers: the server's write blocks until
            // the watchdog closes the connection under it.
            assertTrue(server.closesEveryConnection(), "the server still holds the connection");
        }
    }

    @Test
    void after_hostile_clients_no_connection_and_no_thread_is_left() throws Exception {
        var address = server.address();
        for (int i = 0; i < 20; i++) {
            switch (i % 5) {
                case 0 -> garbage(address);
                case 1 -> resetMidRequest(address);
                case 2 -> halfRequestThenFin(address);
                case 3 -> hugeHeaders(address);
                default -> hangUpAtOnce(address);
            }
        }
        assertTrue(server.closesEveryConnection(), "connections left open");
    }

    private static void garbage(InetSocketAddress address) throws IOException {
        try (var client = RawClient.connect(address)) {
            client.send(new byte[] {0, 1, 2, (byte) 0xff, '\r', '\n', '\r', '\n'});
            assertEquals(400, client.read().status());
        }
    }

    private static void resetMidRequest(InetSocketAddress address) throws IOException {
        try (var client = RawClient.connect(address)) {
            client.send("GET / HTTP/1.1\r\nHo");
            client.socket().setSoLinger(true, 0);       // close(2) now sends RST, not FIN
        }
    }

    private static void halfRequestThenFin(InetSocketAddress address) throws IOException {
        try (var client = RawClient.connect(address)) {
            client.send("GET / HTTP/1.1\r\nHost: test\r\n");
            client.socket().shutdownOutput();
            assertEquals(400, client.read().status());
        }
    }

    private static void hugeHeaders(InetSocketAddress address) throws IOException {
        try (var client = RawClient.connect(address)) {
            client.send("GET / HTTP/1.1\r\nHost: test\r\n" + ("X-Pad: " + "p".repeat(8000) + "\r\n").repeat(5));
            assertEquals(431, client.read().status());
        }
    }

    private static void hangUpAtOnce(InetSocketAddress address) throws IOException {
        try (var client = RawClient.connect(address)) {
            client.socket().shutdownOutput();
            assertTrue(client.closedByServer());
        }
    }
}
