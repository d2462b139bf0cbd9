package sockets.ch16;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import sockets.testkit.Peer;

/** One connection's failure, a race or a bug, ends that connection and never the server. */
@Timeout(60)
class OneConnectionFailsAloneTest {

    private static final Limits IDLE_200_MS = Limits.DEFAULT.withIdle(Duration.ofMillis(200));

    @ParameterizedTest
    @EnumSource(Options.Design.class)
    void clients_closing_as_their_idle_limit_expires_do_not_stop_the_server(Options.Design design)
            throws Exception {
        // The reproduction: 8 clients that close 190 to 225 ms after connecting, around
        // the 200 ms idle limit, so that a FIN and the sweep meet in one turn of the loop.
        // Rounds until one fails, at most 12; each waits for its closes, then for a PONG.
        try (var server = RunningServer.start(design, IDLE_200_MS);
                var timer = Executors.newSingleThreadScheduledExecutor()) {
            for (int round = 0; round < 12; round++) {
                var closes = new ArrayList<ScheduledFuture<?>>();
                for (int i = 0; i < 8; i++) {
                    var peer = Peer.connect(server.port());
                    closes.add(timer.schedule(peer::close, 190 + 5 * i, TimeUnit.MILLISECONDS));
                }
                for (var close : closes) {
                    close.get();
                }
                try (var client = server.client()) {
                    assertEquals("PONG", client.call("PING"), "round " + round + ": still serving");
                }
                assertTrue(server.isRunning(), "round " + round);
            }
        }
    }

    @Test
    void checking_the_deadline_of_a_connection_already_closed_does_nothing() throws Exception {
        // Deterministic: the sweep's list of keys may hold one closed earlier in the same turn.
        var log = new ByteArrayOutputStream();
        try (var listener = ServerSocketChannel.open().bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
                var client = SocketChannel.open(listener.getLocalAddress());
                var accepted = listener.accept(); var selector = Selector.open()) {
            accepted.configureBlocking(false);
            var key = accepted.register(selector, SelectionKey.OP_READ);
            var connection = new SelectorConnection(accepted, key, new Commands(IDLE_200_MS, Commands::monotonicMillis),
                    IDLE_200_MS, new PrintStream(log, true, StandardCharsets.UTF_8), () -> { });
            connection.close(null);
            connection.checkDeadline(System.nanoTime() + Duration.ofHours(1).toNanos());
            assertFalse(log.toString(StandardCharsets.UTF_8).contains("idle"), log.toString(StandardCharsets.UTF_8));
        }
    }

    /** A log that throws at the first line containing {@code trigger}: a bug, on purpose. */
    private static PrintStream failingOnce(PrintStream log, String trigger) {
        var failed = new AtomicBoolean();
        return new PrintStream(log, true, StandardCharsets.UTF_8) {
            @Override
            public void println(String line) {
                if (line.contains(trigger) && failed.compareAndSet(false, true)) {
                    throw new IllegalStateException("a bug in the server, provoked by the test");
                }
                super.println(line);
            }
        };
    }

    @ParameterizedTest
    @EnumSource(Options.Design.class)
    void an_exception_while_serving_one_client_closes_that_client_only(Options.Design design) throws Exception {
        try (var server = RunningServer.start(design, Limits.DEFAULT, log -> failingOnce(log, "Protocol error"));
                var other = server.client(); var peer = Peer.connect(server.port())) {
            assertEquals("PONG", other.call("PING"));
            peer.send("*1\r\nGET\r\n");                   // a protocol error, whose log line throws
            assertTrue(peer.isAtEndOfStream(), "the failed connection is closed");
            assertEquals("PONG", other.call("PING"), "a client already connected is still served");
            try (var next = server.client()) {
                assertEquals("PONG", next.call("PING"), "and a new one too");
            }
            assertTrue(server.log().contains("IllegalStateException"), server.log());
        }
    }
}
