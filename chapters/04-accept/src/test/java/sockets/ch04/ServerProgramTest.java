package sockets.ch04;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.ExternalClient;
import sockets.testkit.JavaProgram;
import sockets.testkit.Peer;
import sockets.testkit.PortInUse;
import sockets.testkit.ProcessUsage;
import sockets.testkit.Transcript;

/** The real {@code server} program in a child JVM, as a student starts it. */
@Timeout(30)
class ServerProgramTest {

    private static int connectAndReadGreeting(int port, List<String> greetings) {
        try (var client = Peer.connect(port)) {
            greetings.add(client.readLine());
            return client.socket().getLocalPort();
        }
    }

    @Test
    void the_server_prints_what_the_book_shows_for_two_clients() {
        try (var server = JavaProgram.start(GreetingServer.class)) {
            var port = server.awaitListening().getPort();
            var client = Transcript.load("client.txt");
            var first = JavaProgram.run(GreetingClient.class, "--port", String.valueOf(port));
            client.assertMatches(first.stdout());
            var second = JavaProgram.run(GreetingClient.class, "--port", String.valueOf(port));
            var greeting = second.stdout().strip();
            var secondPort = greeting.substring(greeting.lastIndexOf(':') + 1);
            server.awaitLine("remote 127.0.0.1:" + secondPort);
            Transcript.load("server.txt").assertMatches(String.join("\n", server.stdoutSoFar()));
        }
    }

    @Test
    void the_connected_socket_has_the_same_local_port_as_the_listener() {
        try (var server = JavaProgram.start(GreetingServer.class)) {
            var port = server.awaitListening().getPort();
            var clientPort = connectAndReadGreeting(port, new ArrayList<>());
            var accepted = server.awaitLine("accepted");
            assertEquals("accepted   local 127.0.0.1:" + port + " remote 127.0.0.1:" + clientPort, accepted,
                    "accept() returns a socket on the listener's own port, told apart by the client's end");
        }
    }

    @Test
    void the_server_says_why_it_dropped_a_client_and_serves_the_next() {
        try (var server = JavaProgram.start(GreetingServer.class)) {
            var port = server.awaitListening().getPort();
            try (var flooder = Peer.connect(port)) {
                flooder.readLine();
                flooder.send(new byte[4096]);
                server.awaitLine("it sent more than 1024 bytes");
            }
            var greetings = new ArrayList<String>();
            var clientPort = connectAndReadGreeting(port, greetings);
            assertEquals(List.of("hello 127.0.0.1:" + clientPort), greetings);
        }
    }

    @Test
    void bad_clients_leave_no_socket_open_in_the_server() throws IOException {
        try (var server = JavaProgram.start(GreetingServer.class)) {
            var port = server.awaitListening().getPort();
            var usage = ProcessUsage.of(server.pid());
            var greetings = new ArrayList<String>();
            connectAndReadGreeting(port, greetings);
            // An iterative server has closed the previous client once it greets the next one.
            try (var probe = Peer.connect(port)) {
                probe.readLine();
                var before = usage.descriptors();
                probe.shutdownOutput();
                for (int i = 0; i < 10; i++) {
                    Peer.connect(port).reset();
                    Peer.connect(port).close();
                    try (var flooder = Peer.connect(port)) {
                        flooder.send(new byte[2048]);
                    }
                }
                try (var last = Peer.connect(port)) {
                    last.readLine();
                    assertEquals(before, usage.descriptors(), "descriptors held by the server while it serves one client");
                }
            }
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
        try (var server = JavaProgram.start(GreetingServer.class)) {
            var port = String.valueOf(server.awaitListening().getPort());
            var lines = ExternalClient.python3(python, port).lines().toList();
            assertEquals(2, lines.size(), "python printed the greeting and its own port: " + lines);
            assertEquals("hello 127.0.0.1:" + lines.get(1), lines.get(0),
                    "the greeting names the port Python's getsockname() reports");
            var java = JavaProgram.run(GreetingClient.class, "--port", port).stdout().strip();
            assertEquals(java.replaceAll(":\\d+$", ":PORT"), lines.get(0).replaceAll(":\\d+$", ":PORT"),
                    "the bytes on the wire are the same, whatever language the client is in");
        }
    }

    @Test
    void the_server_serves_over_ipv6_loopback() throws Exception {
        var ipv6Loopback = InetAddress.getByName("::1");
        assumeTrue(NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                .anyMatch(ipv6Loopback::equals), "this machine has no ::1");
        try (var server = JavaProgram.start(GreetingServer.class, "--host", "::1")) {
            var address = server.awaitListening();
            try (var client = Peer.connect(new InetSocketAddress(ipv6Loopback, address.getPort()))) {
                assertEquals("hello [0:0:0:0:0:0:0:1]:" + client.socket().getLocalPort(), client.readLine());
            }
        }
    }

    @Test
    void a_port_in_use_is_reported_as_the_book_shows() {
        PortInUse.assertReportedAsTheBookShows(GreetingServer.class);
    }
}
