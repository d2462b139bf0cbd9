package sockets.ch06.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.BackgroundServer;

@Timeout(10)
class BatchClientTest {

    /** An echo server: every byte back, until the client's end of stream. */
    private static BackgroundServer echoServer() {
        return BackgroundServer.start(listener -> {
            while (true) {
                try (var connection = listener.accept()) {
                    // Small buffers on the server's side, so that a client that does not
                    // read while it sends stalls for sure, on any machine.
                    connection.setReceiveBufferSize(64 * 1024);
                    connection.setSendBufferSize(64 * 1024);
                    // read until -1, writing each piece back; then close, which sends FIN.
                    connection.getInputStream().transferTo(connection.getOutputStream());
                }
            }
        });
    }

    @Test
    void gets_every_echo_back_in_order() throws Exception {
        try (var server = echoServer()) {
            var replies = assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> BatchClient.sendAll(server.address(), List.of("one", "", "three")),
                    "no end of stream from the echo server: it closes only after it reads yours,"
                            + " so call shutdownOutput() once every line is sent");
            assertEquals(List.of("one", "", "three"), replies, "each line back, the empty one too");
        }
    }

    @Test
    void a_server_that_answers_only_at_end_of_stream_gets_its_answer() throws Exception {
        try (var server = BackgroundServer.start(listener -> {
            while (true) {
                try (var connection = listener.accept()) {
                    int bytes = connection.getInputStream().readAllBytes().length;
                    connection.getOutputStream().write(("got " + bytes + " bytes\n").getBytes());
                }
            }
        })) {
            var replies = assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> BatchClient.sendAll(server.address(), List.of("abc", "de")),
                    "the server waits for your end of stream before it answers:"
                            + " shutdownOutput() sends FIN and keeps your half open for the reply");
            assertEquals(List.of("got 7 bytes"), replies, "the server counted 'abc\\nde\\n'");
        }
    }

    @Test
    void sixteen_mib_of_lines_come_back_whole() throws Exception {
        var lines = IntStream.range(0, 16 * 1024).mapToObj(i -> "%06d".formatted(i) + "x".repeat(1017)).toList();
        try (var server = echoServer()) {
            var replies = assertTimeoutPreemptively(Duration.ofSeconds(8),
                    () -> BatchClient.sendAll(server.address(), lines),
                    "16 MiB did not come back in 8 s: if you send everything before you read,"
                            + " both ends' buffers fill and each side waits for the other");
            assertEquals(lines.size(), replies.size(), "as many echoes as lines sent");
            assertEquals(lines, replies, "every line back, in order");
        }
    }
}
