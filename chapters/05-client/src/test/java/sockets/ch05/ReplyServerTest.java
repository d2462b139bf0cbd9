package sockets.ch05;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.BackgroundServer;
import sockets.testkit.Peer;

/** The reply server's loop, in the test's JVM: it answers good clients and survives bad ones. */
@Timeout(20)
class ReplyServerTest {

    /** Short, so that tests of stalling clients are quick; the program's is 5 s. */
    private static final Duration PATIENCE = Duration.ofMillis(600);

    private static BackgroundServer startServer() {
        return BackgroundServer.start(listener -> ReplyServer.serve(listener, PATIENCE));
    }

    private static String expectedReply(Peer client, String line) {
        return "hello 127.0.0.1:" + client.socket().getLocalPort() + ", you said \"" + line + "\"";
    }

    /** The server is still serving: a well-behaved client gets its reply. */
    private static void assertServes(BackgroundServer server, String after) {
        try (var next = Peer.connect(server.port())) {
            next.sendLine("next");
            assertEquals(expectedReply(next, "next"), next.readLine(), "the client after " + after);
        }
    }

    @Test
    void the_reply_names_the_clients_address_and_repeats_its_line() {
        try (var server = startServer(); var client = Peer.connect(server.port())) {
            client.sendLine("hello");
            assertEquals(expectedReply(client, "hello"), client.readLine());
        }
    }

    @Test
    void the_server_closes_its_end_once_the_client_hangs_up() {
        try (var server = startServer(); var client = Peer.connect(server.port())) {
            client.sendLine("hello");
            client.readLine();
            client.shutdownOutput();
            assertTrue(client.isAtEndOfStream(), "after our FIN the server closes too");
        }
    }

    @Test
    void a_line_that_arrives_one_byte_at_a_time_gets_one_reply() {
        try (var server = startServer(); var client = Peer.connect(server.port())) {
            client.sendOneByteAtATime("in pieces\n");
            assertEquals(expectedReply(client, "in pieces"), client.readLine());
        }
    }

    @Test
    void a_client_that_hangs_up_in_the_middle_of_its_line_gets_no_reply_and_the_next_is_served() {
        try (var server = startServer()) {
            try (var quitter = Peer.connect(server.port())) {
                quitter.send("half a li");
                quitter.shutdownOutput();
                assertNull(quitter.readLine(), "no reply to half a line: the server closes");
            }
            assertServes(server, "one that hung up mid-line");
        }
    }

    @Test
    void a_client_that_resets_the_connection_does_not_stop_the_server() {
        try (var server = startServer()) {
            var rude = Peer.connect(server.port());
            rude.send("abc");
            rude.reset();
            assertServes(server, "a reset");
        }
    }

    @Test
    void a_line_longer_than_1024_bytes_is_dropped_without_a_reply() {
        try (var server = startServer(); var flooder = Peer.connect(server.port())) {
            flooder.send("x".repeat(ReplyServer.LONGEST_LINE_BYTES + 1));
            // The server closes with our extra bytes unread, so the end may come as a reset.
            assertServes(server, "a line that was too long");
        }
    }

    @Test
    void a_silent_client_holds_the_server_no_longer_than_its_patience() {
        try (var server = startServer()) {
            // Timed from before connect: the server's deadline starts at its accept, which
            // may come before Peer.connect returns here.
            long start = System.nanoTime();
            try (var silent = Peer.connect(server.port())) {
                assertServes(server, "a silent one");
                var waited = Duration.ofNanos(System.nanoTime() - start);
                assertTrue(waited.compareTo(PATIENCE) >= 0,
                        "the silent client held the server " + waited.toMillis() + " ms");
                assertTrue(silent.isAtEndOfStream(), "the server closed the silent client's connection");
            }
        }
    }

    @Test
    void a_client_that_trickles_a_byte_at_a_time_is_dropped_at_its_deadline() {
        try (var server = startServer(); var trickler = Peer.connect(server.port())) {
            // Each byte comes well within one read's timeout; only a deadline for the whole
            // conversation stops such a client from holding the server for minutes.
            long start = System.nanoTime();
            boolean dropped = false;
            for (int i = 0; i < 30 && !dropped; i++) {
                try {
                    trickler.sendWithPauses(Duration.ofMillis(100), "", "x");
                } catch (UncheckedIOException closedByTheServer) {
                    dropped = true;
                }
            }
            var waited = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(dropped, "the server still read the trickle after 3 s");
            assertTrue(waited.compareTo(PATIENCE.multipliedBy(3)) < 0,
                    "the trickler was dropped after " + waited.toMillis() + " ms, patience " + PATIENCE.toMillis());
            assertServes(server, "a trickler");
        }
    }
}
