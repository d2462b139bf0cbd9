package sockets.ch10;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.BackgroundServer;
import sockets.testkit.BackgroundServer.Wake;
import sockets.testkit.Peer;

@Timeout(20)
class EchoServerTest {

    private static final Limits VIRTUAL = Limits.DEFAULT.withGrace(Duration.ofMillis(500));
    private static final Limits POOL_OF_TWO = VIRTUAL.withExecutor(Limits.Executor.POOL)
            .withPoolSize(2).withQueue(1);

    /**
     * The echo server in the test's JVM, on 127.0.0.1 port 0, with the limits a test chooses.
     * Closing it is the server's own graceful stop, so no thread or socket outlives the test.
     */
    private static BackgroundServer server(Limits limits) {
        var listener = BackgroundServer.loopbackListener(EchoServer.BACKLOG);
        var server = new ExecutorServer(listener, limits, new PrintStream(OutputStream.nullOutputStream()));
        AutoCloseable gracefulStop = server::stop;
        return BackgroundServer.serve(gracefulStop, listener.getLocalSocketAddress(), Wake.CLOSING_IS_ENOUGH,
                stop -> server.serve());
    }

    @Test
    void every_line_comes_back_as_it_came_however_it_is_cut() throws Exception {
        try (var server = server(VIRTUAL); var peer = Peer.connect(server.port())) {
            peer.sendOneByteAtATime("one byte at a time\n");
            assertEquals("one byte at a time", peer.readLine());
            peer.sendMerged("two\n", "lines in one write\n");
            assertEquals("two", peer.readLine());
            assertEquals("lines in one write", peer.readLine());
            peer.sendWithPauses(Duration.ofMillis(50), "half a ", "line\r\n");
            assertEquals("half a line", peer.readLine());
        }
    }

    @Test
    void a_last_line_without_its_newline_is_still_echoed() throws Exception {
        try (var server = server(VIRTUAL); var peer = Peer.connect(server.port())) {
            peer.send("no newline");
            peer.shutdownOutput();
            assertEquals("no newline", peer.readLine());
            assertTrue(peer.isAtEndOfStream(), "the server closes after the client's FIN");
        }
    }

    @Test
    void a_line_over_the_limit_gets_an_error_line_and_the_connection_ends() throws Exception {
        try (var server = server(VIRTUAL); var peer = Peer.connect(server.port())) {
            peer.send("x".repeat(EchoConnection.MAX_LINE + 2));
            assertEquals("error: a line may have at most 1024 bytes, goodbye", peer.readLine());
            peer.shutdownOutput();
            assertTrue(peer.isAtEndOfStream(), "the server closed the connection");
        }
    }

    @Test
    void after_its_goodbye_a_client_that_trickles_bytes_is_let_go_at_the_deadline() throws Exception {
        try (var server = server(VIRTUAL); var peer = Peer.connect(server.port())) {
            peer.send("x".repeat(EchoConnection.MAX_LINE + 2));
            assertEquals("error: a line may have at most 1024 bytes, goodbye", peer.readLine());
            // A byte every 800 ms: each read's timeout (1 s) would never run out, so only a
            // deadline ends the discarding. Once the server has closed, our next byte draws
            // a reset (RST) and the one after it fails: that is when the server let us go.
            var bytes = new String[10];
            Arrays.fill(bytes, "z");
            long start = System.nanoTime();
            assertThrows(UncheckedIOException.class,
                    () -> peer.sendWithPauses(Duration.ofMillis(800), bytes),
                    "the server still discarded our bytes 7 s after its 1 s goodbye deadline");
            long took = Duration.ofNanos(System.nanoTime() - start).toMillis();
            // Two pauses after the deadline on an idle machine; a busy one (load 26 on two
            // cores once took 3.7 s) gets five, still well before our ten bytes' 7.2 s.
            assertTrue(took < Goodbye.LINGER.toMillis() + 5 * 800,
                    "let go " + took + " ms after the error line, for a deadline of "
                            + Goodbye.LINGER.toMillis() + " ms");
        }
    }

    @Test
    void a_line_of_exactly_the_limit_is_echoed() throws Exception {
        try (var server = server(VIRTUAL); var peer = Peer.connect(server.port())) {
            var longest = "y".repeat(EchoConnection.MAX_LINE);
            peer.sendLine(longest);
            assertEquals(longest, peer.readLine());
        }
    }

    @Test
    void an_idle_client_is_dropped_after_the_idle_timeout() throws Exception {
        var limits = VIRTUAL.withIdleTimeout(Duration.ofMillis(200));
        try (var server = server(limits); var peer = Peer.connect(server.port())) {
            peer.sendLine("then silence");
            assertEquals("then silence", peer.readLine());
            long start = System.nanoTime();
            assertEquals("error: idle for 200 ms, goodbye", peer.readLine());
            long waited = Duration.ofNanos(System.nanoTime() - start).toMillis();
            assertTrue(waited >= 150, "dropped after " + waited + " ms, not after the 200 ms timeout");
            assertTrue(peer.isAtEndOfStream(), "the server closed the connection");
        }
    }

    @Test
    void with_a_pool_of_two_the_third_client_waits_in_the_queue_until_a_thread_is_free() throws Exception {
        try (var server = server(POOL_OF_TWO); var first = Peer.connect(server.port());
             var second = Peer.connect(server.port()); var third = Peer.connect(server.port())) {
            first.sendLine("1");
            second.sendLine("2");
            assertEquals("1", first.readLine());
            assertEquals("2", second.readLine());
            third.sendLine("3");
            third.socket().setSoTimeout(300);
            var wait = assertThrows(UncheckedIOException.class, third::readLine,
                    "the third client is answered while both threads serve the others");
            assertTrue(wait.getCause() instanceof SocketTimeoutException, wait::toString);
            third.socket().setSoTimeout(10_000);
            first.close();
            assertEquals("3", third.readLine(), "the first client's thread takes the third from the queue");
        }
    }

    @Test
    void when_the_pool_and_its_queue_are_full_a_client_is_refused_with_a_busy_line() throws Exception {
        try (var server = server(POOL_OF_TWO); var first = Peer.connect(server.port());
             var second = Peer.connect(server.port()); var queued = Peer.connect(server.port())) {
            first.sendLine("1");
            second.sendLine("2");
            assertEquals("1", first.readLine());
            assertEquals("2", second.readLine());
            try (var refused = Peer.connect(server.port())) {
                assertEquals("error: the server is busy, try again later", refused.readLine());
                assertNull(refused.readLine(), "the server closed the refused connection");
            }
        }
    }

    @Test
    void a_client_that_resets_does_not_disturb_the_others() throws Exception {
        try (var server = server(POOL_OF_TWO); var other = Peer.connect(server.port())) {
            var rude = Peer.connect(server.port());
            rude.sendLine("half");
            rude.reset();
            other.sendLine("still here");
            assertEquals("still here", other.readLine());
            try (var next = Peer.connect(server.port())) {
                next.sendLine("the reset client's thread is free again");
                assertEquals("the reset client's thread is free again", next.readLine());
            }
        }
    }

    @Test
    void a_client_that_never_reads_is_closed_once_a_write_waits_longer_than_the_idle_timeout()
            throws Exception {
        var limits = VIRTUAL.withIdleTimeout(Duration.ofMillis(300));
        try (var server = server(limits); var peer = Peer.connect(server.port())) {
            var line = ("z".repeat(1000) + "\n").getBytes();
            // The echoes fill our receive buffer and the server's send buffer; its write then
            // blocks until the watchdog closes the socket, and our writes start to fail.
            var out = peer.socket().getOutputStream();
            assertThrows(IOException.class, () -> {
                for (int i = 0; i < 1_000_000; i++) {
                    out.write(line);
                }
            }, "the server never closed a connection whose echoes nobody read");
        }
    }

    @Test
    void virtual_threads_serve_a_thousand_clients_at_once() throws Exception {
        try (var server = server(VIRTUAL)) {
            var peers = new ArrayList<Peer>();
            try {
                for (int i = 0; i < 1_000; i++) {
                    peers.add(Peer.connect(server.port()));
                    peers.getLast().sendLine("client " + i);
                }
                for (int i = 0; i < peers.size(); i++) {
                    assertEquals("client " + i, peers.get(i).readLine());
                }
            } finally {
                peers.forEach(Peer::close);
            }
        }
    }
}
