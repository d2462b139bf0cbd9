package sockets.ch13;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.JavaProgram;
import sockets.testkit.LoopbackPorts;
import sockets.testkit.Peer;
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
    void bad_clients_leave_no_socket_open_in_the_server() throws IOException {
        try (var server = JavaProgram.start(SelectorServer.class)) {
            var port = server.awaitListening().getPort();
            var fds = Path.of("/proc", String.valueOf(server.pid()), "fd");
            assumeTrue(Files.isDirectory(fds), "needs Linux's /proc/PID/fd");
            try (var probe = Peer.connect(port)) {
                probe.sendLine("probe");
                probe.readLine();
                var before = count(fds);
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
                var after = count(fds);
                for (int turn = 0; turn < 50 && after != before; turn++) {
                    probe.sendLine("turn " + turn);
                    assertEquals("turn " + turn, probe.readLine());
                    after = count(fds);
                }
                assertEquals(before, after, "descriptors held by the server, before and after 20 bad clients");
            }
        }
    }

    private static long count(Path fds) throws IOException {
        try (var entries = Files.list(fds)) {
            return entries.count();
        }
    }

    @Test
    void a_port_in_use_is_reported_as_the_book_shows() throws IOException {
        var transcript = Transcript.load("port-in-use.txt");
        try (var taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            var result = JavaProgram.run(SelectorServer.class,
                    transcript.argumentsWithPort(taken.getLocalPort()));
            result.assertUserError();
            assertEquals(1, result.exitCode(), "a network failure exits with 1");
            transcript.assertMatches(result.stderr());
        }
    }

    @Test
    void a_refused_connection_is_reported_as_the_book_shows() throws IOException {
        var transcript = Transcript.load("refused.txt");
        int closedPort = LoopbackPorts.closed();
        var result = JavaProgram.run(EchoClient.class,
                transcript.argumentsWithPort(closedPort));
        result.assertUserError();
        transcript.assertMatches(result.stderr());
    }
}
