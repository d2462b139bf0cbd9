package sockets.ch04;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.BackgroundServer;
import sockets.testkit.JavaProgram;
import sockets.testkit.LoopbackPorts;
import sockets.testkit.Transcript;

/** The {@code client} program, against the serving loop and against nothing at all. */
@Timeout(30)
class GreetingClientTest {

    @Test
    void the_client_prints_the_greeting_and_exits() {
        try (var server = BackgroundServer.start(GreetingServer::serve)) {
            var result = JavaProgram.run(GreetingClient.class, "--port", String.valueOf(server.port()));
            assertEquals(0, result.exitCode(), result::toString);
            assertTrue(result.stdout().matches("hello 127\\.0\\.0\\.1:\\d+\n"), result::toString);
        }
    }

    @Test
    void a_port_where_nothing_listens_is_reported_as_the_book_shows() throws IOException {
        var transcript = Transcript.load("refused.txt");
        // Bound, then closed: the kernel now answers a SYN to this port with a reset (RST).
        int closedPort = LoopbackPorts.closed();
        var args = transcript.argumentsWithPort(closedPort);
        var result = JavaProgram.run(GreetingClient.class, args);
        result.assertUserError();
        assertEquals(1, result.exitCode(), "a network failure exits with 1");
        transcript.assertMatches(result.stderr());
    }

    @Test
    void a_server_that_closes_without_a_greeting_is_one_sentence() {
        try (var server = BackgroundServer.start(listener -> {
            while (true) {
                listener.accept().close();
            }
        })) {
            var result = JavaProgram.run(GreetingClient.class, "--port", String.valueOf(server.port()));
            result.assertUserError();
            assertTrue(result.stderr().contains("closed the connection without a greeting"), result::toString);
        }
    }

    @Test
    void the_client_needs_the_servers_port() {
        var result = JavaProgram.run(GreetingClient.class);
        result.assertUserError();
        assertEquals(2, result.exitCode(), "a mistake on the command line exits with 2");
    }
}
