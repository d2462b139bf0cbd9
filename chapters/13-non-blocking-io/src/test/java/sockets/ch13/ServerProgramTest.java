package sockets.ch13;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.JavaProgram;
import sockets.testkit.LoopbackPorts;
import sockets.testkit.Peer;
import sockets.testkit.PortInUse;
import sockets.testkit.ProcessUsage;
import sockets.testkit.Transcript;

/** The real {@code server} and {@code client} programs in child JVMs. */
@Timeout(40)
class ServerProgramTest {

    @Test
    void the_server_and_the_client_print_what_the_book_shows() {
        try (var server = JavaProgram.start(SelectorServer.class)) {
            int port = server.awaitListening().getPort();
            var client = Transcript.load("client.txt");
            var result = JavaProgram.run(EchoClient.class,
                    client.argumentsWithPort(port));
            assertEquals(0, result.exitCode(), result::toString);
            client.assertMatches(result.stdout());
            server.awaitLine("closed after 2 lines");
            Transcript.load("server.txt").assertMatches(String.join("\n", server.stdoutSoFar()));
        }
    }

    @Test
    void bad_clients_leave_no_socket_open_in_the_server() {
        try (var server = JavaProgram.start(SelectorServer.class)) {
            var port = server.awaitListening().getPort();
            var usage = ProcessUsage.of(server.pid());
            try (var probe = Peer.connect(port)) {
                probe.sendLine("probe");
                probe.readLine();
                var before = usage.descriptors();
                for (int i = 0; i < 10; i++) {
                    try (var resetter = Peer.connect(port)) {
                        resetter.send("half a li");
                        resetter.reset();
                    }
                    try (var tooLong = Peer.connect(port)) {
                        tooLong.sendLine("x".repeat(5000));
                        tooLong.readLine();
                    }
                }
                // The server sees each bad client's end (EOF, reset) on some later turn of its
                // loop, and the JDK closes a registered channel's descriptor only on the turn
                // after that. A round trip on the probe is one turn: allow a bounded number.
                var after = usage.descriptors();
                for (int turn = 0; turn < 50 && after != before; turn++) {
                    probe.sendLine("turn " + turn);
                    assertEquals("turn " + turn, probe.readLine());
                    after = usage.descriptors();
                }
                assertEquals(before, after, "descriptors held by the server, before and after 20 bad clients");
            }
        }
    }

    @Test
    void a_port_in_use_is_reported_as_the_book_shows() {
        PortInUse.assertReportedAsTheBookShows(SelectorServer.class);
    }

    @Test
    void a_refused_connection_is_reported_as_the_book_shows() {
        var transcript = Transcript.load("refused.txt");
        int closedPort = LoopbackPorts.closed();
        var result = JavaProgram.run(EchoClient.class,
                transcript.argumentsWithPort(closedPort));
        result.assertUserError();
        transcript.assertMatches(result.stderr());
    }
}
