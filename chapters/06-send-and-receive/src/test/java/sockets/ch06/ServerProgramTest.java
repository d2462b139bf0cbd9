package sockets.ch06;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.ExternalClient;
import sockets.testkit.JavaProgram;
import sockets.testkit.Peer;
import sockets.testkit.PortInUse;
import sockets.testkit.ProcessUsage;
import sockets.testkit.Transcript;

/** The real {@code server} program in a child JVM, against the client and other languages. */
@Timeout(40)
class ServerProgramTest {

    @Test
    void the_server_and_the_client_print_what_the_book_shows() {
        try (var server = JavaProgram.start(EchoServer.class)) {
            var port = String.valueOf(server.awaitListening().getPort());
            var client = Transcript.load("client.txt");
            var args = client.argumentsWithPort(Integer.parseInt(port));
            var result = JavaProgram.run(EchoClient.class, args);
            assertEquals(0, result.exitCode(), result::toString);
            client.assertMatches(result.stdout());
            JavaProgram.run(EchoClient.class, "--port", port, "y".repeat(2000));
            server.awaitLine("dropped after 0 messages");
            Transcript.load("server.txt").assertMatches(String.join("\n", server.stdoutSoFar()));
        }
    }

    @Test
    void a_python_client_gets_its_lines_back_even_sent_in_pieces() throws Exception {
        var python = """
                import socket, sys
                s = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=10)
                for piece in (b"hel", b"lo\\nwor", b"ld\\n"):
                    s.sendall(piece)
                s.shutdown(socket.SHUT_WR)
                print(s.makefile("rb").read().decode(), end="")
                """;
        try (var server = JavaProgram.start(EchoServer.class)) {
            var port = String.valueOf(server.awaitListening().getPort());
            assertEquals("hello\nworld\n", ExternalClient.python3(python, port),
                    "a client in another language: the same bytes on the wire");
        }
    }

    @Test
    void an_nc_client_gets_its_lines_back() throws Exception {
        ExternalClient.require("nc", "netcat-openbsd", "WORKBOOK_REQUIRE_NC");
        try (var server = JavaProgram.start(EchoServer.class)) {
            var port = String.valueOf(server.awaitListening().getPort());
            // -N (OpenBSD nc): shutdown(SHUT_WR) at the end of its input, as our client does.
            assertEquals("from nc\n", ExternalClient.runOrSkip("sh", "-c",
                    "printf 'from nc\\n' | nc -N 127.0.0.1 " + port));
        }
    }

    @Test
    void a_python_client_speaks_length_prefixed_frames_to_the_server() throws Exception {
        var python = """
                import socket, struct, sys
                s = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=10)
                s.sendall(struct.pack(">I", 9) + b"two\\nlines")
                s.shutdown(socket.SHUT_WR)
                reply = s.makefile("rb").read()
                print(struct.unpack(">I", reply[:4])[0], reply[4:].decode().replace("\\n", "|"))
                """;
        try (var server = JavaProgram.start(EchoServer.class, "--frames", "length")) {
            var port = String.valueOf(server.awaitListening().getPort());
            assertEquals("9 two|lines\n", ExternalClient.python3(python, port));
        }
    }

    @Test
    void bad_clients_leave_no_socket_open_in_the_server() throws IOException {
        try (var server = JavaProgram.start(EchoServer.class)) {
            var port = server.awaitListening().getPort();
            var usage = ProcessUsage.of(server.pid());
            try (var probe = Peer.connect(port)) {
                probe.sendLine("probe");
                probe.readLine();
                var before = usage.descriptors();
                probe.shutdownOutput();
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
                try (var last = Peer.connect(port)) {
                    last.sendLine("last");
                    assertEquals("last", last.readLine());
                    assertEquals(before, usage.descriptors(), "descriptors held by the server while it serves one client");
                }
            }
        }
    }

    @Test
    void a_port_in_use_is_reported_as_the_book_shows() {
        PortInUse.assertReportedAsTheBookShows(EchoServer.class);
    }
}
