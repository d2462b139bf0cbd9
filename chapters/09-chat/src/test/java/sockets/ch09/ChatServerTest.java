package sockets.ch09;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.BackgroundServer;
import sockets.testkit.Peer;

/** The serving loop in the test's JVM, on a loopback listener bound to port 0. */
@Timeout(20)
class ChatServerTest {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    private static BackgroundServer startServer(ChatServer.Limits limits) {
        return BackgroundServer.start(listener -> ChatServer.serve(listener, limits, QUIET));
    }

    private static BackgroundServer startServer() {
        return startServer(ChatServer.Limits.DEFAULT);
    }

    /** Connects and reads the welcome: from then on the client is in the room. */
    private static Peer join(BackgroundServer server) {
        var peer = Peer.connect(server.port());
        var welcome = peer.readLine();
        assertTrue(welcome.startsWith("* welcome, " + name(peer)), "the first line welcomes: " + welcome);
        return peer;
    }

    /** The name the server gives a client: the address and port it sees for it. */
    private static String name(Peer peer) {
        return "127.0.0.1:" + peer.socket().getLocalPort();
    }

    @Test
    void a_line_from_one_client_reaches_every_other_client_with_its_senders_name() {
        try (var server = startServer(); var alice = join(server); var bob = join(server);
             var carol = join(server)) {
            alice.readLine();
            alice.readLine();
            bob.readLine();
            alice.sendLine("hello, everyone");
            assertEquals("[" + name(alice) + "] hello, everyone", bob.readLine());
            assertEquals("[" + name(alice) + "] hello, everyone", carol.readLine());
        }
    }

    @Test
    void the_sender_does_not_get_its_own_line_back() {
        try (var server = startServer(); var alice = join(server); var bob = join(server)) {
            alice.readLine();
            alice.sendLine("one");
            assertEquals("[" + name(alice) + "] one", bob.readLine());
            bob.sendLine("two");
            assertEquals("[" + name(bob) + "] two", alice.readLine(),
                    "alice's next line is bob's, not an echo of her own");
        }
    }

    @Test
    void the_room_hears_who_joins_and_who_leaves() {
        try (var server = startServer(); var alice = join(server)) {
            String bobsName;
            try (var bob = join(server)) {
                bobsName = name(bob);
                assertEquals("* " + bobsName + " joined", alice.readLine());
            }
            assertEquals("* " + bobsName + " left", alice.readLine(), "a clean close (FIN) is a plain leave");
        }
    }

    @Test
    void a_client_that_resets_is_removed_and_the_room_is_told_how_it_left() {
        try (var server = startServer(); var alice = join(server)) {
            var bob = join(server);
            alice.readLine();
            bob.reset();
            assertEquals("* 127.0.0.1:" + bob.socket().getLocalPort() + " left (connection reset)",
                    alice.readLine());
        }
    }

    @Test
    void a_line_that_arrives_in_pieces_is_forwarded_whole() {
        try (var server = startServer(); var alice = join(server); var bob = join(server)) {
            alice.readLine();
            alice.sendOneByteAtATime("in pieces\n");
            assertEquals("[" + name(alice) + "] in pieces", bob.readLine());
        }
    }

    @Test
    void lines_that_arrive_in_one_write_are_forwarded_one_by_one() {
        try (var server = startServer(); var alice = join(server); var bob = join(server)) {
            alice.readLine();
            alice.sendMerged("first\n", "second\r\n");
            assertEquals("[" + name(alice) + "] first", bob.readLine());
            assertEquals("[" + name(alice) + "] second", bob.readLine(), "\\r\\n ends a line too");
        }
    }

    @Test
    void control_characters_are_replaced_so_no_client_can_drive_anothers_terminal() {
        try (var server = startServer(); var alice = join(server); var bob = join(server)) {
            alice.readLine();
            // ESC [2J clears a terminal's screen; BEL rings it.
            alice.sendLine("\u001b[2J\u0007hi\tthere");
            assertEquals("[" + name(alice) + "] ?[2J?hi\tthere", bob.readLine());
        }
    }

    @Test
    void a_line_cut_off_by_a_disconnect_is_never_forwarded() {
        try (var server = startServer(); var alice = join(server)) {
            var bob = join(server);
            alice.readLine();
            bob.send("I was about to s");
            bob.close();
            assertEquals("* 127.0.0.1:" + bob.socket().getLocalPort() + " left", alice.readLine(),
                    "the next line after bob's half line is his leave notice");
        }
    }

    @Test
    void a_client_that_sends_a_line_longer_than_the_limit_is_dropped_and_the_room_is_told() {
        try (var server = startServer(); var alice = join(server); var flooder = join(server)) {
            alice.readLine();
            flooder.send("x".repeat(ChatServer.Limits.DEFAULT.maxLine() + 1) + "\n");
            assertEquals("* " + name(flooder) + " left (a line was longer than 1024 bytes)", alice.readLine());
            assertTrue(flooder.isAtEndOfStream(), "the server closed the flooder's connection");
        }
    }

    @Test
    void a_line_of_exactly_the_limit_is_forwarded() {
        try (var server = startServer(); var alice = join(server); var bob = join(server)) {
            alice.readLine();
            var longest = "y".repeat(ChatServer.Limits.DEFAULT.maxLine());
            alice.send(longest + "\r\n");
            assertEquals("[" + name(alice) + "] " + longest, bob.readLine());
        }
    }

    @Test
    void a_client_silent_for_the_idle_limit_is_dropped() {
        var limits = new ChatServer.Limits(100, 1024, 100, Duration.ofSeconds(5), Duration.ofMillis(300));
        try (var server = startServer(limits); var silent = join(server)) {
            assertNull(silent.readLine(), "the server closed the silent client's connection");
        }
    }

    @Test
    void the_room_turns_away_a_client_when_it_is_full() {
        var limits = new ChatServer.Limits(2, 1024, 100, Duration.ofSeconds(5), Duration.ofMinutes(1));
        try (var server = startServer(limits); var alice = join(server); var bob = join(server);
             var third = Peer.connect(server.port())) {
            assertEquals("* the room is full (2 members); try again later", third.readLine());
            assertTrue(third.isAtEndOfStream(), "then the server closes the connection");
            bob.sendLine("still here");
            assertEquals("* " + name(bob) + " joined", alice.readLine());
            assertEquals("[" + name(bob) + "] still here", alice.readLine(), "the two members chat on");
        }
    }

    @Test
    void stopping_the_server_closes_every_clients_connection() {
        Peer alice;
        Peer bob;
        try (var server = startServer()) {
            alice = join(server);
            bob = join(server);
            alice.readLine();
        }
        try (alice; bob) {
            assertNull(alice.readLine(), "alice's connection ends when the server stops");
            assertNull(bob.readLine(), "bob's connection ends when the server stops");
        }
    }
}
