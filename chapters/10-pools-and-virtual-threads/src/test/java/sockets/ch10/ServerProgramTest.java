package sockets.ch10;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.JavaProgram;
import sockets.testkit.Peer;
import sockets.testkit.Transcript;

/** The server as a student runs it: a child JVM, stopped as Ctrl-C would, on every OS (startStoppable). */
@Timeout(30)
class ServerProgramTest {

    @Test
    void graceful_shutdown_lets_an_open_connection_finish_and_exits_0() {
        try (var server = JavaProgram.startStoppable(EchoServer.class, "--grace", "5000")) {
            var address = server.awaitListening();
            try (var peer = Peer.connect(address)) {
                peer.sendLine("before");
                assertEquals("before", peer.readLine());
                long start = System.nanoTime();
                server.interrupt();
                server.awaitLine("stopping: 1 open");
                peer.sendLine("during the grace period");
                assertEquals("during the grace period", peer.readLine(), "an open connection is still served");
                var refused = assertThrows(UncheckedIOException.class, () -> Peer.connect(address).close());
                assertTrue(refused.getCause() instanceof ConnectException, "new connects are refused: " + refused);
                peer.close();
                var result = server.awaitExit(Duration.ofSeconds(10));
                long took = Duration.ofNanos(System.nanoTime() - start).toMillis();
                assertEquals(0, result.exitCode(), result::toString);
                assertTrue(result.stdout().contains("stopped"), result::toString);
                assertTrue(took < 5_000, "the server waited " + took + " ms though its last client had left");
            }
        }
    }

    @Test
    void when_the_grace_period_ends_open_connections_are_closed_and_the_server_exits_0() {
        try (var server = JavaProgram.startStoppable(EchoServer.class, "--grace", "300")) {
            try (var peer = Peer.connect(server.awaitListening())) {
                peer.sendLine("and then silence");
                assertEquals("and then silence", peer.readLine());
                server.interrupt();
                assertTrue(peer.isAtEndOfStream(), "the server closed the silent connection");
                var result = server.awaitExit(Duration.ofSeconds(10));
                assertEquals(0, result.exitCode(), result::toString);
                assertTrue(result.stdout().contains("closing 1 connections still open"), result::toString);
            }
        }
    }

    @Test
    void the_pool_executor_is_chosen_on_the_command_line() {
        try (var server = JavaProgram.start(EchoServer.class, "--executor", "pool", "--pool-size", "3")) {
            server.awaitListening();
            server.awaitLine("serving with a pool of 3 threads, a queue of 100");
            try (var peer = Peer.connect(server.awaitListening())) {
                peer.sendLine("pooled");
                assertEquals("pooled", peer.readLine());
            }
        }
    }

    @Test
    void the_server_logs_how_each_connection_ended() {
        try (var server = JavaProgram.start(EchoServer.class)) {
            try (var peer = Peer.connect(server.awaitListening())) {
                peer.sendLine("one");
                assertEquals("one", peer.readLine());
            }
            server.awaitLine("closed after 1 line");
        }
    }

    @Test
    void a_bad_pool_size_is_one_sentence_as_the_book_shows() {
        var result = Transcript.load("bad-pool-size.txt").verify();
        assertEquals(2, result.exitCode());
    }

    @Test
    void a_bad_executor_is_one_sentence() {
        var result = JavaProgram.run(EchoServer.class, "--executor", "fibers");
        result.assertUserError();
        assertTrue(result.stderr().contains("fibers"), result::toString);
    }
}
