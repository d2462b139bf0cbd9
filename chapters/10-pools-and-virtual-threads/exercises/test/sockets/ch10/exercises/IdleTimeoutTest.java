package sockets.ch10.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.Peer;

@Timeout(10)
class IdleTimeoutTest {

    private static final Duration IDLE = Duration.ofMillis(300);

    /** Accepts one client and runs IdleTimeout.echo on it; the future ends when echo returns. */
    private record OneClientServer(ServerSocket listener, CompletableFuture<Void> done)
            implements AutoCloseable {

        static OneClientServer start() throws IOException {
            var listener = new ServerSocket();
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            var done = new CompletableFuture<Void>();
            Thread.ofVirtual().start(() -> {
                try (var client = listener.accept()) {
                    IdleTimeout.echo(client, IDLE);
                    done.complete(null);
                } catch (Throwable t) {
                    done.completeExceptionally(t);
                }
            });
            return new OneClientServer(listener, done);
        }

        @Override
        public void close() throws IOException {
            listener.close();
        }
    }

    /** The first line a silent client reads, failing after ten idle times of waiting for one. */
    private static String readAfterSilence(Peer peer) throws IOException {
        peer.socket().setSoTimeout((int) IDLE.multipliedBy(10).toMillis());
        try {
            return peer.readLine();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof SocketTimeoutException) {
                return fail("a client that sent nothing heard nothing for " + IDLE.multipliedBy(10).toMillis()
                        + " ms, ten times the idle time: the server's read has no timeout (setSoTimeout, SO_TIMEOUT)"
                        + " and waits for ever");
            }
            throw e;
        }
    }

    @Test
    void lines_are_echoed_before_the_timeout() throws Exception {
        try (var server = OneClientServer.start(); var peer = Peer.connect(server.listener().getLocalPort())) {
            peer.sendLine("hello");
            assertEquals("hello", peer.readLine(), "the echo of a line sent at once");
        }
    }

    @Test
    void a_silent_client_gets_the_goodbye_line_after_the_timeout() throws Exception {
        try (var server = OneClientServer.start(); var peer = Peer.connect(server.listener().getLocalPort())) {
            long start = System.nanoTime();
            assertEquals("goodbye: idle", readAfterSilence(peer),
                    "what a client that sends nothing reads after " + IDLE.toMillis() + " ms (only the read timed out:"
                    + " the socket is still good for writing the goodbye)");
            long waited = Duration.ofNanos(System.nanoTime() - start).toMillis();
            assertTrue(waited >= 250, "the goodbye came after " + waited + " ms, before the "
                    + IDLE.toMillis() + " ms read timeout (SO_TIMEOUT)");
        }
    }

    @Test
    void echo_returns_after_the_goodbye_so_the_caller_can_close() throws Exception {
        try (var server = OneClientServer.start(); var peer = Peer.connect(server.listener().getLocalPort())) {
            readAfterSilence(peer);
            server.done().get(3, TimeUnit.SECONDS);
            assertTrue(peer.isAtEndOfStream(), "after the goodbye the server closed the connection");
        }
    }

    @Test
    void a_client_that_keeps_talking_is_not_dropped() throws Exception {
        try (var server = OneClientServer.start(); var peer = Peer.connect(server.listener().getLocalPort())) {
            // Four lines 150 ms apart: 450 ms in all, but never 300 ms of silence.
            try {
                peer.sendWithPauses(Duration.ofMillis(150), "a\n", "b\n", "c\n", "d\n");
            } catch (UncheckedIOException closed) {
                fail("the server closed the connection of a client that kept talking: the timeout counts silence,"
                        + " not the whole connection (" + closed.getCause() + ")");
            }
            for (var expected : new String[] {"a", "b", "c", "d"}) {
                assertEquals(expected, peer.readLine(), "the timeout counts silence, not the whole connection");
            }
        }
    }

    @Test
    void a_client_that_closes_ends_echo_without_a_goodbye() throws Exception {
        try (var server = OneClientServer.start(); var peer = Peer.connect(server.listener().getLocalPort())) {
            peer.sendLine("bye");
            peer.shutdownOutput();
            assertEquals("bye\n", peer.readToEnd(), "everything the server sent after our FIN");
            server.done().get(3, TimeUnit.SECONDS);
        }
    }
}
