package sockets.ch16;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import sockets.testkit.Peer;

/** Each limit the chapter states, provoked against both designs: an error, a close, and a server that goes on. */
@Timeout(30)
class LimitsTest {

    // Idle limits far from any pause a loaded machine may put between two of a test's steps,
    // except where idleness is what the test provokes.
    private static final Limits SMALL = Limits.DEFAULT.withMaxBulk(1000).withMaxArgs(8)
            .withMaxClients(3).withIdle(Duration.ofSeconds(30));
    private static final Limits IDLE = SMALL.withIdle(Duration.ofMillis(500));

    /** The server's last words to {@code peer}, then its FIN; and a new client is still served. */
    private static void assertErrorThenClose(RunningServer server, Peer peer, String error) throws Exception {
        assertEquals(error, peer.readLine());
        assertTrue(peer.isAtEndOfStream(), "the connection is closed after the error");
        try (var client = server.client()) {
            assertEquals("PONG", client.call("PING"), "the server goes on serving others");
        }
    }

    @ParameterizedTest
    @EnumSource(Options.Design.class)
    void garbage_gets_a_protocol_error_and_a_close(Options.Design design) throws Exception {
        try (var server = RunningServer.start(design, SMALL); var peer = Peer.connect(server.port())) {
            peer.send("*1\r\nGET\r\n");
            assertErrorThenClose(server, peer, "-ERR Protocol error: expected '$', got 'G'");
        }
    }

    @ParameterizedTest
    @EnumSource(Options.Design.class)
    void a_bulk_string_over_the_limit_is_refused_before_its_bytes(Options.Design design) throws Exception {
        try (var server = RunningServer.start(design, SMALL); var peer = Peer.connect(server.port())) {
            peer.send("*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$1001\r\n");
            assertErrorThenClose(server, peer, "-ERR Protocol error: invalid bulk length (at most 1000 bytes)");
        }
    }

    @ParameterizedTest
    @EnumSource(Options.Design.class)
    void an_array_over_the_limit_is_refused(Options.Design design) throws Exception {
        try (var server = RunningServer.start(design, SMALL); var peer = Peer.connect(server.port())) {
            peer.send("*9\r\n");
            assertErrorThenClose(server, peer, "-ERR Protocol error: invalid multibulk length (at most 8)");
        }
    }

    @ParameterizedTest
    @EnumSource(Options.Design.class)
    void a_line_without_end_is_refused_once_past_the_limit(Options.Design design) throws Exception {
        try (var server = RunningServer.start(design, SMALL); var peer = Peer.connect(server.port())) {
            peer.send("x".repeat(SMALL.maxInline() + 1));
            assertErrorThenClose(server, peer, "-ERR Protocol error: too big inline request");
        }
    }

    @ParameterizedTest
    @EnumSource(Options.Design.class)
    void a_write_past_the_memory_limit_gets_oom_and_the_connection_goes_on(Options.Design design)
            throws Exception {
        try (var server = RunningServer.start(design, SMALL.withMaxMemory(1500)); var client = server.client()) {
            assertEquals("OK", client.call("SET", "a", "x".repeat(900)));
            assertEquals("(error) OOM command not allowed when used memory > 'maxmemory'.",
                    client.call("SET", "b", "x".repeat(900)));
            assertEquals("(integer) 1", client.call("DEL", "a"), "reads and deletes still work");
            assertEquals("OK", client.call("SET", "b", "x".repeat(900)), "and the room freed is room again");
        }
    }

    @ParameterizedTest
    @EnumSource(Options.Design.class)
    void one_client_over_the_limit_gets_redis_error_and_a_close(Options.Design design) throws Exception {
        try (var server = RunningServer.start(design, SMALL); var a = server.client(); var b = server.client();
                var c = server.client()) {
            assertEquals("PONG", c.call("PING"), "three clients are allowed");
            try (var fourth = Peer.connect(server.port())) {
                assertEquals("-ERR max number of clients reached", fourth.readLine());
                assertTrue(fourth.isAtEndOfStream());
            }
            a.call("QUIT");
            a.close();
            // The server frees the slot once it has seen a's FIN; until then a new client is refused.
            long until = System.nanoTime() + 5_000_000_000L;
            String reply;
            do {
                try (var again = server.client()) {
                    reply = readQuietly(again);
                }
            } while (!reply.equals("PONG") && System.nanoTime() < until);
            assertEquals("PONG", reply, "a slot freed is a slot for the next client");
        }
    }

    private static String readQuietly(RespClient client) {
        try {
            return client.call("PING");
        } catch (Exception refused) {
            return refused.getMessage();
        }
    }

    @ParameterizedTest
    @EnumSource(Options.Design.class)
    void a_reply_past_the_limit_of_unsent_replies_closes_the_client_as_redis_does(Options.Design design)
            throws Exception {
        var limits = SMALL.withMaxBulk(100_000);
        try (var server = RunningServer.start(design, limits); var peer = Peer.connect(server.port())) {
            try (var setter = server.client()) {
                for (int i = 0; i < 5; i++) {
                    assertEquals("OK", setter.call("SET", i + "k".repeat(99_999), "v"));
                }
            }
            peer.send("*2\r\n$4\r\nKEYS\r\n$1\r\n*\r\n");     // a 500 KB reply, past the 230 KB limit
            assertEquals(null, peer.readLine(), "closed without a byte of the reply, as Redis does");
            assertTrue(server.log().contains("replies past " + limits.maxReplies()
                    + " bytes unsent (client-output-buffer-limit)"), server.log());
            try (var client = server.client()) {
                assertEquals("PONG", client.call("PING"), "the server goes on serving others");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Options.Design.class)
    void a_silent_client_is_closed_after_the_idle_limit_without_a_word_as_redis_does(Options.Design design)
            throws Exception {
        try (var server = RunningServer.start(design, IDLE)) {
            long start = System.nanoTime();             // before connect: the server's clock starts later
            var peer = Peer.connect(server.port());
            // Redis frees an idle client and writes nothing to it (timeout.c, clientsCronHandleTimeout).
            assertNull(peer.readLine(), "closed, and no error line before the close");
            assertTrue(System.nanoTime() - start >= 500_000_000L, "not before its time");
            assertTrue(server.log().contains("idle for more than 500 ms: closing the connection"), server.log());
            try (var client = server.client()) {
                assertEquals("PONG", client.call("PING"), "the server goes on serving others");
            }
            peer.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Options.Design.class)
    void the_idle_limit_is_a_deadline_a_trickle_of_bytes_does_not_move(Options.Design design) throws Exception {
        try (var server = RunningServer.start(design, IDLE); var peer = Peer.connect(server.port())) {
            // A byte every 100 ms, a command never finished: the deadline still comes.
            var trickle = Thread.ofVirtual().start(() -> {
                try {
                    peer.sendWithPauses(Duration.ofMillis(100), "*2\r\n$4\r\nECHO\r\n$100\r\n".split(""));
                } catch (RuntimeException closed) {
                    // the server closed the connection: what the test waits for
                }
            });
            assertNull(peer.readLine(), "closed without a word, at the deadline all the same");
            trickle.interrupt();
        }
    }

    @ParameterizedTest
    @EnumSource(Options.Design.class)
    void a_client_that_keeps_sending_commands_is_not_idle(Options.Design design) throws Exception {
        try (var server = RunningServer.start(design, SMALL.withIdle(Duration.ofSeconds(1))); var client = server.client()) {
            long end = System.nanoTime() + 2_000_000_000L;
            while (System.nanoTime() < end) {
                assertEquals("PONG", client.call("PING"), "two seconds of commands, twice the idle limit");
                LockSupport.parkNanos(100_000_000L);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Options.Design.class)
    void a_client_that_does_not_read_its_replies_is_closed_and_others_are_served(Options.Design design)
            throws Exception {
        try (var server = RunningServer.start(design,
                SMALL.withMaxBulk(100_000).withIdle(Duration.ofSeconds(2))); var setter = server.client();
                var greedy = Peer.connect(server.port())) {
            assertEquals("OK", setter.call("SET", "big", "x".repeat(100_000)));
            // 2000 GETs of 100 KB: 200 MB of replies, which the greedy client never reads.
            var get = "*2\r\n$3\r\nGET\r\n$3\r\nbig\r\n";
            Thread.ofVirtual().start(() -> {
                try {
                    greedy.send(get.repeat(2000));
                } catch (RuntimeException closed) {
                    // the server closed it: what the test waits for
                }
            });
            assertEquals("PONG", setter.call("PING"), "served while the greedy client's replies pile up");
            long until = System.nanoTime() + 15_000_000_000L;
            while (!server.log().contains("did not read its replies") && System.nanoTime() < until) {
                assertEquals("PONG", setter.call("PING"));
                LockSupport.parkNanos(50_000_000L);
            }
            assertTrue(server.log().contains("did not read its replies for 2000 ms"), server.log());
        }
    }
}
