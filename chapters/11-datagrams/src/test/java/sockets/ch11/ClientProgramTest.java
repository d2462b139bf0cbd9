package sockets.ch11;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.JavaProgram;
import sockets.testkit.Transcript;

/** The real {@code client} program in a child JVM, when no echo comes back. */
@Timeout(30)
class ClientProgramTest {

    private static final InetSocketAddress ANY_LOOPBACK_PORT =
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

    @Test
    void a_server_that_never_answers_is_reported_as_the_book_shows() throws IOException {
        var transcript = Transcript.load("no-reply.txt");
        try (var silent = new DatagramSocket(ANY_LOOPBACK_PORT)) {
            var args = transcript.argumentsWithPort(silent.getLocalPort());
            var result = JavaProgram.runMerged(UdpEchoClient.class, args);
            assertEquals(1, result.exitCode(), result::toString);
            transcript.assertMatches(result.stdout());
        }
    }

    @Test
    void a_port_where_nothing_is_bound_is_reported_as_the_book_shows() throws IOException {
        var transcript = Transcript.load("unreachable.txt");
        int free;
        try (var probe = new DatagramSocket(ANY_LOOPBACK_PORT)) {
            free = probe.getLocalPort();
        }
        var args = transcript.argumentsWithPort(free);
        var result = JavaProgram.run(UdpEchoClient.class, args);
        result.assertUserError();
        assertEquals(1, result.exitCode(), "a network failure exits with 1");
        transcript.assertMatches(result.stderr());
    }
}
