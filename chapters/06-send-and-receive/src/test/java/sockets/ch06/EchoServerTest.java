package sockets.ch06;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.BackgroundServer;
import sockets.testkit.OwnThread;
import sockets.testkit.Peer;
import sockets.testkit.ServerLog;

/** The serving loop in this JVM, against clients that cut, stall, flood and reset. */
@Timeout(20)
class EchoServerTest {

    private static final Duration PATIENCE = Duration.ofSeconds(1);
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    private static BackgroundServer lineServer() {
        return BackgroundServer.start(listener -> EchoServer.serve(listener,
                new LineFraming(LineFraming.MAX_LINE), PATIENCE, EchoConnection.LINGER, QUIET));
    }

    private static BackgroundServer frameServer() {
        return BackgroundServer.start(listener -> EchoServer.serve(listener,
                new LengthPrefixedFraming(LengthPrefixedFraming.MAX_FRAME), PATIENCE,
                EchoConnection.LINGER, QUIET));
    }

    /** The proof that the server still serves: a fresh client gets its echo. */
    private static void assertStillServing(BackgroundServer server, String after) {
        try (var next = Peer.connect(server.port())) {
            next.sendLine("still there?");
            assertEquals("still there?", next.readLine(), "the server serves the next client " + after);
        }
    }

    @Test
    void each_line_comes_back_as_it_was_sent() {
        try (var server = lineServer(); var client = Peer.connect(server.port())) {
            client.sendLine("hello");
            assertEquals("hello", client.readLine());
            client.sendLine("world");
            assertEquals("world", client.readLine());
        }
    }

    @Test
    void a_line_sent_one_byte_per_write_comes_back_whole() {
        try (var server = lineServer(); var client = Peer.connect(server.port())) {
            client.sendOneByteAtATime("one byte at a time\n");
            assertEquals("one byte at a time", client.readLine());
        }
    }

    @Test
    void two_lines_sent_in_one_write_come_back_as_two() {
        try (var server = lineServer(); var client = Peer.connect(server.port())) {
            client.sendMerged("hello\n", "world\n");
            assertEquals("hello", client.readLine());
            assertEquals("world", client.readLine());
        }
    }

    @Test
    void an_empty_line_is_echoed_and_does_not_end_the_conversation() {
        try (var server = lineServer(); var client = Peer.connect(server.port())) {
            client.sendMerged("\n", "end\n");
            assertEquals("", client.readLine(), "an empty line is a message");
            assertEquals("end", client.readLine(), "the connection is still open after it");
        }
    }

    @Test
    void a_crlf_line_comes_back_with_a_plain_newline() {
        try (var server = lineServer(); var client = Peer.connect(server.port())) {
            client.send("telnet\r\n");
            assertEquals("telnet\n", new String(client.readExactly(7), StandardCharsets.UTF_8));
        }
    }

    @Test
    void after_the_clients_half_close_every_echo_arrives_then_the_servers_end_of_stream() {
        try (var server = lineServer(); var client = Peer.connect(server.port())) {
            client.sendMerged("one\n", "two\n", "three\n");
            client.shutdownOutput();
            assertEquals("one\ntwo\nthree\n", client.readToEnd(),
                    "our FIN ends the server's loop; its FIN comes after the last echo");
        }
    }

    @Test
    void one_mib_of_lines_comes_back_whole_while_it_is_still_being_sent() {
        var lines = IntStream.range(0, 1024).mapToObj(i -> "%04d%s".formatted(i, "x".repeat(1019)))
                .collect(Collectors.joining("\n", "", "\n"));
        try (var server = lineServer(); var client = Peer.connect(server.port())) {
            // Sender and reader on two threads, or both ends stall with full buffers.
            var sending = OwnThread.run("sender", () -> {
                client.send(lines);
                client.shutdownOutput();
            });
            assertEquals(lines, client.readToEnd(), "1 MiB of echoes, byte for byte");
            sending.join();
        }
    }

    @Test
    void a_line_over_the_limit_gets_an_error_line_then_end_of_stream() {
        try (var server = lineServer(); var client = Peer.connect(server.port())) {
            client.sendLine("x".repeat(LineFraming.MAX_LINE + 1));
            assertEquals("error: a line may have at most 1024 bytes", client.readLine());
            assertNull(client.readLine(), "the server closes the connection after the error");
            assertStillServing(server, "after a line too long");
        }
    }

    @Test
    void a_client_flooding_one_endless_line_is_dropped_with_an_error_and_not_buffered() {
        try (var server = lineServer(); var client = Peer.connect(server.port())) {
            // 8 MiB without a newline: the server must stop at 1 KiB, not keep it all.
            var flooding = OwnThread.run("flooder", () -> {
                var chunk = "y".repeat(64 * 1024).getBytes(StandardCharsets.UTF_8);
                for (int i = 0; i < 128; i++) {
                    client.send(chunk);
                }
            });
            assertEquals("error: a line may have at most 1024 bytes", client.readLine());
            client.reset();
            flooding.handle((ok, brokenPipe) -> null).join();
            assertStillServing(server, "after a flood");
        }
    }

    @Test
    void a_silent_client_is_told_and_dropped_after_the_servers_patience() {
        try (var server = lineServer(); var silent = Peer.connect(server.port())) {
            assertEquals("error: nothing came for 1 s", silent.readLine());
            assertNull(silent.readLine());
            assertStillServing(server, "after a silent client");
        }
    }

    @Test
    void a_client_that_never_reads_its_echoes_is_dropped_after_the_servers_patience() throws IOException {
        var log = new ServerLog();
        try (var server = BackgroundServer.start(listener -> EchoServer.serve(listener,
                new LineFraming(LineFraming.MAX_LINE), PATIENCE, EchoConnection.LINGER, log.stream()));
             var greedy = new Socket()) {
            // A small receive buffer, set before connect, so that it fills soon.
            greedy.setReceiveBufferSize(4096);
            greedy.connect(new InetSocketAddress(server.address().getAddress(), server.port()), 5000);
            var line = ("z".repeat(1023) + "\n").getBytes(StandardCharsets.UTF_8);
            var out = greedy.getOutputStream();
            try {
                // At most 64 MiB; the server stops reading once its writes to us block.
                for (int i = 0; i < 65_536; i++) {
                    out.write(line);
                }
            } catch (IOException resetByTheServer) {
                // expected: the alarm closed the server's end under its blocked write
            }
            assertStillServing(server, "after a client that did not read");
            // The server's log says why; it may say so just after the reset reaches us.
            log.awaitLine(logged -> logged.contains("dropped after")
                    && logged.endsWith("it did not read its echoes for 1 s"), Duration.ofSeconds(10));
        }
    }

    @Test
    void a_client_that_sends_large_frames_and_never_reads_is_reset_at_the_servers_patience()
            throws Exception {
        try (var server = frameServer(); var greedy = new Socket()) {
            // A small receive buffer, set before connect, so that it fills soon.
            greedy.setReceiveBufferSize(4096);
            var started = System.nanoTime();
            greedy.connect(new InetSocketAddress(server.address().getAddress(), server.port()), 5000);
            // 64 KiB frames: BufferedOutputStream hands each straight to write(2), not at flush.
            var frame = framed(new byte[64 * 1024]);
            var sending = new CompletableFuture<IOException>();
            Thread.ofPlatform().daemon().name("greedy-sender").start(() -> {
                try {
                    // At most 64 MiB; the server stops reading once its writes to us block.
                    for (int i = 0; i < 1024; i++) {
                        greedy.getOutputStream().write(frame);
                    }
                    sending.complete(null);
                } catch (IOException e) {
                    sending.complete(e);
                }
            });
            IOException dropped;
            try {
                dropped = sending.get(10, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                throw new AssertionError("after 10 s the server still had not dropped a client "
                        + "that does not read its echoes; its patience is " + PATIENCE.toSeconds() + " s");
            }
            var elapsed = Duration.ofNanos(System.nanoTime() - started);
            assertNotNull(dropped, "64 MiB went through to a server that cannot write its echoes");
            // close(2) with our bytes unread in its receive buffer: the server's kernel sends
            // RST, and our blocked write(2) fails with ECONNRESET.
            assertEquals("Connection reset by peer", dropped.getMessage());
            assertTrue(elapsed.compareTo(PATIENCE) >= 0, "dropped after " + elapsed
                    + ", before the server's patience of " + PATIENCE);
            try (var next = Peer.connect(server.port())) {
                var hello = framed("still there?".getBytes(StandardCharsets.UTF_8));
                next.send(hello);
                assertArrayEquals(hello, next.readExactly(hello.length),
                        "the server serves the next client after one that did not read");
            }
        }
    }

    /** What the server logged about one client, once it logged how their conversation ended. */
    private static List<String> conversation(ServerLog log, String client, String ending) {
        log.awaitLine(line -> line.startsWith(client + ": " + ending), Duration.ofSeconds(10));
        return log.toString().lines().filter(line -> line.startsWith(client + ": ")).toList();
    }

    @Test
    void the_server_says_how_each_conversation_ended() {
        var log = new ServerLog();
        try (var server = BackgroundServer.start(listener -> EchoServer.serve(listener,
                new LineFraming(LineFraming.MAX_LINE), PATIENCE, EchoConnection.LINGER, log.stream()))) {
            String client;
            try (var polite = Peer.connect(server.port())) {
                client = "127.0.0.1:" + polite.socket().getLocalPort();
                polite.sendMerged("one\n", "two\n");
                polite.shutdownOutput();
                assertEquals("one\ntwo\n", polite.readToEnd());
            }
            assertEquals(List.of(client + ": accepted", client + ": closed after 2 messages"),
                    conversation(log, client, "closed"));
            try (var rude = Peer.connect(server.port())) {
                client = "127.0.0.1:" + rude.socket().getLocalPort();
                rude.sendMerged("fine\n", "x".repeat(LineFraming.MAX_LINE + 1) + "\n");
                assertEquals("fine", rude.readLine());
                rude.shutdownOutput();
            }
            assertEquals(List.of(client + ": accepted",
                    client + ": dropped after 1 message: a line may have at most 1024 bytes"),
                    conversation(log, client, "dropped"));
        }
    }

    @Test
    void a_client_that_resets_in_the_middle_of_a_line_ends_only_its_own_connection() {
        try (var server = lineServer()) {
            try (var client = Peer.connect(server.port())) {
                client.send("half a li");
                client.reset();
            }
            assertStillServing(server, "after a reset");
        }
    }

    @Test
    void length_prefixed_frames_come_back_whole_newlines_and_all() {
        try (var server = frameServer(); var client = Peer.connect(server.port())) {
            var message = "two\nlines".getBytes(StandardCharsets.UTF_8);
            var frame = framed(message);
            for (byte b : frame) {
                client.send(new byte[] {b});
            }
            assertArrayEquals(frame, client.readExactly(frame.length), "the same frame, length and all");
        }
    }

    @Test
    void a_frame_over_the_limit_gets_an_error_frame_then_end_of_stream() {
        try (var server = frameServer(); var client = Peer.connect(server.port())) {
            client.send(java.util.HexFormat.of().parseHex("00100001"));
            var error = "error: a frame may have at most 1048576 bytes, not 1048577";
            assertArrayEquals(framed(error.getBytes(StandardCharsets.UTF_8)),
                    client.readExactly(4 + error.length()));
            assertTrue(client.isAtEndOfStream(), "the server closes after the error");
        }
    }

    private static byte[] framed(byte[] message) {
        try {
            var out = new ByteArrayOutputStream();
            new LengthPrefixedFraming(LengthPrefixedFraming.MAX_FRAME).write(out, message);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
