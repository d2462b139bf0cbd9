package sockets.ch11;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.ExternalClient;
import sockets.testkit.JavaProgram;
import sockets.testkit.PortInUse;
import sockets.testkit.ProcessUsage;
import sockets.testkit.Programs;
import sockets.testkit.Transcript;

/** The real {@code server} program in a child JVM, against the client, Python and bad clients. */
@Timeout(40)
class ServerProgramTest {

    @Test
    void the_server_and_the_client_print_what_the_book_shows() {
        var serverTranscript = Transcript.load("server.txt");
        var serverArgs = serverTranscript.arguments(Programs.ofThisChapter()).toArray(String[]::new);
        try (var server = JavaProgram.start(UdpEchoServer.class, serverArgs)) {
            var port = server.awaitListening().getPort();
            var client = Transcript.load("client.txt");
            var result = JavaProgram.run(UdpEchoClient.class, client.argumentsWithPort(port));
            assertEquals(0, result.exitCode(), result::toString);
            client.assertMatches(result.stdout());
            server.awaitLine("7 bytes, echoed");
            serverTranscript.assertMatches(String.join("\n", server.stdoutSoFar()));
        }
    }

    @Test
    void a_python_client_gets_its_datagram_back() throws Exception {
        var python = """
                import socket, sys
                s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
                s.settimeout(10)
                s.sendto(b"from python", ("127.0.0.1", int(sys.argv[1])))
                print(s.recvfrom(2048)[0].decode())
                """;
        try (var server = JavaProgram.start(UdpEchoServer.class)) {
            var port = String.valueOf(server.awaitListening().getPort());
            assertEquals("from python\n", ExternalClient.python3(python, port), "a client in another language: the same datagram");
        }
    }

    @Test
    void bad_clients_leave_no_socket_and_no_thread_behind_in_the_server() throws IOException {
        try (var server = JavaProgram.start(UdpEchoServer.class)) {
            var address = server.awaitListening();
            var usage = ProcessUsage.of(server.pid());
            try (var probe = new DatagramSocket()) {
                probe.setSoTimeout(5_000);
                echo(probe, address, "probe");
                var descriptors = usage.descriptors();
                var threads = usage.threads();
                var garbage = new byte[65_507];
                for (int i = 0; i < 20; i++) {
                    // Gone before its echo: the echo meets a closed port.
                    try (var gone = new DatagramSocket()) {
                        gone.send(new DatagramPacket(garbage, i * 3000, address));
                    }
                }
                echo(probe, address, "last");
                assertEquals(descriptors, usage.descriptors(), "descriptors held by the server");
                assertEquals(threads, usage.threads(), "threads of the server's JVM");
            }
        }
    }

    private static void echo(DatagramSocket socket, InetSocketAddress server, String text) throws IOException {
        var bytes = text.getBytes(StandardCharsets.UTF_8);
        socket.send(new DatagramPacket(bytes, bytes.length, server));
        var reply = new DatagramPacket(new byte[100], 100);
        socket.receive(reply);
        assertEquals(text, new String(reply.getData(), 0, reply.getLength(), StandardCharsets.UTF_8));
    }

    @Test
    void a_udp_port_in_use_is_reported_as_the_book_shows() {
        // A UDP port: a TCP listener on the same number would not be in the way.
        PortInUse.assertReportedAsTheBookShows(UdpEchoServer.class, PortInUse.Protocol.UDP);
    }
}
