package sockets.ch14;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.ExternalClient;
import sockets.testkit.JavaProgram;
import sockets.testkit.Peer;
import sockets.testkit.PortInUse;
import sockets.testkit.Transcript;

/** The real {@code server} program in a child JVM, as a student starts it. */
@Timeout(30)
class ServerProgramTest {

    @BeforeAll
    static void onLinuxOnly() {
        LinuxLibc.require();
    }

    private static String greetingFor(int port) {
        try (var client = Peer.connect(port)) {
            var line = client.readLine();
            client.shutdownOutput();
            return line + " " + client.socket().getLocalPort();
        }
    }

    @Test
    void the_server_prints_what_the_book_shows_for_two_clients() {
        try (var server = JavaProgram.start(NativeGreetingServer.class)) {
            var port = server.awaitListening().getPort();
            greetingFor(port);
            var second = greetingFor(port);
            server.awaitLine("remote 127.0.0.1:" + second.substring(second.lastIndexOf(' ') + 1));
            Transcript.load("server.txt").assertMatches(String.join("\n", server.stdoutSoFar()));
        }
    }

    @Test
    void a_java_client_gets_the_greeting_chapter_04s_server_sends() {
        try (var server = JavaProgram.start(NativeGreetingServer.class)) {
            var port = server.awaitListening().getPort();
            try (var client = Peer.connect(port)) {
                // Chapter 04's GreetingServer sends exactly this line for this client.
                assertEquals("hello 127.0.0.1:" + client.socket().getLocalPort(), client.readLine());
            }
        }
    }

    @Test
    void the_accepted_line_shows_the_listeners_port_as_the_local_end() {
        try (var server = JavaProgram.start(NativeGreetingServer.class)) {
            var port = server.awaitListening().getPort();
            var clientPort = greetingFor(port).replaceAll(".* ", "");
            assertEquals("accepted   local 127.0.0.1:" + port + " remote 127.0.0.1:" + clientPort,
                    server.awaitLine("accepted"),
                    "getsockname(2) on the accepted descriptor names the listener's own port");
        }
    }

    @Test
    void a_python_client_gets_the_same_greeting_as_the_java_client() throws Exception {
        var python = """
                import socket, sys
                s = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=10)
                print(s.makefile("r", encoding="ascii").readline(), end="")
                print(s.getsockname()[1])
                s.close()
                """;
        try (var server = JavaProgram.start(NativeGreetingServer.class)) {
            var port = String.valueOf(server.awaitListening().getPort());
            var lines = ExternalClient.python3(python, port).lines().toList();
            assertEquals(2, lines.size(), "python printed the greeting and its own port: " + lines);
            assertEquals("hello 127.0.0.1:" + lines.get(1), lines.get(0),
                    "the greeting names the port Python's getsockname() reports");
        }
    }

    @Test
    void the_server_keeps_serving_after_a_client_resets_the_connection() {
        try (var server = JavaProgram.start(NativeGreetingServer.class)) {
            var port = server.awaitListening().getPort();
            Peer.connect(port).reset();
            assertTrue(greetingFor(port).startsWith("hello 127.0.0.1:"), "the client after a reset is greeted");
        }
    }

    @Test
    void native_access_is_enabled_so_java_prints_no_warning() {
        try (var server = JavaProgram.start(NativeGreetingServer.class)) {
            var port = server.awaitListening().getPort();
            greetingFor(port);
            server.awaitLine("accepted");
            server.interrupt();
            var result = server.awaitExit(Duration.ofSeconds(10));
            assertEquals("", result.stderr(),
                    "programs.properties passes --enable-native-access=ALL-UNNAMED to the server's JVM");
        }
    }

    @Test
    void a_port_in_use_is_reported_with_its_errno_as_the_book_shows() {
        PortInUse.assertReportedAsTheBookShows(NativeGreetingServer.class);
    }

    @Test
    void an_ipv6_host_is_refused_as_the_book_shows() {
        var result = Transcript.load("ipv6.txt").verify();
        assertEquals(2, result.exitCode(), "a mistake in the arguments exits with 2");
    }

    @Test
    void a_host_name_is_refused_without_looking_it_up() {
        var result = JavaProgram.run(NativeGreetingServer.class, "--host", "localhost");
        result.assertUserError();
        assertTrue(result.stderr().contains("'localhost'"), result::toString);
    }
}
