package sockets.ch06;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.BackgroundServer;

/** The client's exchange in this JVM, against the server's loop: what comes back, and when not. */
@Timeout(30)
class ExchangeTest {

    private static BackgroundServer server(Framing framing) {
        return BackgroundServer.start(listener -> EchoServer.serve(listener, framing,
                Duration.ofSeconds(10), EchoConnection.LINGER,
                new PrintStream(OutputStream.nullOutputStream())));
    }

    private static List<String> exchange(BackgroundServer server, Framing framing,
            List<String> messages) throws IOException {
        var replies = new ArrayList<String>();
        EchoClient.exchange(server.address(), framing, messages.iterator(),
                reply -> replies.add(new String(reply, StandardCharsets.UTF_8)));
        return replies;
    }

    @Test
    void every_line_comes_back_in_order_empty_ones_too() throws IOException {
        var lines = new LineFraming(LineFraming.MAX_LINE);
        try (var server = server(lines)) {
            var messages = List.of("hello", "", "world");
            assertEquals(messages, exchange(server, lines, messages));
        }
    }

    @Test
    void a_thousand_frames_come_back_while_they_are_still_being_sent() throws IOException {
        var frames = new LengthPrefixedFraming(LengthPrefixedFraming.MAX_FRAME);
        var messages = IntStream.range(0, 1000).mapToObj(i -> i + "\n" + "f".repeat(i)).toList();
        try (var server = server(frames)) {
            assertEquals(messages, exchange(server, frames, messages));
        }
    }

    @Test
    void no_messages_is_a_half_close_and_an_empty_reply() throws IOException {
        var lines = new LineFraming(LineFraming.MAX_LINE);
        try (var server = server(lines)) {
            assertEquals(List.of(), exchange(server, lines, List.of()));
        }
    }

    @Test
    void a_server_that_drops_the_client_before_every_echo_is_an_error() {
        var lines = new LineFraming(LineFraming.MAX_LINE);
        try (var server = server(lines)) {
            var failed = assertThrows(IOException.class,
                    () -> exchange(server, lines, List.of("y".repeat(2000), "after")));
            assertTrue(failed.getMessage().startsWith("the server closed the connection"),
                    failed::getMessage);
        }
    }
}
