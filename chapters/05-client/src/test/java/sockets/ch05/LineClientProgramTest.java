package sockets.ch05;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.BackgroundServer;
import sockets.testkit.JavaProgram;
import sockets.testkit.ProgramResult;
import sockets.testkit.Transcript;

/** The {@code client} program in a child JVM, as a student runs it: what it prints, how it fails. */
@Timeout(30)
class LineClientProgramTest {

    private static ProgramResult runClient(int port, String... more) {
        var args = new ArrayList<>(List.of("--port", String.valueOf(port)));
        args.addAll(List.of(more));
        return JavaProgram.run(LineClient.class, args.toArray(String[]::new));
    }

    /** A network failure: one sentence on stderr, exit status 1, nothing on stdout. */
    private static void assertNetworkFailure(ProgramResult result, String expectedSentence) {
        result.assertUserError();
        assertEquals(1, result.exitCode(), "a network failure exits with 1\n" + result);
        assertEquals(expectedSentence, result.stderr().strip(), result::toString);
        assertEquals("", result.stdout(), "a failed exchange prints nothing on stdout");
    }


    @Test
    void the_client_prints_both_ends_what_it_sent_and_the_reply_as_the_book_shows() {
        var transcript = Transcript.load("client.txt");
        try (var server = BackgroundServer.start(ReplyServer::serve)) {
            var result = JavaProgram.runMerged(LineClient.class, transcript.argumentsWithPort(server.port()));
            assertEquals(0, result.exitCode(), result::toString);
            transcript.assertMatches(result.stdout());
        }
    }

    @Test
    void a_client_bound_to_127_0_0_2_is_seen_from_there_as_the_book_shows() {
        assumeTrue(canBind("127.0.0.2"), "only Linux routes all of 127.0.0.0/8 to the loopback interface");
        var transcript = Transcript.load("bind.txt");
        try (var server = BackgroundServer.start(ReplyServer::serve)) {
            var result = JavaProgram.runMerged(LineClient.class, transcript.argumentsWithPort(server.port()));
            assertEquals(0, result.exitCode(), result::toString);
            transcript.assertMatches(result.stdout());
        }
    }

    @Test
    void a_refused_connection_is_one_sentence_and_status_1() throws IOException {
        int port = TroubleServers.closedPort();
        assertNetworkFailure(runClient(port),
                "could not connect to 127.0.0.1:" + port + ": connection refused, nothing listens there.");
    }

    @Test
    void a_connect_timeout_is_one_sentence_and_status_1() throws IOException {
        try (var full = TroubleServers.FullQueue.open()) {
            assertNetworkFailure(runClient(full.port(), "--connect-timeout", "300"),
                    "could not connect to 127.0.0.1:" + full.port()
                            + ": no handshake within 300 ms, the connect timeout.");
        }
    }

    @Test
    void a_read_timeout_is_one_sentence_and_status_1() throws IOException {
        // A listener that never accepts: the kernel completes the handshake, nobody replies.
        try (var deaf = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int port = deaf.getLocalPort();
            assertNetworkFailure(runClient(port, "--read-timeout", "300"),
                    "no reply from 127.0.0.1:" + port + " within 300 ms, the read timeout.");
        }
    }

    @Test
    void a_server_that_hangs_up_before_the_end_of_the_line_is_one_sentence_and_status_1() {
        try (var server = TroubleServers.hangingUpAfter("hel")) {
            assertNetworkFailure(runClient(server.port()), "no reply line from 127.0.0.1:" + server.port()
                    + ": the server hung up after 3 bytes, before a newline.");
        }
    }

    @Test
    void a_host_with_a_port_in_it_is_reported_as_the_book_shows() {
        var result = Transcript.load("unknown-host.txt").verify();
        assertEquals(2, result.exitCode(), "a mistake on the command line exits with 2");
    }

    @Test
    void a_timeout_of_zero_is_refused_as_the_book_shows() {
        var result = Transcript.load("bad-timeout.txt").verify();
        assertEquals(2, result.exitCode(), "a mistake on the command line exits with 2");
    }

    @Test
    void a_read_timeout_that_is_not_a_number_is_one_sentence() {
        var result = runClient(4242, "--read-timeout", "soon");
        result.assertUserError();
        assertTrue(result.stderr().contains("'soon'"), result::toString);
    }

    @Test
    void the_client_needs_the_servers_port() {
        var result = JavaProgram.run(LineClient.class);
        result.assertUserError();
        assertEquals(2, result.exitCode(), "a mistake on the command line exits with 2");
    }

    static boolean canBind(String address) {
        try (var socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
            return true;
        } catch (IOException notHere) {
            return false;
        }
    }
}
