package sockets.ch17;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.JavaProgram;
import sockets.testkit.ProcessUsage;
import sockets.testkit.Transcript;

/** The server as a student runs it, in a JVM of its own. */
@Timeout(40)
class ServerProgramTest {

    @Test
    void the_server_prints_what_the_book_shows() {
        var transcript = Transcript.load("server.txt");
        try (var server = JavaProgram.start(HttpServer.class, transcript.argumentsWithPort(0))) {
            server.awaitListening();
            transcript.assertMatches(String.join("\n", server.stdoutSoFar()));
        }
    }

    @Test
    void no_descriptor_is_left_after_a_hundred_hostile_clients() throws IOException {
        try (var server = JavaProgram.start(HttpServer.class, "--header-timeout", "300", "--idle-timeout", "300")) {
            var address = server.awaitListening();
            var usage = ProcessUsage.of(server.pid());
            probe(address);                                   // what the JVM makes once, made
            long before = usage.descriptors();
            for (int i = 0; i < 100; i++) {
                try (var client = RawClient.connect(address)) {
                    switch (i % 4) {
                        case 0 -> client.send("\u0000garbage\r\n");
                        case 1 -> client.send("GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ");   // then gone
                        case 2 -> client.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 9\r\n\r\nhalf");
                        default -> client.socket().setSoLinger(true, 0);                  // a reset
                    }
                }
            }
            // Each probe is served after the server has seen the hundred go: their descriptors
            // are closed by then, or within the next probes (each close is on its own thread).
            long after = usage.descriptors();
            for (int probe = 0; probe < 50 && after != before; probe++) {
                probe(address);
                after = usage.descriptors();
            }
            assertEquals(before, after, "descriptors of the server before and after a hundred hostile clients");
        }
    }

    /** One request and its response on a connection of its own, closed by the client. */
    private static void probe(InetSocketAddress address) throws IOException {
        try (var client = RawClient.connect(address)) {
            assertEquals(200, client.send("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").read().status());
        }
    }
}
