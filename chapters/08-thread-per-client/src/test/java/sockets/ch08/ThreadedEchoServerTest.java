package sockets.ch08;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.Peer;

/** The threaded echo server's loop, in the test's JVM, on a loopback listener on port 0. */
@Timeout(20)
class ThreadedEchoServerTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private static void assertEchoes(Peer client, String line) {
        client.sendLine(line);
        assertEquals(line, client.readLine(), "the server sends the line back as it came");
    }

    private static void hangUp(Peer client) {
        client.shutdownOutput();
        assertTrue(client.isAtEndOfStream(), "after our FIN the server closes its end too");
    }

    @Test
    void it_echoes_every_line_until_the_client_half_closes() {
        try (var server = new ServerUnderTest(200, PATIENCE); var client = Peer.connect(server.port())) {
            client.sendMerged("one\n", "two\n", "three\n");
            assertEquals(List.of("one", "two", "three"),
                    List.of(client.readLine(), client.readLine(), client.readLine()));
            hangUp(client);
        }
    }

    @Test
    void a_line_that_arrives_one_byte_at_a_time_comes_back_whole() {
        try (var server = new ServerUnderTest(200, PATIENCE); var client = Peer.connect(server.port())) {
            client.sendOneByteAtATime("in pieces\r\n");
            assertEquals("in pieces", client.readLine());
        }
    }

    @Test
    void each_connection_is_served_by_a_thread_of_its_own_named_client_n() {
        try (var server = new ServerUnderTest(200, PATIENCE);
             var first = Peer.connect(server.port());
             var second = Peer.connect(server.port());
             var third = Peer.connect(server.port())) {
            assertEchoes(first, "a");
            assertEchoes(second, "b");
            assertEchoes(third, "c");
            var names = server.clientThreads().stream().map(Thread::getName).sorted().toList();
            assertEquals(List.of("client-1", "client-2", "client-3"), names,
                    "three connections, three threads");
        }
    }

    @Test
    void the_thread_ends_when_its_client_hangs_up() throws InterruptedException {
        try (var server = new ServerUnderTest(200, PATIENCE); var client = Peer.connect(server.port())) {
            assertEchoes(client, "bye");
            hangUp(client);
            assertEquals(List.of(), server.awaitClientThreadsEnded(Duration.ofSeconds(5)),
                    "a client thread still alive after its client left");
        }
    }

    @Test
    void a_client_past_the_cap_is_told_busy_and_closed_while_the_others_are_still_served() {
        try (var server = new ServerUnderTest(2, PATIENCE);
             var first = Peer.connect(server.port());
             var second = Peer.connect(server.port())) {
            // Both echoed: both accepted and counted before the third comes.
            assertEchoes(first, "first");
            assertEchoes(second, "second");
            try (var third = Peer.connect(server.port())) {
                assertEquals("busy: 2 clients connected, try later", third.readLine(),
                        "the client past --max-clients is told why");
                assertTrue(third.isAtEndOfStream(), "and its connection is closed");
            }
            assertEchoes(first, "still served");
            assertEchoes(second, "me too");
            assertTrue(server.log().contains("refused 127.0.0.1:"), server.log()::toString);
        }
    }

    @Test
    void the_place_of_a_client_that_leaves_goes_to_the_next() {
        try (var server = new ServerUnderTest(1, PATIENCE)) {
            try (var first = Peer.connect(server.port())) {
                assertEchoes(first, "first");
                hangUp(first);
            }
            try (var next = Peer.connect(server.port())) {
                assertEchoes(next, "my turn");
            }
        }
    }

    @Test
    void a_silent_client_is_told_and_dropped_after_its_idle_timeout() {
        try (var server = new ServerUnderTest(200, Duration.ofMillis(300));
             var silent = Peer.connect(server.port())) {
            assertEquals("error: nothing came for 300 ms", silent.readLine());
            assertTrue(silent.isAtEndOfStream(), "the server closed the silent client's connection");
        }
    }

    @Test
    void a_line_of_the_maximum_length_is_echoed() {
        try (var server = new ServerUnderTest(200, PATIENCE); var client = Peer.connect(server.port())) {
            assertEchoes(client, "x".repeat(LineFraming.MAX_LINE));
        }
    }

    @Test
    void a_too_long_line_is_answered_with_an_error_and_the_connection_closed() {
        try (var server = new ServerUnderTest(200, PATIENCE); var client = Peer.connect(server.port())) {
            client.sendLine("x".repeat(LineFraming.MAX_LINE + 1));
            assertEquals("error: a line may have at most 1024 bytes", client.readLine());
            assertTrue(client.isAtEndOfStream(), "the server closed the connection after the error");
        }
    }

    @Test
    void after_an_error_a_client_that_trickles_bytes_is_let_go_at_the_goodbye_deadline() {
        try (var server = new ServerUnderTest(200, PATIENCE); var client = Peer.connect(server.port())) {
            client.send("x".repeat(LineFraming.MAX_LINE + 2));
            assertEquals("error: a line may have at most 1024 bytes", client.readLine());
            // A byte every 800 ms: each read's timeout (1 s) would never run out, so only a
            // deadline ends the discarding. Once the server has closed, our next byte draws
            // a reset (RST) and the one after it fails: that is when the server let us go.
            var bytes = new String[10];
            Arrays.fill(bytes, "z");
            long start = System.nanoTime();
            assertThrows(UncheckedIOException.class,
                    () -> client.sendWithPauses(Duration.ofMillis(800), bytes),
                    "the server still discarded our bytes 7 s after its 1 s goodbye deadline");
            long took = Duration.ofNanos(System.nanoTime() - start).toMillis();
            assertTrue(took < EchoSession.LINGER.toMillis() + 2 * 800 + 1000,
                    "let go " + took + " ms after the error line, for a deadline of "
                            + EchoSession.LINGER.toMillis() + " ms");
        }
    }

    @Test
    void a_client_that_resets_ends_its_own_thread_and_no_other() throws InterruptedException {
        try (var server = new ServerUnderTest(200, PATIENCE); var steady = Peer.connect(server.port())) {
            assertEchoes(steady, "before");
            var rude = Peer.connect(server.port());
            assertEchoes(rude, "then I reset");
            rude.reset();
            assertEchoes(steady, "after");
            var rudeThread = server.clientThreads().stream()
                    .filter(t -> t.getName().equals("client-2")).findFirst();
            if (rudeThread.isPresent()) {
                rudeThread.get().join(Duration.ofSeconds(5));
                assertTrue(!rudeThread.get().isAlive(), "the reset client's thread ended");
            }
            assertEquals(List.of("client-1"), server.clientThreads().stream().map(Thread::getName).toList());
        }
    }

    @Test
    @Timeout(60)
    void a_client_that_never_reads_its_echoes_is_dropped_and_its_place_freed() throws Exception {
        try (var server = new ServerUnderTest(1, Duration.ofMillis(500))) {
            var hog = Peer.connect(server.port());
            var failure = new AtomicReference<Throwable>();
            // Lines and lines, never a read: both ends' buffers fill, the server's write
            // blocks, and only its alarm can end that. At most 256 MiB, then we give up.
            var sender = Thread.ofPlatform().daemon().start(() -> {
                var chunk = ("y".repeat(1023) + "\n").repeat(64).getBytes();
                try {
                    for (int i = 0; i < 4096; i++) {
                        hog.send(chunk);
                    }
                } catch (UncheckedIOException e) {
                    failure.set(e);
                }
            });
            // Idle, the reset comes within a second; on a busy machine filling the buffers
            // (megabytes, autotuned) takes longer: wait for the sender's end, generously.
            sender.join(Duration.ofSeconds(40));
            hog.close();
            assertInstanceOf(UncheckedIOException.class, failure.get(),
                    "the server should close a connection whose echoes are not read");
            assertEquals(List.of(), server.awaitClientThreadsEnded(Duration.ofSeconds(5)));
            try (var next = Peer.connect(server.port())) {
                assertEchoes(next, "my turn");
            }
        }
    }

    @Test
    void after_a_hundred_clients_come_and_go_no_client_thread_is_left() throws InterruptedException {
        try (var server = new ServerUnderTest(200, PATIENCE)) {
            for (int i = 0; i < 100; i++) {
                var client = Peer.connect(server.port());
                switch (i % 4) {
                    case 0 -> {
                        assertEchoes(client, "polite " + i);
                        hangUp(client);
                    }
                    case 1 -> client.reset();
                    case 2 -> client.send(new byte[] {0, (byte) 0xff, 7, '\n', 1, 2});
                    default -> client.send("x".repeat(5000));
                }
                client.close();
            }
            // Accepted in order: once the last client is echoed, all before it were accepted.
            try (var last = Peer.connect(server.port())) {
                assertEchoes(last, "last");
            }
            var alive = server.awaitClientThreadsEnded(Duration.ofSeconds(10));
            assertEquals(List.of(), alive, "client threads left behind");
        }
    }
}
