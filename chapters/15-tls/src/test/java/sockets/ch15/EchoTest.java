package sockets.ch15;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The echo over TLS, and clients that misbehave after the handshake. */
@Timeout(30)
class EchoTest {

    private static SSLSocket client(TlsServers server) throws IOException {
        return TlsEchoClient.connect(TlsServers.trusting(), server.address(), "localhost", TlsServers.BOTH);
    }

    private static String roundTrip(SSLSocket socket, String line) throws IOException {
        socket.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
        var echo = TlsEchoConnection.readLine(socket.getInputStream());
        return echo == null ? null : new String(echo, StandardCharsets.UTF_8);
    }

    @Test
    void each_line_comes_back_and_the_server_says_what_the_handshake_agreed() throws IOException {
        try (var server = TlsServers.start(Keys.Identity.LOCALHOST)) {
            try (var socket = client(server)) {
                assertEquals("TLSv1.3", socket.getSession().getProtocol());
                assertEquals("hello", roundTrip(socket, "hello"));
                assertEquals("world", roundTrip(socket, "world"));
            }
            server.awaitLine("TLSv1.3, TLS_AES_256_GCM_SHA384");
            server.awaitLine("closed after 2 lines");
        }
    }

    @Test
    void a_line_over_the_limit_ends_that_client_only() throws IOException {
        try (var server = TlsServers.start(Keys.Identity.LOCALHOST)) {
            try (var socket = client(server)) {
                assertEquals(null, roundTrip(socket, "x".repeat(TlsEchoConnection.MAX_LINE + 1)));
            }
            server.awaitLine("dropped after 0 lines: a line may have at most 1024 bytes");
            try (var next = client(server)) {
                assertEquals("still there?", roundTrip(next, "still there?"));
            }
        }
    }

    @Test
    void a_client_that_never_reads_its_echoes_is_dropped_after_the_servers_patience() throws IOException {
        try (var server = TlsServers.start(Keys.Identity.LOCALHOST); var greedy = client(server)) {
            var line = ("z".repeat(1000) + "\n").getBytes(StandardCharsets.UTF_8);
            try {
                // At most 64 MiB; the server stops reading once its writes to us block.
                for (int i = 0; i < 65_536; i++) {
                    greedy.getOutputStream().write(line);
                }
            } catch (IOException closedByTheServer) {
                // expected: the alarm closed the server's end under its blocked write
            }
            server.awaitLine("it did not read its echoes for 2 s");
            try (var next = client(server)) {
                assertEquals("still there?", roundTrip(next, "still there?"));
            }
        }
    }
}
