package sockets.ch13;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.Peer;

/** The event loop in this JVM, against clients that cut, crowd, stall, flood and reset. */
@Timeout(20)
class EventLoopTest {

    /** The proof that the server still serves: a fresh client gets its echo. */
    private static void assertStillServing(LoopUnderTest server, String after) throws IOException {
        try (var next = Peer.connect(server.port())) {
            next.sendLine("still there?");
            assertEquals("still there?", next.readLine(), "the server serves the next client " + after);
        }
    }

    @Test
    void each_line_comes_back_as_it_was_sent() throws Exception {
        try (var server = LoopUnderTest.start(); var client = Peer.connect(server.port())) {
            client.sendLine("hello");
            assertEquals("hello", client.readLine());
            client.sendLine("world");
            assertEquals("world", client.readLine());
        }
    }

    @Test
    void a_line_sent_one_byte_per_write_comes_back_whole() throws Exception {
        try (var server = LoopUnderTest.start(); var client = Peer.connect(server.port())) {
            client.sendOneByteAtATime("one byte at a time\n");
            assertEquals("one byte at a time", client.readLine(),
                    "the partial line waited in the connection's buffer between readiness events");
        }
    }

    @Test
    void two_lines_sent_in_one_write_come_back_as_two() throws Exception {
        try (var server = LoopUnderTest.start(); var client = Peer.connect(server.port())) {
            client.sendMerged("hello\n", "world\n");
            assertEquals("hello", client.readLine());
            assertEquals("world", client.readLine());
        }
    }

    @Test
    void a_crlf_line_comes_back_with_a_plain_newline() throws Exception {
        try (var server = LoopUnderTest.start(); var client = Peer.connect(server.port())) {
            client.send("telnet\r\n");
            assertEquals("telnet\n", new String(client.readExactly(7), StandardCharsets.UTF_8));
        }
    }

    @Test
    void after_the_clients_half_close_every_echo_arrives_then_end_of_stream() throws Exception {
        try (var server = LoopUnderTest.start(); var client = Peer.connect(server.port())) {
            client.sendMerged("one\n", "two\n", "no newline");
            client.shutdownOutput();
            assertEquals("one\ntwo\nno newline\n", client.readToEnd(),
                    "read(2) returning 0 (Java's -1) ends the loop's reading; its FIN follows the echoes");
            server.awaitLog("closed after 3 lines");
        }
    }

    @Test
    void a_hundred_clients_at_once_are_served_by_one_thread() throws Exception {
        // Patient: connecting a hundred clients on a busy machine may take over a second.
        try (var server = LoopUnderTest.start(LoopUnderTest.PATIENT)) {
            var clients = new ArrayList<Peer>();
            try {
                for (int i = 0; i < 100; i++) {
                    clients.add(Peer.connect(server.port()));
                }
                for (int i = 0; i < 100; i++) {
                    clients.get(i).sendLine("client " + i);
                }
                for (int i = 0; i < 100; i++) {
                    assertEquals("client " + i, clients.get(i).readLine(), "client " + i + "'s own echo");
                }
                assertEquals(100, server.counts().mostOpen.get(), "connections open at once");
                // BackgroundServer runs the loop on its one thread, server-under-test.
                assertEquals(Set.of("server-under-test"), server.counts().threads(), "threads that served them");
            } finally {
                clients.forEach(Peer::close);
            }
        }
    }

    @Test
    void a_line_of_exactly_1024_bytes_is_echoed() throws Exception {
        try (var server = LoopUnderTest.start(); var client = Peer.connect(server.port())) {
            var longest = "x".repeat(1024);
            client.sendLine(longest);
            assertEquals(longest, client.readLine());
            client.send(longest + "\r\n");
            assertEquals(longest, client.readLine(), "\\r\\n does not count against the limit");
        }
    }

    @Test
    void an_empty_line_comes_back_empty() throws Exception {
        try (var server = LoopUnderTest.start(); var client = Peer.connect(server.port())) {
            client.sendLine("");
            assertEquals("", client.readLine(), "a newline as the first byte the server reads");
            client.sendLine("next");
            assertEquals("next", client.readLine());
        }
    }

    @Test
    void a_line_that_cannot_end_in_time_is_refused_before_its_newline() throws Exception {
        try (var server = LoopUnderTest.start(); var client = Peer.connect(server.port())) {
            client.send("x".repeat(1025));
            assertEquals("error: a line may have at most 1024 bytes", client.readLine(),
                    "1025 bytes and no newline: the server says so at once, not at the idle limit");
        }
    }

    @Test
    void a_line_over_the_limit_gets_an_error_line_then_end_of_stream() throws Exception {
        try (var server = LoopUnderTest.start(); var client = Peer.connect(server.port())) {
            client.sendLine("ok");
            client.sendLine("x".repeat(1025));
            assertEquals("ok", client.readLine(), "the lines before the long one are echoed");
            assertEquals("error: a line may have at most 1024 bytes", client.readLine());
            assertNull(client.readLine(), "the server closes the connection after the error");
            assertStillServing(server, "after a line too long");
        }
    }

    private static final Pattern UNSENT = Pattern.compile("stopped reading, (\\d+) bytes of echoes unsent");

    /** A client that sends lines and never reads: at most 64 MiB, until its writes block. */
    private static Socket greedyClient(LoopUnderTest server) throws IOException {
        var greedy = new Socket();
        // A small receive buffer, set before connect, so that the echoes fill it soon.
        greedy.setReceiveBufferSize(4096);
        greedy.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()), 5000);
        Thread.ofPlatform().daemon().start(() -> {
            var line = ("z".repeat(1023) + "\n").getBytes(StandardCharsets.UTF_8);
            try {
                for (int i = 0; i < 65_536; i++) {
                    greedy.getOutputStream().write(line);
                }
            } catch (IOException closedByTheTest) {
                // the test ended it
            }
        });
        return greedy;
    }

    @Test
    void a_client_that_never_reads_stops_being_read_and_the_others_are_still_served()
            throws Exception {
        try (var server = LoopUnderTest.start(); var greedy = greedyClient(server)) {
            var line = server.awaitLog("stopped reading");
            var matcher = UNSENT.matcher(line);
            assertTrue(matcher.find(), line);
            int unsent = Integer.parseInt(matcher.group(1));
            assertTrue(unsent > LoopUnderTest.LIMITS.maxUnsent() && unsent <= LoopUnderTest.LIMITS.maxUnsent() + 4096,
                    "the server holds at most maxUnsent plus one read's echoes for a client, not " + unsent);
            assertStillServing(server, "while one client does not read");
            greedy.setSoLinger(true, 0);
        }
    }

    @Test
    void a_client_that_never_reads_is_dropped_after_the_idle_timeout() throws Exception {
        try (var server = LoopUnderTest.start(); var greedy = greedyClient(server)) {
            server.awaitLog("it did not read its echoes for 1 s");
            assertEquals(0, server.counts().open.get(), "open connections after the drop");
            greedy.setSoLinger(true, 0);
        }
    }

    @Test
    void a_silent_client_is_told_and_dropped_after_the_idle_timeout() throws Exception {
        try (var server = LoopUnderTest.start(); var silent = Peer.connect(server.port())) {
            assertEquals("error: nothing came for 1 s", silent.readLine());
            assertNull(silent.readLine(), "end of stream after the error line");
            assertStillServing(server, "after a silent client");
        }
    }

    @Test
    void a_client_that_resets_in_the_middle_of_a_line_ends_only_its_own_connection()
            throws Exception {
        try (var server = LoopUnderTest.start()) {
            try (var client = Peer.connect(server.port())) {
                client.sendLine("whole");
                assertEquals("whole", client.readLine());
                client.send("half a li");
                client.reset();
            }
            server.awaitLog("dropped after 1 line: Connection reset");
            assertStillServing(server, "after a reset");
        }
    }

    @Test
    void closed_connections_leave_no_channel_open_and_no_key_registered() throws Exception {
        try (var server = LoopUnderTest.start()) {
            var dropped = new java.util.ArrayList<Integer>();
            for (int i = 0; i < 5; i++) {
                try (var polite = Peer.connect(server.port()); var rude = Peer.connect(server.port());
                        var tooLong = Peer.connect(server.port())) {
                    dropped.add(rude.socket().getLocalPort());
                    dropped.add(tooLong.socket().getLocalPort());
                    polite.sendLine("bye");
                    polite.shutdownOutput();
                    assertEquals("bye\n", polite.readToEnd());
                    rude.send("half");
                    rude.reset();
                    tooLong.sendLine("y".repeat(5000));
                    assertEquals("error: a line may have at most 1024 bytes", tooLong.readLine());
                }
            }
            // A dropped client's last bytes and FIN may take the loop two more turns, which
            // the probe's round trips need not wait for: wait for each drop itself.
            for (int port : dropped) {
                server.awaitLog(":" + port + ": dropped");
            }
            try (var probe = Peer.connect(server.port())) {
                // Two round trips: the loop has turned at least once since every close.
                for (var word : new String[] {"one", "two"}) {
                    probe.sendLine(word);
                    assertEquals(word, probe.readLine());
                }
                assertEquals(16, server.counts().accepted.get(), "connections accepted");
                assertEquals(1, server.counts().open.get(), "connections open: the probe's only");
                assertEquals(2, server.counts().registeredKeys.get(),
                        "keys in the selector: the listener's and the probe's");
            }
        }
    }

}
