package sockets.ch06;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.BackgroundServer;
import sockets.testkit.JavaProgram;
import sockets.testkit.LoopbackPorts;
import sockets.testkit.Transcript;

/** The {@code client} program: arguments, stdin, half-close, and its errors. */
@Timeout(30)
class EchoClientTest {

    private static BackgroundServer echoServer() {
        return BackgroundServer.start(listener -> EchoServer.serve(listener,
                new LineFraming(LineFraming.MAX_LINE), Duration.ofSeconds(10), EchoConnection.LINGER,
                new PrintStream(OutputStream.nullOutputStream())));
    }

    @Test
    void with_no_messages_the_client_sends_each_line_it_reads_on_stdin() {
        try (var server = echoServer();
             var client = JavaProgram.start(EchoClient.class, "--port", String.valueOf(server.port()))) {
            client.writeLine("typed line");
            assertEquals("typed line", client.awaitLine("typed"), "each echo is printed as it arrives");
            client.writeLine("another");
            client.awaitLine("another");
            // Ctrl-D: end of stdin, so the client half-closes and the server closes in turn.
            client.closeStdin();
            var result = client.awaitExit(Duration.ofSeconds(10));
            assertEquals(0, result.exitCode(), result::toString);
        }
    }

    @Test
    void a_server_that_replies_only_after_end_of_stream_gets_everything() {
        // Reads everything, then echoes it all: only the client's half-close lets it answer.
        try (var server = BackgroundServer.start(listener -> {
            while (true) {
                try (var connection = listener.accept()) {
                    var all = connection.getInputStream().readAllBytes();
                    connection.getOutputStream().write(all);
                }
            }
        })) {
            var result = JavaProgram.run(EchoClient.class, "--port", String.valueOf(server.port()), "abc", "de");
            assertEquals("abc\nde\n", result.stdout(), result::toString);
            assertEquals(0, result.exitCode(), result::toString);
        }
    }

    @Test
    void a_server_that_closes_before_reading_everything_is_one_sentence() {
        try (var server = BackgroundServer.start(listener -> {
            while (true) {
                listener.accept().close();
            }
        })) {
            var many = new String[200];
            java.util.Arrays.fill(many, "x".repeat(1000));
            var args = new java.util.ArrayList<>(java.util.List.of("--port", String.valueOf(server.port())));
            args.addAll(java.util.List.of(many));
            var result = JavaProgram.run(EchoClient.class, args.toArray(String[]::new));
            result.assertUserError();
            assertEquals(1, result.exitCode(), "a network failure exits with 1");
        }
    }

    @Test
    void a_server_that_closes_without_echoing_is_one_sentence_even_when_every_message_was_sent() {
        // One short message fits in the kernels' buffers at once: the send may well succeed,
        // and then only the missing echo shows that the server never read it.
        try (var server = BackgroundServer.start(listener -> {
            while (true) {
                try (var connection = listener.accept()) {
                    connection.shutdownOutput();
                    connection.getInputStream().readAllBytes();
                }
            }
        })) {
            var result = JavaProgram.run(EchoClient.class, "--port", String.valueOf(server.port()), "hello");
            result.assertUserError();
            // Which comes first, the server's FIN or the end of our sending, is a race; the
            // sentence says either way that the server closed without echoing.
            assertTrue(result.stderr().contains("the server closed the connection"), result::toString);
        }
    }

    @Test
    void a_port_where_nothing_listens_is_reported_as_the_book_shows() throws IOException {
        var transcript = Transcript.load("refused.txt");
        int closedPort = LoopbackPorts.closed();
        var args = transcript.argumentsWithPort(closedPort);
        var result = JavaProgram.run(EchoClient.class, args);
        result.assertUserError();
        transcript.assertMatches(result.stderr());
    }

    @Test
    void the_client_needs_the_servers_port() {
        var result = JavaProgram.run(EchoClient.class, "hello");
        result.assertUserError();
        assertEquals(2, result.exitCode(), "a mistake on the command line exits with 2");
        assertTrue(result.stderr().contains("--port"), result::toString);
    }
}
